#include "api/script_cache.h"

#include "codegen/jit.h"
#include "codegen/object_cache.h"

#include <llvm/Support/MemoryBuffer.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace parc {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A cache entry's metadata: the diagnostics (warnings) the compilation
// reported, so that a hit reports them again. Little-endian, lengths first.
constexpr std::string_view kMetadataTag = "parc-diagnostics-1";
constexpr std::uint32_t kDiagCodeCount = 0
#define PARC_DIAG_COUNT(name, code, summary) +1
    PARC_DIAGNOSTIC_CODES(PARC_DIAG_COUNT)
#undef PARC_DIAG_COUNT
    ;

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>(v >> (8 * i));
}
void put_text(std::string& out, std::string_view text) {
  put_u32(out, static_cast<std::uint32_t>(text.size()));
  out += text;
}
void put_loc(std::string& out, SourceLoc loc, FileId file) {
  put_u32(out, loc.valid() && loc.file == file ? 1 : 0);  // a place in the script, or none
  put_u32(out, loc.line);
  put_u32(out, loc.col);
  put_u32(out, loc.len);
}

std::string save_diagnostics(const std::vector<Diagnostic>& diagnostics, std::size_t from, FileId file) {
  std::string out(kMetadataTag);
  put_u32(out, static_cast<std::uint32_t>(diagnostics.size() - from));
  for (std::size_t i = from; i < diagnostics.size(); ++i) {
    const Diagnostic& d = diagnostics[i];
    put_u32(out, static_cast<std::uint32_t>(d.code));
    put_u32(out, static_cast<std::uint32_t>(d.severity));
    put_loc(out, d.loc, file);
    put_text(out, d.message);
    put_u32(out, static_cast<std::uint32_t>(d.notes.size()));
    for (const DiagnosticNote& note : d.notes) {
      put_loc(out, note.loc, file);
      put_text(out, note.message);
    }
  }
  return out;
}

// Reads what save_diagnostics wrote; false if it is not that (a bug, or an
// entry from a build that wrote something else under the same key).
class MetadataReader {
 public:
  explicit MetadataReader(std::string_view in) : in_(in) {}
  bool tag() {
    if (in_.substr(0, kMetadataTag.size()) != kMetadataTag) return false;
    in_.remove_prefix(kMetadataTag.size());
    return true;
  }
  bool u32(std::uint32_t& v) {
    if (in_.size() < 4) return false;
    v = 0;
    for (int i = 0; i < 4; ++i) v |= std::uint32_t(static_cast<unsigned char>(in_[i])) << (8 * i);
    in_.remove_prefix(4);
    return true;
  }
  bool text(std::string& s) {
    std::uint32_t n;
    if (!u32(n) || in_.size() < n) return false;
    s.assign(in_.substr(0, n));
    in_.remove_prefix(n);
    return true;
  }
  bool loc(SourceLoc& loc, FileId file) {
    std::uint32_t in_script;
    if (!u32(in_script) || !u32(loc.line) || !u32(loc.col) || !u32(loc.len)) return false;
    loc.file = file;
    if (!in_script) loc.line = 0;
    return true;
  }
  bool done() const { return in_.empty(); }

 private:
  std::string_view in_;
};

bool load_diagnostics(std::string_view metadata, FileId file, std::vector<Diagnostic>& out) {
  MetadataReader in(metadata);
  std::uint32_t count;
  if (!in.tag() || !in.u32(count)) return false;
  for (std::uint32_t i = 0; i < count; ++i) {
    Diagnostic d;
    std::uint32_t code, severity, notes;
    if (!in.u32(code) || code >= kDiagCodeCount || !in.u32(severity) ||
        severity != static_cast<std::uint32_t>(Severity::Warning) || !in.loc(d.loc, file) || !in.text(d.message) ||
        !in.u32(notes))
      return false;
    d.code = static_cast<DiagCode>(code);
    d.severity = Severity::Warning;
    for (std::uint32_t j = 0; j < notes; ++j) {
      DiagnosticNote& note = d.notes.emplace_back();
      if (!in.loc(note.loc, file) || !in.text(note.message)) return false;
    }
    out.push_back(std::move(d));
  }
  return in.done();
}

