// `parc run` through the on-disk cache of compiled code (the cache itself
// is codegen/object_cache.h): for a script with @njit(cache=True), the key
// of its text, name and options is looked up first, and on a hit the
// stored machine code is linked and nothing is compiled; on a miss the
// script goes through the pipeline (api/pipeline.h) and its object file is
// stored. Internal: not an installed header.
#pragma once

#include "api/pipeline.h"

#include <memory>
#include <string>

namespace parc {

namespace codegen {
class ObjectCache;
}

// Whether a function of the script is decorated with cache=True.
bool wants_cache(const ast::Module& module);

// The "what is compiled" text of a script's cache key: its name (runtime
// errors name it) and every option that changes the code.
std::string cache_description(const std::string& script_name, const PipelineOptions& options);

struct CachedCompile {
  CachedCompile();
  CachedCompile(CachedCompile&&) noexcept;
  ~CachedCompile();
  std::unique_ptr<codegen::Jit> jit;  // `__main__` linked; null when the script has errors
  bool hit = false;                   // the machine code came from the cache
  bool stored = false;                // it was compiled and stored
  std::string rejected;               // why an entry found for the script was unusable (it was rebuilt)
  std::string store_failed;           // why storing failed (the directory or file cannot be written)
  double compile_seconds = 0;         // to optimised LLVM IR; on a hit, to the entry read and checked
  double jit_seconds = 0;             // machine code: compile to an object (and store it), link
};

// compile() to Stage::LlvmOptimized and load(), through `cache` (null: no
// cache) when a function of the script has cache=True. The key is looked
// up before the script is parsed: on a hit nothing is compiled, and the
// warnings the compilation reported are reported again from the entry; on
// a miss, or an entry that is corrupt, foreign or cannot be linked, the
// script is compiled and its entry (re)written. Not for the embedding
// mode (PipelineOptions::entry_prefix): that compiles without the cache.
CachedCompile compile_cached(const SourceManager& sources, FileId file, DiagnosticEngine& diags,
                             const PipelineOptions& options, const codegen::ObjectCache* cache, Compilation& out);

}  // namespace parc
