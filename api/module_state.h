// The state behind the embedding API's handles (include/parc/parc.hpp):
// a JitState per parc::Jit (options and the parallel runtime's threads), a
// ModuleState per compiled script (its source, its JIT and the entry points
// compiled so far, one per function and argument types). Internal.
#pragma once

#include "codegen/jit.h"
#include "codegen/object_cache.h"
#include "frontend/diagnostics.h"
#include "frontend/source_manager.h"
#include "parc/parc.hpp"
#include "runtime/parallel.h"
#include "runtime/runtime.h"

#include <memory>
#include <optional>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace parc::detail {

class JitState {
 public:
  explicit JitState(const Options& options);
  // Starts a context for one call (prints to the options' stream, loops on
  // our threads). Only the fields a call reads are set: this is on every
  // call's path.
  void start(parc_context& ctx) const {
    ctx.error = PARC_OK;
    ctx.in_parallel = 0;
    ctx.file = nullptr;
    ctx.line = 0;
    ctx.message[0] = '\0';
    ctx.out = out_;
    ctx.threading = threading_.get();
    ctx.num_threads = num_threads_;
    ctx.profile = nullptr;
  }
  const runtime::ThreadingOptions& threading_options() const { return threading_options_; }
  // The on-disk cache (null when PARC_DISABLE_CACHE switches it off or no
  // directory can be named) and this host's identity for its keys.
  const codegen::ObjectCache* cache() const { return cache_ ? &*cache_ : nullptr; }
  const codegen::HostIdentity& host() const { return host_; }

  const Options options;

 private:
  std::optional<codegen::ObjectCache> cache_;
  codegen::HostIdentity host_;
  std::FILE* out_;
  runtime::ThreadingOptions threading_options_;
  std::unique_ptr<parc_threading, void (*)(parc_threading*)> threading_;
  std::int64_t num_threads_;
};

class ModuleState {
 public:
  // `cached`: compiled entries go through the on-disk cache (Options::cache,
  // or a function of the script has cache=True).
  ModuleState(std::shared_ptr<const JitState> jit, std::string name, std::string source,
              std::vector<std::string> functions, bool cached);

  // The specialisation of `function` for these argument types, compiled on
  // first use (CompileError when it does not type-check).
  const EntryPoint& entry(std::string_view function, const ArgType* args, std::size_t count);
  // Runs the module-level statements.
  void run_main() const;

  const std::shared_ptr<const JitState> jit;
  const std::string name;
  const std::string source;
  const std::vector<std::string> functions;
  const bool cached;

 private:
  void run_main_code() const;
  // The entry from the cache under `key`, if a usable one is there.
  std::unique_ptr<EntryPoint> load_entry(const codegen::CacheKey& key);
  std::unique_ptr<EntryPoint> compile_entry(const std::string& function, const ArgType* args, std::size_t count);

  std::mutex compile_mutex_;  // one compilation at a time; guards code_ and next_id_
  std::unique_ptr<codegen::Jit> code_;
  int next_id_ = 0;
  mutable std::shared_mutex entries_mutex_;
  std::unordered_map<std::string, std::unique_ptr<EntryPoint>> entries_;
};

// Runs `work`; an exception that is not a parc::Error (an internal error of
// the compiler or the JIT) becomes one, so that hosts catch everything as
// parc::Error.
template <class Work>
auto as_parc_errors(Work&& work) -> decltype(work()) {
  try {
    return work();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(std::string("parc: internal error: ") + e.what());
  }
}

// Throws RuntimeError when a call on `ctx` raised.
void throw_if_raised(const parc_context& ctx);
// Throws CompileError for the errors in `diags`.
[[noreturn]] void throw_compile_error(const DiagnosticEngine& diags, const SourceManager& sources);

}  // namespace parc::detail
