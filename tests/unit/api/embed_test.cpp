// The embedding API (include/parc/parc.hpp) as a host program uses it:
// typed and dynamic calls, zero-copy host arrays, owned results, errors as
// exceptions, and calls from several threads.
#include "parc/parc.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sys/stat.h>
#include <numeric>
#include <thread>

namespace {

constexpr const char* kKernels = R"(
import numpy as np
import math
from numba import njit, prange

@njit
def add(a, b):
    return a + b

@njit
def norm(x):
    total = 0.0
    for i in range(x.shape[0]):
        total += x[i] * x[i]
    return math.sqrt(total)

@njit
def scale(x, factor):
    for i in range(x.shape[0]):
        x[i] *= factor

@njit
def grid_sum(g):
    total = 0.0
    for i in range(g.shape[0]):
        for j in range(g.shape[1]):
            total += g[i, j] * (i + 1)
    return total

@njit
def squares(n):
    return np.arange(n) ** 2

@njit
def stats(x):
    return x.min(), x.max(), x.shape[0]

@njit
def divide(a, b):
    return a // b

@njit
def empty():
    pass

@njit(parallel=True)
def psum(x):
    s = 0.0
    for i in prange(x.shape[0]):
        s += x[i]
    return s

@njit
def is_positive(v):
    return v > 0
)";

TEST(Embed, TypedCallOnVector) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels, "kernels.py");
  auto norm = m.function<double(parc::ArrayRef<const double, 1>)>("norm");
  std::vector<double> v{3.0, 4.0, 12.0};
  EXPECT_DOUBLE_EQ(norm(v), 13.0);
  auto add = m.function<double(double, double)>("add");
  EXPECT_DOUBLE_EQ(add(1.5, 2.25), 3.75);
  auto add_int = m.function<std::int64_t(std::int64_t, std::int64_t)>("add");
  EXPECT_EQ(add_int(40, 2), 42);
  auto positive = m.function<bool(double)>("is_positive");
  EXPECT_TRUE(positive(0.5));
  EXPECT_FALSE(positive(-0.5));
  auto empty = m.function<void()>("empty");
  empty();
}

TEST(Embed, KernelWritesHostMemoryInPlace) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels);
  std::vector<float> v{1, 2, 3};
  m.function<void(parc::ArrayRef<float, 1>, double)>("scale")(v, 2.0);
  EXPECT_EQ(v, (std::vector<float>{2, 4, 6}));
}

TEST(Embed, TwoDimensionalRowMajorAndStridedViews) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels);
  std::vector<double> buffer(6);
  std::iota(buffer.begin(), buffer.end(), 0.0);  // [[0 1 2] [3 4 5]]
  auto grid_sum = m.function<double(parc::ArrayRef<const double, 2>)>("grid_sum");
  EXPECT_DOUBLE_EQ(grid_sum(parc::ArrayRef<const double, 2>(buffer, {2, 3})), 0 + 1 + 2 + 2 * (3 + 4 + 5));
  // The transpose, as a strided view: [[0 3] [1 4] [2 5]].
  parc::ArrayRef<const double, 2, parc::Layout::Strided> transposed(buffer.data(), {3, 2}, {1, 3});
  auto strided_sum = m.function<double(parc::ArrayRef<const double, 2, parc::Layout::Strided>)>("grid_sum");
  EXPECT_DOUBLE_EQ(strided_sum(transposed), (0 + 3) + 2 * (1 + 4) + 3 * (2 + 5));
  EXPECT_THROW((parc::ArrayRef<const double, 2>(buffer.data(), {3, 2}, {1, 3})), parc::Error);
  EXPECT_THROW((parc::ArrayRef<double, 2>(buffer, {4, 2})), parc::Error);
}

