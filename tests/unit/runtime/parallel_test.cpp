// Unit tests of parallel loops (runtime/parallel.h) on both threading
// layers: chunking, partials, errors, nesting, thread counts, several host
// threads at once, and the settings from the environment.
#include "runtime/parallel.h"

#include <gtest/gtest.h>
#include <sched.h>

#include <atomic>
#include <chrono>
#include <climits>
#include <cstdlib>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <vector>

namespace {

using parc::runtime::ThreadingLayer;
using ThreadingPtr = std::unique_ptr<parc_threading, void (*)(parc_threading*)>;

// What one chunk saw, in its partial slot (padded like codegen's).
struct alignas(64) ChunkRecord {
  std::int64_t begin = -1;
  std::int64_t end = -1;
  int calls = 0;
  std::thread::id thread;
};

void record_chunk(parc_context*, void*, std::int64_t begin, std::int64_t end, void* partial) {
  auto* record = static_cast<ChunkRecord*>(partial);
  record->begin = begin;
  record->end = end;
  record->calls += 1;
  record->thread = std::this_thread::get_id();
}

std::int64_t expected_start(std::int64_t c, std::int64_t count, std::int64_t chunks) {
  return static_cast<std::int64_t>(static_cast<__int128>(c) * count / chunks);
}

// Runs record_chunk over [0, count) in `chunks` chunks and checks the boundaries.
void expect_chunk_boundaries(parc_context* ctx, std::int64_t count, std::int64_t chunks) {
  std::vector<ChunkRecord> records(chunks);
  parc_parallel_for(ctx, record_chunk, nullptr, count, chunks, records.data(), sizeof(ChunkRecord));
  for (std::int64_t c = 0; c < chunks; ++c) {
    SCOPED_TRACE("chunk " + std::to_string(c) + " of " + std::to_string(chunks));
    EXPECT_EQ(records[c].calls, 1);
    EXPECT_EQ(records[c].begin, expected_start(c, count, chunks));
    EXPECT_EQ(records[c].end, expected_start(c + 1, count, chunks));
    EXPECT_LE(records[c].end - records[c].begin, count / chunks + 1);
    EXPECT_GE(records[c].end - records[c].begin, count / chunks);
  }
  EXPECT_EQ(records.front().begin, 0);
  EXPECT_EQ(records.back().end, count);
}

void count_iterations(parc_context*, void* env, std::int64_t begin, std::int64_t end, void*) {
  auto* hits = static_cast<std::atomic<int>*>(env);
  for (std::int64_t i = begin; i < end; ++i) hits[i].fetch_add(1, std::memory_order_relaxed);
}

// Sums the iteration numbers of a chunk into its partial (an int64 slot).
void sum_iterations(parc_context*, void*, std::int64_t begin, std::int64_t end, void* partial) {
  std::int64_t sum = 0;
  for (std::int64_t i = begin; i < end; ++i) sum += i;
  *static_cast<std::int64_t*>(partial) = sum;
}

class ParallelLoopTest : public ::testing::TestWithParam<std::tuple<ThreadingLayer, int>> {
 protected:
  ThreadingLayer layer() const { return std::get<0>(GetParam()); }
  int threads() const { return std::get<1>(GetParam()); }
  ThreadingPtr threading_ = parc::runtime::make_threading({layer(), threads()});
  parc_context ctx_ = parc::runtime::make_context(stdout, threading_.get());
};

TEST_P(ParallelLoopTest, EveryIterationRunsOnce) {
  for (std::int64_t count : {0, 1, 2, 5, 64, 1000, 10007}) {
    std::int64_t chunk_counts[] = {parc_parallel_chunks(&ctx_, count, 0), 1, 3, count, count + 5};
    for (std::int64_t chunks : chunk_counts) {
      SCOPED_TRACE(std::to_string(count) + " iterations in " + std::to_string(chunks) + " chunks");
      std::vector<std::atomic<int>> hits(count);
      parc_parallel_for(&ctx_, count_iterations, hits.data(), count, chunks, nullptr, 0);
      for (std::int64_t i = 0; i < count; ++i) ASSERT_EQ(hits[i].load(), 1) << "iteration " << i;
      EXPECT_EQ(ctx_.error, PARC_OK);
    }
  }
}

TEST_P(ParallelLoopTest, ChunkBoundaries) {
  for (std::int64_t count : {1, 7, 100, 1001})
    for (std::int64_t chunks : {2, 3, 7, 64}) expect_chunk_boundaries(&ctx_, count, chunks);
}

TEST_P(ParallelLoopTest, HugeCountsCutWithoutOverflow) {
  // Only the chunk boundaries are recorded; no iteration runs.
  for (std::int64_t chunks : {2, 7, 1000}) expect_chunk_boundaries(&ctx_, INT64_MAX, chunks);
  expect_chunk_boundaries(&ctx_, INT64_MAX - 1, 3);
}

TEST_P(ParallelLoopTest, PartialsPerChunk) {
  constexpr std::int64_t kCount = 100000;
  constexpr std::int64_t kStride = 64;  // one cache line per chunk
  std::int64_t chunks = parc_parallel_chunks(&ctx_, kCount, 0);
  std::vector<char> partials(chunks * kStride);
  parc_parallel_for(&ctx_, sum_iterations, nullptr, kCount, chunks, partials.data(), kStride);
  std::int64_t total = 0;
  for (std::int64_t c = 0; c < chunks; ++c) {
    std::int64_t sum = *reinterpret_cast<std::int64_t*>(partials.data() + c * kStride);
    std::int64_t begin = expected_start(c, kCount, chunks), end = expected_start(c + 1, kCount, chunks);
    EXPECT_EQ(sum, (begin + end - 1) * (end - begin) / 2) << "chunk " << c;
    total += sum;
  }
  EXPECT_EQ(total, kCount * (kCount - 1) / 2);
}

// Chunk c raises at line 100 + c when c is in the set `env` points to.
struct RaisingLoop {
  std::int64_t chunk_size;
  std::set<std::int64_t> raising;
  std::atomic<int> ran{0};
};

void raise_in_some_chunks(parc_context* ctx, void* env, std::int64_t begin, std::int64_t, void*) {
  auto* loop = static_cast<RaisingLoop*>(env);
  loop->ran.fetch_add(1);
  EXPECT_EQ(ctx->error, PARC_OK);
  EXPECT_EQ(ctx->in_parallel, 1);
  std::int64_t chunk = begin / loop->chunk_size;
  // A slow chunk 5 lets the other threads reach a later raising chunk first.
  if (chunk == 5) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  if (loop->raising.count(chunk))
    parc_raise(ctx, PARC_INDEX_ERROR, "loop.py", 100 + chunk, ("chunk " + std::to_string(chunk)).c_str());
}

TEST_P(ParallelLoopTest, ErrorOfTheLowestRaisingChunk) {
  RaisingLoop loop{4, {5, 11}};
  parc_parallel_for(&ctx_, raise_in_some_chunks, &loop, 64, 16, nullptr, 0);
  EXPECT_EQ(ctx_.error, PARC_INDEX_ERROR);
  EXPECT_EQ(parc::runtime::format_error(ctx_), "loop.py:105: IndexError: chunk 5");
  EXPECT_EQ(ctx_.in_parallel, 0);
  EXPECT_GE(loop.ran.load(), 6);  // chunks 0..5 were claimed before 5 raised
}

// Chunk 0 raises once another chunk has started (when there are other
// threads); every other chunk waits for that, then takes 2 ms.
struct StoppingLoop {
  int threads;
  std::atomic<int> ran{0};
  std::atomic<bool> raised{false};
};

void raise_in_chunk_zero(parc_context* ctx, void* env, std::int64_t begin, std::int64_t, void*) {
  auto* loop = static_cast<StoppingLoop*>(env);
  loop->ran.fetch_add(1);
  if (begin == 0) {
    while (loop->threads > 1 && loop->ran.load() < 2)
      std::this_thread::sleep_for(std::chrono::microseconds(50));
    parc_raise(ctx, PARC_ASSERTION_ERROR, "stop.py", 7, "");
    loop->raised.store(true);
    return;
  }
  while (!loop->raised.load()) std::this_thread::sleep_for(std::chrono::microseconds(50));
  std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

TEST_P(ParallelLoopTest, RaisingChunkStopsTheOthers) {
  // Without stopping, all 1000 chunks would run (2 s or more).
  StoppingLoop loop{threads()};
  parc_parallel_for(&ctx_, raise_in_chunk_zero, &loop, 1000, 1000, nullptr, 0);
  EXPECT_LT(loop.ran.load(), 100);
  EXPECT_EQ(parc::runtime::format_error(ctx_), "stop.py:7: AssertionError");
}

TEST_P(ParallelLoopTest, EachThreadStopsAtItsError) {
  // Every chunk raises: each thread runs at most one.
  RaisingLoop loop{1, {}};
  for (std::int64_t c = 0; c < 1000; ++c) loop.raising.insert(c);
  parc_parallel_for(&ctx_, raise_in_some_chunks, &loop, 1000, 1000, nullptr, 0);
  EXPECT_LE(loop.ran.load(), threads());
  EXPECT_EQ(parc::runtime::format_error(ctx_), "loop.py:100: IndexError: chunk 0");
}

TEST_P(ParallelLoopTest, CallerKeepsItsFirstError) {
  parc_raise(&ctx_, PARC_ZERO_DIVISION_ERROR, "first.py", 1, "first");
  RaisingLoop loop{1, {0, 1, 2, 3}};
  parc_parallel_for(&ctx_, raise_in_some_chunks, &loop, 4, 4, nullptr, 0);
  EXPECT_EQ(parc::runtime::format_error(ctx_), "first.py:1: ZeroDivisionError: first");
}

// The outer body runs a nested loop; the inner body records where it ran.
struct NestedLoop {
  std::int64_t inner_chunks;
  std::atomic<int> wrong{0};
};

struct InnerRun {
  parc_context* ctx;
  std::thread::id thread;
  NestedLoop* nested;
};

void inner_body(parc_context* ctx, void* env, std::int64_t, std::int64_t, void*) {
  auto* run = static_cast<InnerRun*>(env);
  // One chunk runs on the caller's context; several on a private copy of it.
  bool same_context = ctx == run->ctx || run->nested->inner_chunks > 1;
  if (!same_context || std::this_thread::get_id() != run->thread) run->nested->wrong.fetch_add(1);
}

void outer_body(parc_context* ctx, void* env, std::int64_t, std::int64_t, void*) {
  auto* nested = static_cast<NestedLoop*>(env);
  if (ctx->in_parallel != 1 || parc_parallel_chunks(ctx, 1000, 0) != 1) nested->wrong.fetch_add(1);
  InnerRun run{ctx, std::this_thread::get_id(), nested};
  parc_parallel_for(ctx, inner_body, &run, 1000, nested->inner_chunks, nullptr, 0);
}

TEST_P(ParallelLoopTest, NestedLoopRunsSeriallyOnTheCallersThread) {
  for (std::int64_t inner_chunks : {1, 5}) {
    NestedLoop nested{inner_chunks};
    parc_parallel_for(&ctx_, outer_body, &nested, 8, 8, nullptr, 0);
    EXPECT_EQ(nested.wrong.load(), 0) << inner_chunks << " inner chunks";
  }
  EXPECT_EQ(ctx_.error, PARC_OK);
}

TEST_P(ParallelLoopTest, SetAndGetNumThreads) {
  EXPECT_EQ(parc_get_num_threads(&ctx_), threads());
  parc_set_num_threads(&ctx_, 1);
  EXPECT_EQ(parc_get_num_threads(&ctx_), 1);
  EXPECT_EQ(parc_parallel_chunks(&ctx_, 1000, 0), 1);
  parc_set_num_threads(&ctx_, threads());
  EXPECT_EQ(parc_get_num_threads(&ctx_), threads());
  EXPECT_EQ(ctx_.error, PARC_OK);

  for (std::int64_t bad : {std::int64_t{0}, std::int64_t{-1}, std::int64_t{threads() + 1}}) {
    parc_context ctx = parc::runtime::make_context(stdout, threading_.get());
    parc_set_num_threads(&ctx, bad);
    EXPECT_EQ(
        parc::runtime::format_error(ctx),
        "<unknown>:0: ValueError: The number of threads must be between 1 and " + std::to_string(threads()));
    EXPECT_EQ(parc_get_num_threads(&ctx), threads());
  }
}

TEST_P(ParallelLoopTest, UsesAtMostNumThreads) {
  for (int n = 1; n <= threads(); ++n) {
    parc_set_num_threads(&ctx_, n);
    std::vector<ChunkRecord> records(64);
    parc_parallel_for(&ctx_, record_chunk, nullptr, 64, 64, records.data(), sizeof(ChunkRecord));
    std::set<std::thread::id> used;
    for (const ChunkRecord& record : records) used.insert(record.thread);
    EXPECT_LE(used.size(), static_cast<std::size_t>(n));
  }
}

// Each chunk waits (up to 10 s) until every chunk has started: passes only
// when the loop really runs on `chunks` threads at once.
void rendezvous(parc_context*, void* env, std::int64_t, std::int64_t, void* partial) {
  auto* arrived = static_cast<std::pair<std::atomic<int>, int>*>(env);
  arrived->first.fetch_add(1);
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (arrived->first.load() < arrived->second && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::microseconds(100));
  *static_cast<bool*>(partial) = arrived->first.load() >= arrived->second;
}

TEST_P(ParallelLoopTest, RunsOnAllItsThreadsAtOnce) {
  std::pair<std::atomic<int>, int> arrived{0, threads()};
  std::vector<char> met(threads() * 64, 0);
  parc_parallel_for(&ctx_, rendezvous, &arrived, threads(), threads(), met.data(), 64);
  for (int c = 0; c < threads(); ++c) EXPECT_TRUE(met[c * 64]) << "chunk " << c;
}

TEST_P(ParallelLoopTest, SeveralHostThreadsAtOnce) {
  constexpr int kHosts = 8, kLoops = 20;
  constexpr std::int64_t kCount = 5000;
  std::atomic<int> wrong{0};
  std::vector<std::thread> hosts;
  for (int h = 0; h < kHosts; ++h) {
    hosts.emplace_back([&, h] {
      parc_context ctx = parc::runtime::make_context(stdout, threading_.get());
      for (int l = 0; l < kLoops; ++l) {
        std::int64_t count = kCount + h * 7 + l;
        std::int64_t chunks = parc_parallel_chunks(&ctx, count, 0);
        std::vector<std::int64_t> partials(chunks * 8);
        parc_parallel_for(&ctx, sum_iterations, nullptr, count, chunks, partials.data(), 64);
        std::int64_t total = 0;
        for (std::int64_t c = 0; c < chunks; ++c) total += partials[c * 8];
        if (total != count * (count - 1) / 2 || ctx.error != PARC_OK) wrong.fetch_add(1);
      }
    });
  }
  for (std::thread& host : hosts) host.join();
  EXPECT_EQ(wrong.load(), 0);
}

INSTANTIATE_TEST_SUITE_P(Layers, ParallelLoopTest,
                         ::testing::Combine(::testing::Values(ThreadingLayer::OpenMP,
                                                              ThreadingLayer::Threads),
                                            ::testing::Values(1, 2, 3, 7)),
                         [](const auto& info) {
                           return parc::runtime::layer_name(std::get<0>(info.param)) + "_" +
                                  std::to_string(std::get<1>(info.param));
                         });

TEST(ParallelChunks, Policy) {
  auto threading = parc::runtime::make_threading({ThreadingLayer::Threads, 3});
  parc_context ctx = parc::runtime::make_context(stdout, threading.get());
  EXPECT_EQ(parc_parallel_chunks(&ctx, 0, 0), 1);
  EXPECT_EQ(parc_parallel_chunks(&ctx, -5, 0), 1);
  EXPECT_EQ(parc_parallel_chunks(&ctx, 1, 0), 1);
  EXPECT_EQ(parc_parallel_chunks(&ctx, 5, 0), 5);
  EXPECT_EQ(parc_parallel_chunks(&ctx, 1000, 0), 3 * parc::runtime::kDefaultChunksPerThread);
  EXPECT_EQ(parc_parallel_chunks(&ctx, 1000, 2), 6);
  EXPECT_EQ(parc_parallel_chunks(&ctx, 1000, 1000), 1000);
  EXPECT_EQ(parc_parallel_chunks(&ctx, INT64_MAX, INT64_MAX), INT64_MAX);
  EXPECT_EQ(parc_parallel_chunks(&ctx, INT64_MAX, INT64_MAX / 3), INT64_MAX / 3 * 3);
  ctx.in_parallel = 1;
  EXPECT_EQ(parc_parallel_chunks(&ctx, 1000, 0), 1);
}

TEST(ParallelChunks, WithoutThreadingLoopsRunSerially) {
  parc_context ctx = parc::runtime::make_context(stdout);
  EXPECT_EQ(ctx.threading, nullptr);
  EXPECT_EQ(parc_get_num_threads(&ctx), 1);
  EXPECT_EQ(parc_parallel_chunks(&ctx, 1000, 0), 1);
  std::vector<ChunkRecord> records(5);
  parc_parallel_for(&ctx, record_chunk, nullptr, 100, 5, records.data(), sizeof(ChunkRecord));
  for (const ChunkRecord& record : records) EXPECT_EQ(record.thread, std::this_thread::get_id());
  parc_set_num_threads(&ctx, 2);
  EXPECT_EQ(parc::runtime::format_error(ctx),
            "<unknown>:0: ValueError: The number of threads must be between 1 and 1");
}

TEST(ParallelChunks, WholeRangeInOneCallOnTheCallersContext) {
  auto threading = parc::runtime::make_threading({ThreadingLayer::Threads, 4});
  parc_context ctx = parc::runtime::make_context(stdout, threading.get());
  struct Seen {
    parc_context* ctx;
    std::int64_t begin, end;
    void* partial;
  } seen{};
  char slot;
  parc_parallel_for(
      &ctx,
      [](parc_context* c, void* env, std::int64_t b, std::int64_t e, void* p) {
        *static_cast<Seen*>(env) = {c, b, e, p};
      },
      &seen, 77, 1, &slot, 64);
  EXPECT_EQ(seen.ctx, &ctx);
  EXPECT_EQ(seen.begin, 0);
  EXPECT_EQ(seen.end, 77);
  EXPECT_EQ(seen.partial, &slot);
}

// Sets the threading variables for one test and restores them after.
class ParallelEnvironment : public ::testing::Test {
 protected:
  static constexpr const char* kNames[] = {"PARC_THREADING_LAYER", "PARC_NUM_THREADS", "OMP_NUM_THREADS"};
  void SetUp() override {
    for (const char* name : kNames) {
      const char* value = std::getenv(name);
      saved_.emplace_back(value ? std::optional<std::string>(value) : std::nullopt);
      unsetenv(name);
    }
  }
  void TearDown() override {
    for (std::size_t i = 0; i < saved_.size(); ++i) {
      if (saved_[i]) {
        setenv(kNames[i], saved_[i]->c_str(), 1);
      } else {
        unsetenv(kNames[i]);
      }
    }
  }
  static std::string error_of_options() {
    try {
      parc::runtime::threading_options_from_environment();
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
    return "no error";
  }
  std::vector<std::optional<std::string>> saved_;
};

TEST_F(ParallelEnvironment, Defaults) {
  cpu_set_t set;
  CPU_ZERO(&set);
  ASSERT_EQ(sched_getaffinity(0, sizeof set, &set), 0);
  auto options = parc::runtime::threading_options_from_environment();
  EXPECT_EQ(options.layer, ThreadingLayer::OpenMP);
  EXPECT_EQ(options.threads, CPU_COUNT(&set));
}

TEST_F(ParallelEnvironment, Layers) {
  for (auto [value, layer] : {std::pair{"omp", ThreadingLayer::OpenMP},
                              {"openmp", ThreadingLayer::OpenMP},
                              {"threads", ThreadingLayer::Threads},
                              {"workqueue", ThreadingLayer::Threads}}) {
    setenv("PARC_THREADING_LAYER", value, 1);
    EXPECT_EQ(parc::runtime::threading_options_from_environment().layer, layer) << value;
  }
  EXPECT_EQ(parc::runtime::layer_name(ThreadingLayer::OpenMP), "omp");
  EXPECT_EQ(parc::runtime::layer_name(ThreadingLayer::Threads), "threads");
  setenv("PARC_THREADING_LAYER", "tbb", 1);
  EXPECT_EQ(error_of_options(), "PARC_THREADING_LAYER must be omp or threads, not 'tbb'");
}

TEST_F(ParallelEnvironment, ThreadCounts) {
  setenv("OMP_NUM_THREADS", "5", 1);
  EXPECT_EQ(parc::runtime::threading_options_from_environment().threads, 5);
  setenv("OMP_NUM_THREADS", "4,2", 1);
  EXPECT_EQ(parc::runtime::threading_options_from_environment().threads, 4);
  setenv("PARC_NUM_THREADS", "3", 1);  // wins over OMP_NUM_THREADS
  EXPECT_EQ(parc::runtime::threading_options_from_environment().threads, 3);
}

TEST_F(ParallelEnvironment, BadThreadCounts) {
  for (const char* bad : {"x", "0", "-2", "3x", " 3", "4097", "99999999999"}) {
    setenv("PARC_NUM_THREADS", bad, 1);
    EXPECT_EQ(error_of_options(),
              std::string("PARC_NUM_THREADS must be an integer from 1 to 4096, not '") + bad + "'");
  }
  unsetenv("PARC_NUM_THREADS");
  setenv("OMP_NUM_THREADS", "many", 1);
  EXPECT_EQ(error_of_options(), "OMP_NUM_THREADS must be an integer from 1 to 4096, not 'many'");
}

// The threading the environment asks for (make tsan sets the thread-pool
// layer) runs a loop.
TEST(ParallelFromEnvironment, RunsALoop) {
  auto threading = parc::runtime::make_threading(parc::runtime::threading_options_from_environment());
  parc_context ctx = parc::runtime::make_context(stdout, threading.get());
  std::vector<std::atomic<int>> hits(999);
  parc_parallel_for(&ctx, count_iterations, hits.data(), 999, parc_parallel_chunks(&ctx, 999, 0), nullptr, 0);
  for (const auto& hit : hits) ASSERT_EQ(hit.load(), 1);
}

}  // namespace