bool requests_cache(const ast::Expr& decorator) {
  const auto* call = ast::dyn_cast<ast::Call>(&decorator);
  if (!call) return false;
  for (const ast::Keyword& k : call->keywords) {
    const auto* value = k.value ? ast::dyn_cast<ast::BoolLit>(k.value.get()) : nullptr;
    if (k.name == "cache" && value && value->value) return true;
  }
  return false;
}

}  // namespace

CachedCompile::CachedCompile() = default;
CachedCompile::CachedCompile(CachedCompile&&) noexcept = default;
CachedCompile::~CachedCompile() = default;

bool wants_cache(const ast::Module& module) {
  for (const ast::StmtPtr& s : module.body)
    if (const auto* def = ast::dyn_cast<ast::FunctionDef>(s.get()))
      for (const ast::ExprPtr& d : def->decorators)
        if (requests_cache(*d)) return true;
  return false;
}

std::string cache_description(const std::string& script_name, const PipelineOptions& options) {
  return "parc run\nscript " + script_name + "\nopt_level " + std::to_string(options.opt_level) + "\nboundscheck " +
         std::to_string(options.boundscheck) + "\nfastmath " + std::to_string(options.fastmath) + "\n";
}

CachedCompile compile_cached(const SourceManager& sources, FileId file, DiagnosticEngine& diags,
                             const PipelineOptions& options, const codegen::ObjectCache* cache, Compilation& out) {
  CachedCompile result;
  auto start = std::chrono::steady_clock::now();
  const SourceFile& script = sources.file(file);
  if (!options.entry_prefix.empty()) cache = nullptr;
  // Only a script that says `cache` can have an entry (one is stored only
  // for scripts with cache=True, under a key of their exact text): the key
  // is looked up before parsing, so a hit does not even parse.
  std::optional<codegen::CacheKey> key;
  auto make_key = [&] {
    key = codegen::make_cache_key(script.text(), cache_description(script.name(), options),
                                  codegen::HostIdentity::current());
  };
  if (cache && script.text().find("cache") != std::string::npos) {
    make_key();
    if (std::optional<codegen::CacheEntry> entry = cache->load(*key, &result.rejected)) {
      std::vector<Diagnostic> warnings;
      if (!load_diagnostics(entry->metadata, file, warnings)) {
        result.rejected = "unreadable metadata";
      } else {
        double read_seconds = seconds_since(start);
        auto link_start = std::chrono::steady_clock::now();
        try {
          auto jit = std::make_unique<codegen::Jit>();
          jit->add_object(std::move(entry->object));
          jit->lookup("__main__");
          result.jit = std::move(jit);
        } catch (const std::runtime_error& e) {
          result.rejected = e.what();
        }
        if (result.jit) {
          for (Diagnostic& w : warnings) diags.warning(w.code, w.loc, std::move(w.message)).notes = std::move(w.notes);
          result.hit = true;
          result.compile_seconds = read_seconds;
          result.jit_seconds = seconds_since(link_start);
          return result;
        }
      }
    }
  }
  std::size_t diagnostics_before = diags.diagnostics().size();
  PipelineOptions compile_options = options;
  compile_options.plain_if_cached = cache != nullptr;  // entries hold plain code (see PipelineOptions::profile)
  if (!compile(sources, file, diags, compile_options, Stage::LlvmOptimized, out) || diags.has_errors()) return result;
  result.compile_seconds = seconds_since(start);
  auto jit_start = std::chrono::steady_clock::now();
  auto jit = std::make_unique<codegen::Jit>();
  std::unique_ptr<llvm::MemoryBuffer> object = jit->compile(*out.llvm_module);
  if (cache && wants_cache(*out.ast)) {
    if (!key) make_key();
    result.stored = cache->store(*key, save_diagnostics(diags.diagnostics(), diagnostics_before, file),
                                 object->getBuffer(), &result.store_failed);
  }
  jit->add_object(std::move(object));
  jit->lookup("__main__");
  result.jit = std::move(jit);
  result.jit_seconds = seconds_since(jit_start);
  return result;
}

}  // namespace parc