TEST(Embed, ConstArraysAreReadOnlyInKernels) {
  parc::Jit jit;
  parc::Module m = jit.compile(R"(
from numba import njit

@njit
def first(x):
    return x[0]

@njit
def poke(x):
    x[0] = 1.0

@njit
def poke_view(x):
    v = x[1:].T
    v[0] += 1.0

@njit
def sort_it(x):
    x.sort()
)", "const.py");
  std::vector<double> v{5, 4};
  parc::ArrayRef<const double, 1> readonly(v);
  EXPECT_EQ(m.function<double(parc::ArrayRef<const double, 1>)>("first")(readonly), 5.0);
  EXPECT_EQ(m("first", readonly).as<double>(), 5.0);
  for (const char* writer : {"poke", "poke_view", "sort_it"}) {
    try {
      m.function<void(parc::ArrayRef<const double, 1>)>(writer);
      ADD_FAILURE() << writer << ": no CompileError";
    } catch (const parc::CompileError& e) {
      EXPECT_NE(std::string(e.what()).find("cannot modify a read-only array (readonly array(float64, 1d"),
                std::string::npos)
          << e.what();
    }
    EXPECT_THROW(m(writer, readonly), parc::CompileError);
  }
  m.function<void(parc::ArrayRef<double, 1>)>("poke")(v);  // writable: fine
  EXPECT_EQ(v[0], 1.0);
  EXPECT_EQ(v[1], 4.0);
  EXPECT_THROW((parc::Value(readonly).array().as<double, 1>()), parc::Error);
  EXPECT_EQ((parc::Value(readonly).array().as<const double, 1>()(1)), 4.0);
}

TEST(Embed, ReadOnlyResultsStayReadOnly) {
  parc::Jit jit;
  parc::Module m = jit.compile(R"(
from numba import njit

@njit
def tail(x):
    return x[1:]

@njit
def poke(x):
    x[0] = 99.0
)");
  const std::vector<double> v{1, 2, 3};
  parc::ArrayRef<const double, 1> readonly(v.data(), {3});
  parc::Value view = m("tail", readonly);
  EXPECT_TRUE(view.array().readonly());
  EXPECT_THROW((view.array().as<double, 1>()), parc::Error);
  EXPECT_THROW(m("poke", view), parc::CompileError);  // passed back: still read-only
  // A typed handle must declare the read-only result as such.
  EXPECT_THROW((m.function<parc::Array<double, 1>(parc::ArrayRef<const double, 1>)>("tail")), parc::Error);
  auto tail = m.function<parc::Array<const double, 1>(parc::ArrayRef<const double, 1>)>("tail");
  parc::Array<const double, 1> t = tail(readonly);
  EXPECT_EQ(t(0), 2.0);
  EXPECT_EQ(v, (std::vector<double>{1, 2, 3}));
}

TEST(Embed, KernelArraysPassBackToContiguousHandles) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels);
  auto squares = m.function<parc::Array<std::int64_t, 1>(std::int64_t)>("squares");
  auto total = m.function<double(parc::ArrayRef<const std::int64_t, 1>)>("psum");
  EXPECT_EQ(total(squares(4)), 0 + 1 + 4 + 9);
  parc::Module transpose = jit.compile("from numba import njit\n@njit\ndef t(a):\n    return a.T\n");
  std::vector<double> grid(6, 1.0);
  auto t = transpose.function<parc::Array<double, 2>(parc::ArrayRef<double, 2>)>("t");
  parc::Array<double, 2> transposed = t(parc::ArrayRef<double, 2>(grid, {2, 3}));
  EXPECT_THROW((parc::ArrayRef<double, 2>(transposed)), parc::Error);  // not row-major
  EXPECT_EQ((parc::ArrayRef<double, 2, parc::Layout::Strided>(transposed).shape(0)), 3);
}

TEST(Embed, EmptyHandlesAndMainNamedFunction) {
  parc::Module empty;
  EXPECT_THROW(empty.call("f", {}), parc::Error);
  parc::Function<double(double)> none;
  EXPECT_THROW(none(1.0), parc::Error);
  parc::Jit jit;
  parc::Module m = jit.compile("from numba import njit\n@njit\ndef __main__():\n    return 5\nprint(__main__())\n");
  EXPECT_EQ(m("__main__").as<int>(), 5);
  parc::Jit moved = std::move(jit);
  EXPECT_EQ(moved.compile(kKernels)("add", 1, 2).as<int>(), 3);
}

