// Parallel loops: cutting a loop into chunks, running them on a backend
// (parallel_omp.cpp or thread_pool.cpp), reporting errors, and the thread
// settings from the environment. See parallel.h.
#include "runtime/parallel.h"

#include "runtime/parallel_omp.h"
#include "runtime/thread_pool.h"

#include <sched.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <vector>

struct parc_threading {
  parc::runtime::ThreadingOptions options;
  std::unique_ptr<parc::runtime::ThreadPool> pool;  // the Threads layer only
};

namespace {

// Where piece c of `parts` nearly equal pieces of [0, count) starts.
std::int64_t chunk_start(std::int64_t c, std::int64_t count, std::int64_t parts) {
  return static_cast<std::int64_t>(static_cast<__int128>(c) * count / parts);
}

// Thread t's own run of chunks, [first, end): it takes them in order, then
// helps the others with theirs. Loops called again and again (a stencil's
// sweeps) so give each thread the same rows every time, as OpenMP's static
// schedule does (the data stays in its core's cache), while a thread that
// finishes early still takes over chunks from a slower one.
struct alignas(64) Block {
  std::atomic<std::int64_t> next{0};
  std::int64_t end = 0;
};

// One call of parc_parallel_for, shared by the threads that run it.
struct Loop {
  Loop(const parc_context* caller, parc_loop_body body, void* env, std::int64_t count, std::int64_t chunks,
       void* partials, std::int64_t stride, int threads)
      : caller(caller),
        body(body),
        env(env),
        count(count),
        chunks(chunks),
        partials(static_cast<char*>(partials)),
        stride(stride),
        blocks(static_cast<std::size_t>(threads)) {
    for (int t = 0; t < threads; ++t) {
      blocks[static_cast<std::size_t>(t)].next = chunk_start(t, chunks, threads);
      blocks[static_cast<std::size_t>(t)].end = chunk_start(t + 1, chunks, threads);
    }
  }

  const parc_context* caller;
  parc_loop_body body;
  void* env;
  std::int64_t count;
  std::int64_t chunks;
  char* partials;
  std::int64_t stride;

  std::vector<Block> blocks;  // one per thread
  // The lowest chunk that raised so far: later chunks are not started (the
  // earlier ones still run, and may raise first, as in a serial loop).
  std::atomic<std::int64_t> failed{INT64_MAX};
  std::mutex error_mutex;
  std::int64_t error_chunk = INT64_MAX;  // the lowest chunk that raised
  parc_context error{};                  // its context
};

// Runs the block's chunks that no thread has claimed yet, up to the lowest
// chunk that raised; false when one of its own raised (the error is
// recorded, with the chunk's number).
bool run_block(Loop& loop, Block& block, parc_context& ctx) {
  for (;;) {
    std::int64_t c = block.next.fetch_add(1, std::memory_order_relaxed);
    if (c >= block.end || c > loop.failed.load(std::memory_order_relaxed)) return true;
    void* partial = loop.partials ? loop.partials + c * loop.stride : nullptr;
    loop.body(&ctx, loop.env, chunk_start(c, loop.count, loop.chunks),
              chunk_start(c + 1, loop.count, loop.chunks), partial);
    if (ctx.error != PARC_OK) {
      std::int64_t seen = loop.failed.load(std::memory_order_relaxed);
      while (c < seen && !loop.failed.compare_exchange_weak(seen, c, std::memory_order_relaxed)) {
      }
      std::lock_guard lock(loop.error_mutex);
      if (c < loop.error_chunk) {
        loop.error_chunk = c;
        loop.error = ctx;
      }
      return false;
    }
  }
}

// What thread t of a loop runs: claim chunks (its own first, then the
// others') until none are left or one has raised, on a private context.
void run_chunks(void* arg, int t) {
  Loop& loop = *static_cast<Loop*>(arg);
  parc_context ctx = *loop.caller;
  ctx.error = PARC_OK;
  ctx.in_parallel = 1;
  ctx.file = nullptr;
  ctx.line = 0;
  ctx.message[0] = '\0';
  std::size_t threads = loop.blocks.size();
  for (std::size_t k = 0; k < threads; ++k) {
    Block& block = loop.blocks[(static_cast<std::size_t>(t) + k) % threads];
    if (!run_block(loop, block, ctx)) return;
  }
}

bool runs_serially(const parc_context* ctx) {
  return ctx->in_parallel || ctx->threading == nullptr || ctx->num_threads <= 1;
}

// An int in 1..kMaxThreads, or 0 when `text` is not one.
int parse_thread_count(std::string_view text) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > parc::runtime::kMaxThreads) return 0;
  return value;
}

const char* environment_value(const char* name) {
  const char* value = std::getenv(name);
  return value && *value ? value : nullptr;
}

int cores_available() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

