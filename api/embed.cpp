// The embedding API's classes (include/parc/parc.hpp) over the pipeline
// and api/module_state.h.
#include "api/module_state.h"
#include "api/pipeline.h"
#include "api/script_cache.h"
#include "runtime/array.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <sstream>

namespace parc {

std::string_view dtype_name(Dtype dtype) {
  static constexpr std::string_view names[] = {"bool",   "int8",   "int16",  "int32",   "int64",  "uint8",
                                               "uint16", "uint32", "uint64", "float32", "float64"};
  auto index = static_cast<std::size_t>(dtype);
  return index < std::size(names) ? names[index] : "unknown";
}

namespace detail {

void retain(void* owner) noexcept { parc_buffer_incref(static_cast<parc_buffer*>(owner)); }
void release(void* owner) noexcept { parc_buffer_decref(static_cast<parc_buffer*>(owner)); }
void throw_error(const std::string& message) { throw Error(message); }

void invoke(const EntryPoint& entry, void* const* args, void* result) {
  parc_context ctx;
  entry.module->jit->start(ctx);
  entry.code(&ctx, args, result);
  if (ctx.error != PARC_OK) throw_if_raised(ctx);
}

namespace {

bool same_type(const TypeSpec& declared, const TypeSpec& actual) {
  if (declared.kind != actual.kind) return false;
  if (declared.kind == Value::Kind::Number) return declared.dtype == actual.dtype;
  if (declared.kind == Value::Kind::Array)  // a read-only result only into an Array<const T, N>
    return declared.dtype == actual.dtype && declared.ndim == actual.ndim && (declared.readonly || !actual.readonly);
  return declared.kind == Value::Kind::None;
}

std::string describe(const TypeSpec& t) {
  switch (t.kind) {
    case Value::Kind::None: return "None";
    case Value::Kind::Number: return std::string(dtype_name(t.dtype));
    case Value::Kind::Array:
      return std::string(t.readonly ? "readonly " : "") + "array(" + std::string(dtype_name(t.dtype)) + ", " +
             std::to_string(t.ndim) + "d)";
    case Value::Kind::Tuple: {
      std::string out = "(";
      for (std::size_t i = 0; i < t.elements.size(); ++i) out += (i ? ", " : "") + describe(t.elements[i]);
      return out + (t.elements.size() == 1 ? ",)" : ")");
    }
  }
  return "?";
}

std::size_t itemsize(Dtype dtype) {
  switch (dtype) {
    case Dtype::Bool:
    case Dtype::Int8:
    case Dtype::UInt8: return 1;
    case Dtype::Int16:
    case Dtype::UInt16: return 2;
    case Dtype::Int32:
    case Dtype::UInt32:
    case Dtype::Float32: return 4;
    default: return 8;
  }
}

// Size and alignment of a value in compiled code's memory layout (which is
// the C layout: a tuple is a struct of its elements).
std::pair<std::size_t, std::size_t> size_align(const TypeSpec& t) {
  switch (t.kind) {
    case Value::Kind::None: return {0, 1};
    case Value::Kind::Number: return {itemsize(t.dtype), itemsize(t.dtype)};
    case Value::Kind::Array: return {16 + 16 * static_cast<std::size_t>(t.ndim), 8};
    case Value::Kind::Tuple: {
      std::size_t size = 0, align = 1;
      for (const TypeSpec& e : t.elements) {
        auto [s, a] = size_align(e);
        size = (size + a - 1) / a * a + s;
        align = std::max(align, a);
      }
      return {(size + align - 1) / align * align, align};
    }
  }
  return {0, 1};
}

Value read_number(Dtype dtype, const void* at) {
  auto get = [at]<class T>(T) {
    T v;
    std::memcpy(&v, at, sizeof v);
    return Value(v);
  };
  switch (dtype) {
    case Dtype::Bool: return Value(*static_cast<const std::uint8_t*>(at) != 0);
    case Dtype::Int8: return get(std::int8_t{});
    case Dtype::Int16: return get(std::int16_t{});
    case Dtype::Int32: return get(std::int32_t{});
    case Dtype::Int64: return get(std::int64_t{});
    case Dtype::UInt8: return get(std::uint8_t{});
    case Dtype::UInt16: return get(std::uint16_t{});
    case Dtype::UInt32: return get(std::uint32_t{});
    case Dtype::UInt64: return get(std::uint64_t{});
    case Dtype::Float32: return get(float{});
    case Dtype::Float64: return get(double{});
  }
  return {};
}

// Decodes a result (taking over the references of the arrays in it).
Value read_value(const TypeSpec& t, const unsigned char* at) {
  switch (t.kind) {
    case Value::Kind::None: return {};
    case Value::Kind::Number: return read_number(t.dtype, at);
    case Value::Kind::Array: return Value(AnyArray::adopt_descriptor(t.dtype, t.ndim, t.readonly, at));
    case Value::Kind::Tuple: {
      std::vector<Value> elements;
      std::size_t offset = 0;
      for (const TypeSpec& e : t.elements) {
        auto [s, a] = size_align(e);
        offset = (offset + a - 1) / a * a;
        elements.push_back(read_value(e, at + offset));
        offset += s;
      }
      return Value::tuple(std::move(elements));
    }
  }
  return {};
}

}  // namespace

bool is_row_major(int ndim, const std::int64_t* shape, const std::int64_t* strides) {
  std::int64_t expected = 1;
  for (int i = ndim; i-- > 0;) {
    if (shape[i] == 0) return true;
    if (shape[i] != 1 && strides[i] != expected) return false;
    expected *= shape[i];
  }
  return true;
}

Value call(const std::shared_ptr<ModuleState>& module, std::string_view name, const ArgType* types, std::size_t count,
           void* const* args) {
  const EntryPoint& entry = module->entry(name, types, count);
  // The result in compiled code's layout: on the stack unless it is large.
  std::size_t size = size_align(entry.result).first;
  alignas(16) unsigned char small[256];
  std::vector<std::max_align_t> large(size > sizeof small ? size / sizeof(std::max_align_t) + 1 : 0);
  unsigned char* result = large.empty() ? small : reinterpret_cast<unsigned char*>(large.data());
  invoke(entry, args, result);
  return read_value(entry.result, result);
}

const EntryPoint& typed_entry(const std::shared_ptr<ModuleState>& module, std::string_view name, const ArgType* args,
                              std::size_t count, const TypeSpec& result) {
  const EntryPoint& entry = module->entry(name, args, count);
  if (!same_type(result, entry.result))
    throw Error("parc: '" + std::string(name) + "' returns " + describe(entry.result) +
                " for these arguments, the handle declares " + describe(result));
  return entry;
}

}  // namespace detail

// ------------------------------------------------------------------ AnyArray

AnyArray::AnyArray(Dtype dtype, void* data, std::vector<std::int64_t> shape, std::vector<std::int64_t> strides)
    : dtype_(dtype), data_(data), shape_(std::move(shape)), strides_(std::move(strides)) {
  if (shape_.empty()) throw Error("parc: an array needs at least one dimension");
  for (std::int64_t d : shape_)
    if (d < 0) throw Error("parc: negative dimension in an array shape");
  if (strides_.empty()) {
    strides_.assign(shape_.size(), 1);
    for (std::size_t i = shape_.size() - 1; i > 0; --i) strides_[i - 1] = strides_[i] * shape_[i];
  }
  if (strides_.size() != shape_.size()) throw Error("parc: an array's strides and shape differ in length");
}

AnyArray::AnyArray(const AnyArray& other)
    : dtype_(other.dtype_), readonly_(other.readonly_), data_(other.data_), shape_(other.shape_), strides_(other.strides_) {
  adopt(other.owner_);
}

AnyArray::AnyArray(AnyArray&& other) noexcept
    : dtype_(other.dtype_), readonly_(other.readonly_), data_(other.data_), owner_(other.owner_), shape_(std::move(other.shape_)),
      strides_(std::move(other.strides_)) {
  other.owner_ = nullptr;
}

AnyArray& AnyArray::operator=(AnyArray other) noexcept {
  std::swap(dtype_, other.dtype_);
  std::swap(readonly_, other.readonly_);
  std::swap(data_, other.data_);
  std::swap(owner_, other.owner_);
  std::swap(shape_, other.shape_);
  std::swap(strides_, other.strides_);
  return *this;
}

AnyArray::~AnyArray() { detail::release(owner_); }

void AnyArray::adopt(void* owner) {
  owner_ = owner;
  detail::retain(owner_);
}

std::int64_t AnyArray::size() const {
  std::int64_t n = 1;
  for (std::int64_t d : shape_) n *= d;
  return n;
}

bool AnyArray::is_c_contiguous() const { return detail::is_row_major(ndim(), shape_.data(), strides_.data()); }

void AnyArray::check(Dtype dtype, int ndim) const {
  if (dtype != dtype_ || ndim != this->ndim())
    throw Error("parc: the array is " + std::string(dtype_name(dtype_)) + " " + std::to_string(this->ndim()) +
                "d, not " + std::string(dtype_name(dtype)) + " " + std::to_string(ndim) + "d");
}

AnyArray AnyArray::adopt_descriptor(Dtype dtype, int ndim, bool readonly, const void* descriptor) {
  AnyArray out;
  out.dtype_ = dtype;
  out.readonly_ = readonly;
  const auto* words = static_cast<const std::int64_t*>(descriptor);
  std::memcpy(&out.data_, &words[0], sizeof(void*));
  std::memcpy(&out.owner_, &words[1], sizeof(void*));
  out.shape_.assign(words + 2, words + 2 + ndim);
  out.strides_.assign(words + 2 + ndim, words + 2 + 2 * ndim);
  return out;
}

void AnyArray::write_descriptor(void* out) const {
  auto* words = static_cast<std::int64_t*>(out);
  std::memcpy(&words[0], &data_, sizeof(void*));
  std::memcpy(&words[1], &owner_, sizeof(void*));
  std::copy(shape_.begin(), shape_.end(), words + 2);
  std::copy(strides_.begin(), strides_.end(), words + 2 + shape_.size());
}

// ------------------------------------------------------------------ Value

Value Value::tuple(std::vector<Value> elements) {
  Value v;
  v.kind_ = Kind::Tuple;
  v.elements_ = std::move(elements);
  return v;
}

const AnyArray& Value::array() const {
  if (kind_ != Kind::Array) throw Error("parc: the value is not an array");
  return array_;
}

const std::vector<Value>& Value::elements() const {
  if (kind_ != Kind::Tuple) throw Error("parc: the value is not a tuple");
  return elements_;
}

std::string Value::str() const {
  switch (kind_) {
    case Kind::None: return "None";
    case Kind::Array: {
      std::vector<std::int64_t> shape = array_.shape(), strides = array_.strides();
      return runtime::format_array(array_.data(), static_cast<parc_dtype>(array_.dtype()), array_.ndim(), shape.data(),
                                   strides.data());
    }
    case Kind::Tuple: {
      std::string out = "(";
      for (std::size_t i = 0; i < elements_.size(); ++i) out += (i ? ", " : "") + elements_[i].str();
      return out + (elements_.size() == 1 ? ",)" : ")");
    }
    case Kind::Number: break;
  }
  // Numbers print as print() prints them in a kernel.
  char* text = nullptr;
  std::size_t length = 0;
  std::FILE* stream = open_memstream(&text, &length);
  parc_context ctx = runtime::make_context(stream);
  if (dtype_ == Dtype::Bool) parc_print_bool(&ctx, uint_ != 0);
  else if (dtype_ == Dtype::Float64) parc_print_f64(&ctx, float_);
  else if (dtype_ == Dtype::Float32) parc_print_f32(&ctx, static_cast<float>(float_));
  else if (dtype_ == Dtype::UInt64 || dtype_ == Dtype::UInt32 || dtype_ == Dtype::UInt16 || dtype_ == Dtype::UInt8)
    parc_print_u64(&ctx, uint_);
  else parc_print_i64(&ctx, int_);
  std::fclose(stream);
  std::string out(text, length);
  std::free(text);
  return out;
}

// ------------------------------------------------------------------ Module

const std::shared_ptr<detail::ModuleState>& Module::state() const {
  if (!state_) throw Error("parc: an empty parc::Module: assign it the result of Jit::compile first");
  return state_;
}

std::vector<std::string> Module::functions() const { return state()->functions; }

Value Module::call(std::string_view function, const std::vector<Value>& args) const {
  std::vector<detail::ArgType> types(args.size());
  std::vector<void*> pointers(args.size());
  // Every argument in compiled code's layout, one after the other (an
  // array's descriptor is 2 + 2 * ndim words, a number one word).
  std::size_t words = 0;
  for (const Value& a : args) words += a.kind() == Value::Kind::Array ? 2 + 2 * a.array().shape().size() : 1;
  std::vector<std::int64_t> memory(words);
  std::int64_t* at = memory.data();
  for (std::size_t i = 0; i < args.size(); ++i) {
    const Value& a = args[i];
    pointers[i] = at;
    types[i].kind = a.kind();
    if (a.kind() == Value::Kind::Array) {
      const AnyArray& array = a.array();
      types[i] = {Value::Kind::Array, array.dtype(), array.ndim(), array.is_c_contiguous(), array.readonly()};
      array.write_descriptor(at);
      at += 2 + 2 * array.ndim();
      continue;
    }
    if (a.kind() != Value::Kind::Number) continue;  // refused when the entry is compiled
    types[i].dtype = a.dtype();
    switch (a.dtype()) {
      case Dtype::Bool: *reinterpret_cast<std::uint8_t*>(at) = a.as<bool>(); break;
      case Dtype::Int8: *reinterpret_cast<std::int8_t*>(at) = a.as<std::int8_t>(); break;
      case Dtype::Int16: *reinterpret_cast<std::int16_t*>(at) = a.as<std::int16_t>(); break;
      case Dtype::Int32: *reinterpret_cast<std::int32_t*>(at) = a.as<std::int32_t>(); break;
      case Dtype::UInt8: *reinterpret_cast<std::uint8_t*>(at) = a.as<std::uint8_t>(); break;
      case Dtype::UInt16: *reinterpret_cast<std::uint16_t*>(at) = a.as<std::uint16_t>(); break;
      case Dtype::UInt32: *reinterpret_cast<std::uint32_t*>(at) = a.as<std::uint32_t>(); break;
      case Dtype::UInt64: *reinterpret_cast<std::uint64_t*>(at) = a.as<std::uint64_t>(); break;
      case Dtype::Float32: *reinterpret_cast<float*>(at) = a.as<float>(); break;
      case Dtype::Float64: *reinterpret_cast<double*>(at) = a.as<double>(); break;
      case Dtype::Int64: *at = a.as<std::int64_t>(); break;
    }
    ++at;
  }
  return detail::call(state(), function, types.data(), types.size(), pointers.data());
}

void Module::run() const { state()->run_main(); }

// ------------------------------------------------------------------ Jit

Jit::Jit(Options options)
    : state_(detail::as_parc_errors([&] { return std::make_shared<detail::JitState>(options); })) {}
Jit::Jit(Jit&&) noexcept = default;
Jit& Jit::operator=(Jit&&) noexcept = default;
Jit::~Jit() = default;

Module Jit::compile(std::string_view source, std::string_view name) const {
  return detail::as_parc_errors([&] { return compile_module(source, name); });
}

Module Jit::compile_module(std::string_view source, std::string_view name) const {
  SourceManager sources;
  FileId file = sources.add(std::string(name), std::string(source));
  DiagnosticEngine diags;
  Compilation compiled;
  PipelineOptions options;
  options.boundscheck = state_->options.boundscheck;
  if (!parc::compile(sources, file, diags, options, Stage::Ir, compiled) || diags.has_errors())
    detail::throw_compile_error(diags, sources);
  std::vector<std::string> functions;
  for (const ast::StmtPtr& s : compiled.ast->body)
    if (const auto* def = ast::dyn_cast<ast::FunctionDef>(s.get())) functions.push_back(def->name);
  return Module(std::make_shared<detail::ModuleState>(state_, std::string(name), sources.file(file).text(),
                                                      std::move(functions),
                                                      state_->options.cache || wants_cache(*compiled.ast)));
}

Module Jit::compile_file(const std::string& path) const {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("parc: cannot read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return compile(text.str(), path);
}

}  // namespace parc