TEST(Embed, ArraysAllocatedByKernelsAreOwned) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels);
  auto squares = m.function<parc::Array<std::int64_t, 1>(std::int64_t)>("squares");
  parc::Array<std::int64_t, 1> a = squares(5);
  ASSERT_EQ(a.shape(0), 5);
  EXPECT_EQ(a(4), 16);
  parc::Array<std::int64_t, 1> b = a;  // shares
  a = squares(2);
  EXPECT_EQ(b(3), 9);
  EXPECT_EQ(a.size(), 2);
}

TEST(Embed, DynamicCalls) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels);
  EXPECT_EQ(m("add", 2, 3).as<int>(), 5);
  EXPECT_EQ(m("add", 2, 3).dtype(), parc::Dtype::Int64);  // Numba: int32 + int32 is int64
  EXPECT_DOUBLE_EQ(m("add", 2.5, 3).as<double>(), 5.5);
  std::vector<double> v{1, -2, 8};
  parc::Value s = m("stats", parc::ArrayRef<double, 1>(v));
  ASSERT_EQ(s.kind(), parc::Value::Kind::Tuple);
  EXPECT_EQ(s.str(), "(-2.0, 8.0, 3)");
  parc::Value sq = m("squares", std::int64_t{4});
  ASSERT_EQ(sq.kind(), parc::Value::Kind::Array);
  EXPECT_TRUE(sq.array().owns_data());
  EXPECT_EQ(sq.str(), "[0 1 4 9]");
  parc::Array<std::int64_t, 1> typed = sq.array().as<std::int64_t, 1>();
  EXPECT_EQ(typed(3), 9);
  EXPECT_THROW((sq.array().as<double, 1>()), parc::Error);
  EXPECT_TRUE(m("empty").is_none());
  EXPECT_EQ(m("is_positive", 1.0).str(), "True");
}

TEST(Embed, CompileErrorsCarryLocatedDiagnostics) {
  parc::Jit jit;
  try {
    jit.compile("from numba import njit\n@njit\ndef f(x):\n    return x +\n", "bad.py");
    FAIL() << "no CompileError";
  } catch (const parc::CompileError& e) {
    ASSERT_FALSE(e.diagnostics().empty());
    EXPECT_EQ(e.diagnostics()[0].file, "bad.py");
    EXPECT_EQ(e.diagnostics()[0].line, 4);
    EXPECT_EQ(e.diagnostics()[0].code, "E0001");
    EXPECT_NE(std::string(e.what()).find("bad.py:4"), std::string::npos) << e.what();
  }
  parc::Module m = jit.compile(kKernels, "kernels.py");
  // A type error found when the function is specialised for these types.
  try {
    m.function<double(double)>("norm");
    FAIL() << "no CompileError";
  } catch (const parc::CompileError& e) {
    EXPECT_EQ(e.diagnostics().at(0).line, 13) << e.what();  // x.shape on a float
  }
  EXPECT_THROW(m.function<double(double)>("no_such_function"), parc::Error);
  EXPECT_THROW(m.function<double(double, double, double)>("add"), parc::CompileError);
  // The declared result type must be the function's.
  EXPECT_THROW(m.function<std::int64_t(double, double)>("add"), parc::Error);
}

TEST(Embed, RuntimeErrorsAreExceptions) {
  parc::Jit jit;
  parc::Module m = jit.compile(kKernels, "kernels.py");
  auto divide = m.function<std::int64_t(std::int64_t, std::int64_t)>("divide");
  EXPECT_EQ(divide(7, 2), 3);
  try {
    divide(1, 0);
    FAIL() << "no RuntimeError";
  } catch (const parc::RuntimeError& e) {
    EXPECT_EQ(e.kind(), "ZeroDivisionError");
    EXPECT_EQ(e.file(), "kernels.py");
    EXPECT_EQ(e.line(), 40);  // return a // b
  }
  EXPECT_EQ(divide(9, 3), 3);  // the module still works
}

TEST(Embed, ParallelKernelsUseTheJitsThreads) {
  parc::Options options;
  options.threads = 2;
  options.threading_layer = parc::ThreadingLayer::Threads;
  parc::Jit jit(options);
  parc::Module m = jit.compile(kKernels);
  std::vector<double> v(100000, 0.5);
  EXPECT_DOUBLE_EQ(m.function<double(parc::ArrayRef<const double, 1>)>("psum")(v), 50000.0);
}