extern "C" std::int64_t parc_parallel_chunks(parc_context* ctx, std::int64_t count, std::int64_t per_thread) {
  if (count <= 1 || runs_serially(ctx)) return 1;
  if (per_thread <= 0) per_thread = parc::runtime::kDefaultChunksPerThread;
  std::int64_t threads = ctx->num_threads;
  return per_thread > count / threads ? count : threads * per_thread;
}

extern "C" void parc_parallel_for(parc_context* ctx, parc_loop_body body, void* env, std::int64_t count,
                                  std::int64_t chunks, void* partials, std::int64_t stride) {
  count = std::max<std::int64_t>(count, 0);
  if (chunks <= 1) {
    body(ctx, env, 0, count, partials);
    return;
  }
  // Serially (nested, one thread), the chunks still run one by one, so that
  // every partial slot is written.
  int threads = runs_serially(ctx) ? 1
                                   : static_cast<int>(std::min<std::int64_t>(
                                         {ctx->num_threads, chunks, ctx->threading->options.threads}));
  Loop loop(ctx, body, env, count, chunks, partials, stride, threads);
  if (threads == 1) {
    run_chunks(&loop, 0);
  } else if (ctx->threading->pool) {
    ctx->threading->pool->run(threads, run_chunks, &loop);
  } else {
    parc::runtime::run_on_openmp_team(threads, run_chunks, &loop);
  }
  if (loop.error_chunk != INT64_MAX)
    parc_raise(ctx, loop.error.error, loop.error.file, loop.error.line, loop.error.message);
}

extern "C" void* parc_partials_new(parc_context* ctx, std::int64_t chunks, std::int64_t stride) {
  std::size_t bytes = static_cast<std::size_t>(std::max<std::int64_t>(chunks * stride, 64));
  void* partials = std::aligned_alloc(64, (bytes + 63) / 64 * 64);
  if (!partials) {
    parc_raise(ctx, PARC_MEMORY_ERROR, nullptr, 0, "cannot allocate the partial results of a parallel loop");
    return nullptr;
  }
  return std::memset(partials, 0, bytes);
}

extern "C" void parc_partials_free(void* partials) { std::free(partials); }

extern "C" void parc_set_num_threads(parc_context* ctx, std::int64_t n) {
  int max = parc::runtime::max_threads(ctx->threading);
  if (n < 1 || n > max) {
    std::string message = "The number of threads must be between 1 and " + std::to_string(max);
    parc_raise(ctx, PARC_VALUE_ERROR, nullptr, 0, message.c_str());
    return;
  }
  ctx->num_threads = n;
}

extern "C" std::int64_t parc_get_num_threads(parc_context* ctx) { return ctx->num_threads; }

namespace parc::runtime {

ThreadingOptions threading_options_from_environment() {
  ThreadingOptions options;
  if (const char* layer = environment_value("PARC_THREADING_LAYER")) {
    std::string_view name = layer;
    if (name == "omp" || name == "openmp") {
      options.layer = ThreadingLayer::OpenMP;
    } else if (name == "threads" || name == "workqueue") {
      options.layer = ThreadingLayer::Threads;
    } else {
      throw std::invalid_argument("PARC_THREADING_LAYER must be omp or threads, not '" + std::string(name) +
                                  "'");
    }
  }
  if (const char* value = environment_value("PARC_NUM_THREADS")) {
    options.threads = parse_thread_count(value);
    if (options.threads == 0)
      throw std::invalid_argument("PARC_NUM_THREADS must be an integer from 1 to " +
                                  std::to_string(kMaxThreads) + ", not '" + std::string(value) + "'");
  } else if (const char* omp = environment_value("OMP_NUM_THREADS")) {
    // OpenMP's list form "4,2" gives the outermost level first.
    std::string_view value = omp;
    options.threads = parse_thread_count(value.substr(0, value.find(',')));
    if (options.threads == 0)
      throw std::invalid_argument("OMP_NUM_THREADS must be an integer from 1 to " +
                                  std::to_string(kMaxThreads) + ", not '" + std::string(value) + "'");
  } else {
    options.threads = cores_available();
  }
  return options;
}

std::string layer_name(ThreadingLayer layer) { return layer == ThreadingLayer::OpenMP ? "omp" : "threads"; }

std::unique_ptr<parc_threading, void (*)(parc_threading*)> make_threading(const ThreadingOptions& options) {
  auto* threading = new parc_threading{options, nullptr};
  threading->options.threads = std::clamp(options.threads, 1, kMaxThreads);
  if (options.layer == ThreadingLayer::Threads)
    threading->pool = std::make_unique<ThreadPool>(threading->options.threads);
  return {threading, [](parc_threading* t) { delete t; }};
}

int max_threads(const parc_threading* threading) { return threading ? threading->options.threads : 1; }

}  // namespace parc::runtime
