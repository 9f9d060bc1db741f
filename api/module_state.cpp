#include "api/module_state.h"

#include "api/pipeline.h"
#include "api/script_cache.h"
#include "frontend/diagnostic_renderer.h"

#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/MemoryBuffer.h>

#include <stdexcept>

namespace parc::detail {
namespace {

ir::TypeRef ir_number(ir::TypeContext& types, Dtype dtype) {
  switch (dtype) {
    case Dtype::Bool: return types.boolean();
    case Dtype::Int8: return types.int_type(8);
    case Dtype::Int16: return types.int_type(16);
    case Dtype::Int32: return types.int_type(32);
    case Dtype::Int64: return types.int_type(64);
    case Dtype::UInt8: return types.int_type(8, false);
    case Dtype::UInt16: return types.int_type(16, false);
    case Dtype::UInt32: return types.int_type(32, false);
    case Dtype::UInt64: return types.int_type(64, false);
    case Dtype::Float32: return types.float_type(32);
    case Dtype::Float64: return types.float_type(64);
  }
  throw Error("parc: unknown dtype");
}

ir::TypeRef ir_type(ir::TypeContext& types, const ArgType& spec, std::size_t position) {
  switch (spec.kind) {
    case Value::Kind::Number: return ir_number(types, spec.dtype);
    case Value::Kind::Array:
      if (spec.ndim < 1) throw Error("parc: argument " + std::to_string(position + 1) + " is a 0-d array");
      return types.array(ir_number(types, spec.dtype), spec.ndim, spec.c_layout ? ir::Layout::C : ir::Layout::Any,
                         spec.readonly);
    case Value::Kind::None:
    case Value::Kind::Tuple: break;
  }
  throw Error("parc: argument " + std::to_string(position + 1) +
              " is None or a tuple: kernels called from C++ take numbers and arrays");
}

Dtype dtype_of_ir(ir::TypeRef t) {
  if (t->is_bool()) return Dtype::Bool;
  if (t->is_float()) return t->bits == 32 ? Dtype::Float32 : Dtype::Float64;
  int index = t->bits == 8 ? 0 : t->bits == 16 ? 1 : t->bits == 32 ? 2 : 3;
  return static_cast<Dtype>((t->is_signed ? static_cast<int>(Dtype::Int8) : static_cast<int>(Dtype::UInt8)) + index);
}

TypeSpec spec_of_ir(ir::TypeRef t, const std::string& function) {
  TypeSpec spec;
  switch (t->kind) {
    case ir::TypeKind::None: return spec;
    case ir::TypeKind::Bool:
    case ir::TypeKind::Int:
    case ir::TypeKind::Float:
      spec.kind = Value::Kind::Number;
      spec.dtype = dtype_of_ir(t);
      return spec;
    case ir::TypeKind::Array:
      spec.kind = Value::Kind::Array;
      spec.dtype = dtype_of_ir(t->dtype);
      spec.ndim = t->ndim;
      spec.c_layout = t->layout == ir::Layout::C;
      spec.readonly = t->readonly;
      return spec;
    case ir::TypeKind::Tuple:
      spec.kind = Value::Kind::Tuple;
      for (ir::TypeRef e : t->elements) spec.elements.push_back(spec_of_ir(e, function));
      return spec;
    case ir::TypeKind::Str: break;
  }
  throw Error("parc: '" + function + "' returns a string, which C++ cannot receive");
}

// The function's name and a few bytes per argument type, as a map key.
std::string entry_key(std::string_view function, const ArgType* args, std::size_t count) {
  std::string key;
  key.reserve(function.size() + 1 + 3 * count);
  key += function;
  key += '(';
  for (std::size_t i = 0; i < count; ++i) {
    key += static_cast<char>(static_cast<int>(args[i].kind) * 16 + static_cast<int>(args[i].dtype));
    if (args[i].kind == Value::Kind::Array) {
      key += static_cast<char>(args[i].ndim & 0xff);
      key += static_cast<char>((args[i].c_layout ? 'C' : 'A') + (args[i].readonly ? 32 : 0));
    }
  }
  return key;
}

// A result type as text, for a cache entry's metadata: "n10" (a number of
// dtype 10), "a10.2C" (an array), "t2(n4,x)" (a tuple), "x" (None).
std::string encode_type(const TypeSpec& t) {
  switch (t.kind) {
    case Value::Kind::None: return "x";
    case Value::Kind::Number: return "n" + std::to_string(static_cast<int>(t.dtype));
    case Value::Kind::Array:
      return "a" + std::to_string(static_cast<int>(t.dtype)) + "." + std::to_string(t.ndim) + (t.c_layout ? "C" : "A") +
             (t.readonly ? "R" : "");
    case Value::Kind::Tuple: {
      std::string out = "t" + std::to_string(t.elements.size()) + "(";
      for (const TypeSpec& e : t.elements) out += encode_type(e) + ",";
      return out + ")";
    }
  }
  return "?";
}

// Reads what encode_type wrote from the front of `text`; nothing if it is not that.
std::optional<TypeSpec> decode_type(std::string_view& text) {
  auto take = [&text](char c) {
    if (text.empty() || text[0] != c) return false;
    text.remove_prefix(1);
    return true;
  };
  auto number = [&text](int limit) -> std::optional<int> {
    int value = 0;
    std::size_t digits = 0;
    while (digits < text.size() && digits < 3 && text[digits] >= '0' && text[digits] <= '9')
      value = value * 10 + (text[digits++] - '0');
    if (digits == 0 || value > limit) return std::nullopt;
    text.remove_prefix(digits);
    return value;
  };
  TypeSpec t;
  if (take('x')) return t;
  bool is_number = take('n');
  if (is_number || take('a')) {
    std::optional<int> dtype = number(static_cast<int>(Dtype::Float64));
    if (!dtype) return std::nullopt;
    t.dtype = static_cast<Dtype>(*dtype);
    t.kind = is_number ? Value::Kind::Number : Value::Kind::Array;
    if (is_number) return t;
    std::optional<int> ndim = take('.') ? number(999) : std::nullopt;
    if (!ndim || *ndim < 1) return std::nullopt;
    t.ndim = *ndim;
    if (take('C')) t.c_layout = true;
    else if (!take('A')) return std::nullopt;
    t.readonly = take('R');
    return t;
  }
  if (!take('t')) return std::nullopt;
  std::optional<int> count = number(999);
  if (!count || !take('(')) return std::nullopt;
  t.kind = Value::Kind::Tuple;
  for (int i = 0; i < *count; ++i) {
    std::optional<TypeSpec> e = decode_type(text);
    if (!e || !take(',')) return std::nullopt;
    t.elements.push_back(std::move(*e));
  }
  if (!take(')')) return std::nullopt;
  return t;
}

runtime::ThreadingOptions threading_for(const Options& options) {
  runtime::ThreadingOptions threading;
  try {
    threading = runtime::threading_options_from_environment();
  } catch (const std::invalid_argument& e) {
    // A bad PARC_NUM_THREADS or PARC_THREADING_LAYER matters only where the options leave the choice to it.
    if (options.threads == 0 || options.threading_layer == ThreadingLayer::Default)
      throw Error(std::string("parc: ") + e.what());
    threading.threads = options.threads;
  }
  if (options.threads < 0 || options.threads > runtime::kMaxThreads)
    throw Error("parc: Options::threads must be between 0 and " + std::to_string(runtime::kMaxThreads));
  if (options.threads > 0) threading.threads = options.threads;
  if (options.threading_layer == ThreadingLayer::OpenMP) threading.layer = runtime::ThreadingLayer::OpenMP;
  if (options.threading_layer == ThreadingLayer::Threads) threading.layer = runtime::ThreadingLayer::Threads;
  return threading;
}

}  // namespace

JitState::JitState(const Options& options)
    : options(options),
      out_(options.out ? options.out : stdout),
      threading_options_(threading_for(options)),
      threading_(runtime::make_threading(threading_options_)),
      num_threads_(runtime::max_threads(threading_.get())) {
  cache_ = codegen::ObjectCache::from_environment(options.cache_dir);
  if (cache_) host_ = codegen::HostIdentity::current();
  if (options.opt_level < 0 || options.opt_level > 3) throw Error("parc: Options::opt_level must be 0..3");
}

ModuleState::ModuleState(std::shared_ptr<const JitState> jit, std::string name, std::string source,
                         std::vector<std::string> functions, bool cached)
    : jit(std::move(jit)), name(std::move(name)), source(std::move(source)), functions(std::move(functions)),
      cached(cached && this->jit->cache()) {}

const EntryPoint& ModuleState::entry(std::string_view function, const ArgType* args, std::size_t count) {
  std::string key = entry_key(function, args, count);
  {
    std::shared_lock lock(entries_mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) return *it->second;
  }
  std::lock_guard compiling(compile_mutex_);
  {
    std::shared_lock lock(entries_mutex_);
    if (auto it = entries_.find(key); it != entries_.end()) return *it->second;  // compiled meanwhile
  }
  std::unique_ptr<EntryPoint> compiled = as_parc_errors([&] { return compile_entry(std::string(function), args, count); });
  std::unique_lock lock(entries_mutex_);
  return *entries_.emplace(std::move(key), std::move(compiled)).first->second;
}

std::unique_ptr<EntryPoint> ModuleState::compile_entry(const std::string& function, const ArgType* args,
                                                       std::size_t count) {
  bool known = false;
  for (const std::string& f : functions) known = known || f == function;
  if (!known) throw Error("parc: " + name + " has no function '" + function + "'");
  SourceManager sources;
  FileId file = sources.add(name, source);
  DiagnosticEngine diags;
  Compilation compiled;
  PipelineOptions options;
  options.opt_level = jit->options.opt_level;
  options.boundscheck = jit->options.boundscheck;
  options.fastmath = jit->options.fastmath;
  options.entry_prefix = "__parc_entry" + std::to_string(next_id_++) + "_";
  std::optional<codegen::CacheKey> key;
  if (cached) {
    // The key covers the options, the function and its argument types; the
    // wrapper is named after it, so entries loaded into one JIT never clash.
    key = codegen::make_cache_key(source, "embedding API\n" + cache_description(name, options) + "entry " + function +
                                              " " + entry_key(function, args, count),
                                  jit->host());
    options.entry_prefix = "__parc_" + key->hex().substr(0, 24) + "_";
    if (std::unique_ptr<EntryPoint> entry = load_entry(*key)) return entry;
    options.entry_prefix += std::to_string(next_id_);  // a fresh name, whatever the bad entry defined
  }
  ir::EntryRequest request{function, {}};
  for (std::size_t i = 0; i < count; ++i) request.args.push_back(ir_type(compiled.types, args[i], i));
  options.entries.push_back(std::move(request));
  if (!compile(sources, file, diags, options, Stage::LlvmOptimized, compiled) || diags.has_errors())
    throw_compile_error(diags, sources);
  auto entry = std::make_unique<EntryPoint>();
  entry->module = this;
  entry->result = spec_of_ir(compiled.ir->functions[compiled.ir->entries.at(0)]->return_type, function);
  if (!code_) code_ = std::make_unique<codegen::Jit>();
  std::string symbol = options.entry_prefix + "0";
  std::unique_ptr<llvm::MemoryBuffer> object = code_->compile(*compiled.llvm_module);
  // A cache that cannot be written costs the next process a compilation, nothing else.
  if (key) jit->cache()->store(*key, symbol + "\n" + encode_type(entry->result), object->getBuffer());
  code_->add_object(std::move(object));
  entry->code = reinterpret_cast<decltype(entry->code)>(code_->lookup(symbol));
  return entry;
}

std::unique_ptr<EntryPoint> ModuleState::load_entry(const codegen::CacheKey& key) {
  std::optional<codegen::CacheEntry> stored = jit->cache()->load(key);
  if (!stored) return nullptr;
  std::string_view metadata = stored->metadata;
  std::size_t newline = metadata.find('\n');
  if (newline == std::string_view::npos) return nullptr;
  std::string symbol(metadata.substr(0, newline));
  metadata.remove_prefix(newline + 1);
  std::optional<TypeSpec> result = decode_type(metadata);
  if (!result || !metadata.empty()) return nullptr;
  auto entry = std::make_unique<EntryPoint>();
  entry->module = this;
  entry->result = std::move(*result);
  if (!code_) code_ = std::make_unique<codegen::Jit>();
  try {
    code_->add_object(std::move(stored->object));
    entry->code = reinterpret_cast<decltype(entry->code)>(code_->lookup(symbol));
  } catch (const std::runtime_error&) {
    return nullptr;  // an entry that does not link is rebuilt
  }
  return entry;
}

void ModuleState::run_main() const {
  as_parc_errors([&] { run_main_code(); });
}

void ModuleState::run_main_code() const {
  SourceManager sources;
  FileId file = sources.add(name, source);
  DiagnosticEngine diags;
  Compilation compiled;
  PipelineOptions options;
  options.opt_level = jit->options.opt_level;
  options.boundscheck = jit->options.boundscheck;
  options.fastmath = jit->options.fastmath;
  if (!compile(sources, file, diags, options, Stage::LlvmOptimized, compiled) || diags.has_errors())
    throw_compile_error(diags, sources);
  std::unique_ptr<codegen::Jit> code = load(compiled);
  auto main = reinterpret_cast<void (*)(parc_context*)>(code->lookup("__main__"));
  parc_context ctx;
  jit->start(ctx);
  main(&ctx);
  std::fflush(ctx.out);
  throw_if_raised(ctx);
}

void throw_if_raised(const parc_context& ctx) {
  if (ctx.error == PARC_OK) return;
  throw RuntimeError(runtime::format_error(ctx), runtime::error_kind_name(ctx.error), ctx.file ? ctx.file : "",
                     static_cast<int>(ctx.line));
}

void throw_compile_error(const DiagnosticEngine& diags, const SourceManager& sources) {
  std::vector<CompileDiagnostic> list;
  for (const Diagnostic& d : diags.sorted()) {
    CompileDiagnostic out;
    if (d.loc.valid() && d.loc.file < sources.size()) {
      out.file = sources.file(d.loc.file).name();
      out.line = static_cast<int>(d.loc.line);
      out.column = static_cast<int>(d.loc.col);
    }
    out.is_error = d.severity == Severity::Error;
    out.code = std::string(diag_code_string(d.code));
    out.message = d.message;
    list.push_back(std::move(out));
  }
  throw CompileError(render_diagnostics(diags, sources), std::move(list));
}

}  // namespace parc::detail