TEST(Embed, EightHostThreadsCompileAndCallAtOnce) {
  parc::Jit jit;
  parc::Module shared = jit.compile(kKernels);
  std::vector<std::thread> threads;
  std::vector<int> failures(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      try {
        parc::Module own = jit.compile(kKernels);  // compiling concurrently
        std::vector<double> v(1000 + t, 1.0);
        for (int i = 0; i < 50; ++i) {
          if (shared("add", t, i).as<int>() != t + i) ++failures[t];  // specialising concurrently
          if (own("psum", parc::ArrayRef<double, 1>(v)).as<double>() != 1000.0 + t) ++failures[t];
        }
        auto add = shared.function<double(double, double)>("add");
        if (add(t, 0.5) != t + 0.5) ++failures[t];
      } catch (const std::exception& e) {
        ADD_FAILURE() << e.what();
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(failures[t], 0) << "thread " << t;
}

// The entries of a cache directory, by path and inode (a rebuilt entry is
// renamed into place: a new inode).
std::map<std::string, ino_t> cache_entries(const std::filesystem::path& dir) {
  std::map<std::string, ino_t> out;
  for (const auto& e : std::filesystem::directory_iterator(dir)) {
    struct stat st {};
    stat(e.path().c_str(), &st);
    out[e.path().string()] = st.st_ino;
  }
  return out;
}

TEST(Embed, OnDiskCacheServesALaterJitAndRebuildsBadEntries) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("parc-api-cache-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  parc::Options options;
  options.cache = true;
  options.cache_dir = dir.string();
  std::vector<double> v{3, 4};
  {
    parc::Jit jit(options);
    parc::Module m = jit.compile(kKernels, "kernels.py");
    EXPECT_DOUBLE_EQ(m.function<double(parc::ArrayRef<const double, 1>)>("norm")(v), 5.0);
    EXPECT_EQ(m("stats", parc::ArrayRef<double, 1>(v)).str(), "(3.0, 4.0, 2)");
  }
  auto first = cache_entries(dir);
  ASSERT_EQ(first.size(), 2u);  // one per specialisation
  {
    parc::Jit jit(options);  // as a second process would: loads, compiles nothing, writes nothing
    parc::Module m = jit.compile(kKernels, "kernels.py");
    EXPECT_DOUBLE_EQ(m.function<double(parc::ArrayRef<const double, 1>)>("norm")(v), 5.0);
    EXPECT_EQ(m("stats", parc::ArrayRef<double, 1>(v)).str(), "(3.0, 4.0, 2)");
  }
  EXPECT_EQ(cache_entries(dir), first);
  // Corrupt every entry: each is detected, rebuilt and rewritten.
  for (const auto& [path, inode] : first) {
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(200);
    f.put('\x5a');
  }
  {
    parc::Jit jit(options);
    parc::Module m = jit.compile(kKernels, "kernels.py");
    EXPECT_DOUBLE_EQ(m.function<double(parc::ArrayRef<const double, 1>)>("norm")(v), 5.0);
    EXPECT_EQ(m("stats", parc::ArrayRef<double, 1>(v)).str(), "(3.0, 4.0, 2)");
  }
  auto rebuilt = cache_entries(dir);
  ASSERT_EQ(rebuilt.size(), 2u);
  for (const auto& [path, inode] : first) EXPECT_NE(rebuilt.at(path), inode) << path;
  std::filesystem::remove_all(dir);
}

TEST(Embed, RunsModuleLevelCode) {
  char* text = nullptr;
  std::size_t length = 0;
  std::FILE* out = open_memstream(&text, &length);
  parc::Options options;
  options.out = out;
  parc::Jit jit(options);
  jit.compile("import numpy as np\nprint(np.arange(3) * 2, 1.5)\n").run();
  std::fclose(out);
  EXPECT_EQ(std::string(text, length), "[0 2 4] 1.5\n");
  std::free(text);
}

}  // namespace
