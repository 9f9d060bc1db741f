// Per-function call counts and run times for `parc run --time`.
//
// Code compiled with PipelineOptions::profile (codegen/lower_profile.h)
// calls parc_profile_enter when a function starts and parc_profile_leave
// just before it returns, with the function's index, and carries a table of
// the functions' names, `parc_profile_table`. A run hands the code a
// parc_profile through parc_context::profile (null: nothing is counted).
//
// Calls made inside a parallel loop's body (ctx->in_parallel, on worker
// threads) are counted with relaxed atomics, so they are counted exactly.
// Only calls made outside parallel bodies are timed: those run on the
// thread that runs the script, one at a time, so plain counters and a depth
// per function suffice to time only its outermost activation (a recursion is timed once,
// from its first call to its return). The time of calls made in a parallel
// body is part of the time of the function that runs the loop.
#pragma once

#include "runtime/runtime.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

struct parc_profile {
  explicit parc_profile(std::size_t functions);

  struct alignas(64) Counter {  // one cache line each: workers count calls of different functions
    std::int64_t calls = 0;                        // outside parallel bodies
    std::atomic<std::int64_t> parallel_calls{0};  // inside them
    std::int64_t depth = 0;                        // activations under way, outside parallel bodies
    std::int64_t timed = 0;  // outermost activations timed
    std::chrono::steady_clock::time_point started;
    std::chrono::steady_clock::duration total{};
  };
  std::size_t size;
  std::unique_ptr<Counter[]> counters;
};

extern "C" {
// The generated code's calls; `function` indexes parc_profile_table.
void parc_profile_enter(parc_context* ctx, std::int64_t function);
void parc_profile_leave(parc_context* ctx, std::int64_t function);
}

namespace parc::runtime {

// The symbol of the table of names in profiled code: {i64 count, [count x ptr] names}.
inline constexpr const char* kProfileTableSymbol = "parc_profile_table";

struct FunctionProfile {
  std::string name;         // "fib(int64)"; "<module>" for the module-level code
  std::int64_t calls = 0;   // every call, inside parallel bodies too
  std::int64_t timed = 0;   // calls timed (outermost activations outside parallel bodies)
  double seconds = 0;       // their inclusive time
};

// A profile for the functions of a table found at `table` (its symbol's address).
std::unique_ptr<parc_profile> make_profile(const void* table);
// The figures of each function of the table, in the table's order.
std::vector<FunctionProfile> profile_results(const parc_profile& profile, const void* table);

}  // namespace parc::runtime
