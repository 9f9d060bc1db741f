// `parc run --time`'s per-function figures through the pipeline
// (api/pipeline.h): code compiled without PipelineOptions::profile carries
// no trace of it; code compiled with it counts every call, recursive ones
// and those made on a parallel loop's threads included.
#include "api/pipeline.h"
#include "codegen/jit.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace parc {
namespace {

constexpr const char* kScript = R"(
import numpy as np
from numba import njit, prange

@njit
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

@njit
def twice(x):
    return 2 * x

@njit(parallel=True)
def total(a):
    t = 0.0
    for i in prange(a.shape[0]):
        t += twice(a[i])
    return t

s = 0
for i in range(5):
    s += fib(i)
print(s, total(np.ones(500)))
)";

bool compiled(Compilation& out, bool profile) {
  SourceManager sources;
  FileId file = sources.add("profile.py", kScript);
  DiagnosticEngine diags;
  PipelineOptions options;
  options.profile = profile;
  return compile(sources, file, diags, options, Stage::LlvmOptimized, out) && !diags.has_errors();
}

TEST(Profile, PlainCodeHasNoCounters) {
  Compilation out;
  ASSERT_TRUE(compiled(out, false));
  EXPECT_FALSE(out.profiled);
  EXPECT_EQ(print_llvm(out).find("parc_profile"), std::string::npos);
}

TEST(Profile, CountsEveryCall) {
  Compilation out;
  ASSERT_TRUE(compiled(out, true));
  ASSERT_TRUE(out.profiled);
  EXPECT_NE(print_llvm(out).find("parc_profile_enter"), std::string::npos);
  ASSERT_EQ(out.ir->functions.size(), 4u);
  for (const auto& fn : out.ir->functions) EXPECT_GT(fn->compile_seconds, 0) << fn->symbol;
  std::unique_ptr<codegen::Jit> jit = load(out);
  runtime::ThreadingOptions threading;
  threading.threads = 4;
  std::FILE* sink = std::tmpfile();
  RunResult result = run_main(*jit, sink, threading, true);
  std::fclose(sink);
  ASSERT_TRUE(result.ok) << result.error;
  ASSERT_EQ(result.functions.size(), 4u);
  // fib(0..4) make 1 + 1 + 3 + 5 + 9 calls.
  const char* names[] = {"<module>", "fib(int64)", "total(array(float64, 1d, C))", "twice(float64)"};
  std::int64_t calls[] = {1, 19, 1, 500};
  for (std::size_t i = 0; i < 4; ++i) {
    const runtime::FunctionProfile* found = nullptr;
    for (const runtime::FunctionProfile& f : result.functions)
      if (f.name == names[i]) found = &f;
    ASSERT_NE(found, nullptr) << names[i];
    EXPECT_EQ(found->calls, calls[i]) << names[i];
  }
  EXPECT_EQ(result.functions[0].name, "<module>");
  EXPECT_EQ(result.functions[0].timed, 1);
  EXPECT_GT(result.functions[0].seconds, 0);
  // A recursion is timed once per outermost call.
  EXPECT_EQ(result.functions[1].timed, 5);
}

}  // namespace
}  // namespace parc
