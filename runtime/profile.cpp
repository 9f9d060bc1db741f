#include "runtime/profile.h"

parc_profile::parc_profile(std::size_t functions) : size(functions), counters(new Counter[functions]) {}

extern "C" void parc_profile_enter(parc_context* ctx, std::int64_t function) {
  parc_profile* profile = ctx->profile;
  if (!profile || function < 0 || static_cast<std::size_t>(function) >= profile->size) return;
  parc_profile::Counter& counter = profile->counters[function];
  if (ctx->in_parallel) {  // a worker's call: counted, not timed
    counter.parallel_calls.fetch_add(1, std::memory_order_relaxed);
    return;
  }
  ++counter.calls;
  if (counter.depth++ == 0) counter.started = std::chrono::steady_clock::now();
}

extern "C" void parc_profile_leave(parc_context* ctx, std::int64_t function) {
  parc_profile* profile = ctx->profile;
  if (!profile || function < 0 || static_cast<std::size_t>(function) >= profile->size || ctx->in_parallel) return;
  parc_profile::Counter& counter = profile->counters[function];
  if (--counter.depth == 0) {
    counter.total += std::chrono::steady_clock::now() - counter.started;
    ++counter.timed;
  }
}

namespace parc::runtime {
namespace {

// The table generated code carries: {i64 count, [count x ptr] names}.
std::int64_t table_size(const void* table) { return *static_cast<const std::int64_t*>(table); }
const char* table_name(const void* table, std::int64_t i) {
  return reinterpret_cast<const char* const*>(static_cast<const std::int64_t*>(table) + 1)[i];
}

}  // namespace

std::unique_ptr<parc_profile> make_profile(const void* table) {
  return std::make_unique<parc_profile>(static_cast<std::size_t>(table_size(table)));
}

std::vector<FunctionProfile> profile_results(const parc_profile& profile, const void* table) {
  std::vector<FunctionProfile> out;
  for (std::size_t i = 0; i < profile.size; ++i) {
    const parc_profile::Counter& counter = profile.counters[i];
    FunctionProfile& f = out.emplace_back();
    f.name = table_name(table, static_cast<std::int64_t>(i));
    f.calls = counter.calls + counter.parallel_calls.load(std::memory_order_relaxed);
    f.timed = counter.timed;
    f.seconds = std::chrono::duration<double>(counter.total).count();
  }
  return out;
}

}  // namespace parc::runtime
