// parc's embedding API: compile kernel scripts (the Python subset parc runs)
// from a C++ program and call their functions on the program's own memory.
//
//   parc::Jit jit;                                     // options: parc::Options
//   parc::Module m = jit.compile(source);              // parc::CompileError
//   auto norm = m.function<double(parc::ArrayRef<const double, 1>)>("norm");
//   double n = norm(values);                           // a plain native call
//   parc::Value v = m.call("norm", parc::ArrayRef<const double, 1>(values));
//
// Functions are specialised for the argument types of each call, as in a
// script: a typed handle (Module::function) does it once, when it is made,
// and checks the declared result type; the dynamic call (Module::call)
// specialises on the first call with new argument types and caches. Arrays
// cross without copies: ArrayRef views host memory, Array owns an array a
// kernel allocated. Errors are exceptions; nothing aborts the host. Every
// object here can be used from several threads at once. See docs/embedding.md.
//
// No LLVM or ANTLR header is included here.
#pragma once

#include "parc/version.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <memory>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <vector>

namespace parc {

// ------------------------------------------------------------------ dtypes

// NumPy's dtypes that parc has, in the runtime's numbering.
enum class Dtype : std::int32_t { Bool, Int8, Int16, Int32, Int64, UInt8, UInt16, UInt32, UInt64, Float32, Float64 };

// "float64", "int32", "bool", ...
std::string_view dtype_name(Dtype dtype);

namespace detail {
template <class T>
constexpr Dtype dtype_for() {
  using U = std::remove_cv_t<T>;
  if constexpr (std::is_same_v<U, bool>) return Dtype::Bool;
  else if constexpr (std::is_same_v<U, float>) return Dtype::Float32;
  else if constexpr (std::is_same_v<U, double>) return Dtype::Float64;
  else if constexpr (std::is_integral_v<U> && std::is_signed_v<U>)
    return sizeof(U) == 1 ? Dtype::Int8 : sizeof(U) == 2 ? Dtype::Int16 : sizeof(U) == 4 ? Dtype::Int32 : Dtype::Int64;
  else if constexpr (std::is_integral_v<U>)
    return sizeof(U) == 1 ? Dtype::UInt8 : sizeof(U) == 2 ? Dtype::UInt16 : sizeof(U) == 4 ? Dtype::UInt32 : Dtype::UInt64;
  else static_assert(sizeof(U) == 0, "parc: no dtype for this C++ type (use bool, a sized integer, float or double)");
}
}  // namespace detail

// The dtype of a C++ element type: dtype_of<double> is Dtype::Float64.
template <class T>
inline constexpr Dtype dtype_of = detail::dtype_for<T>();

// ------------------------------------------------------------------ errors

// A located message from the compiler.
struct CompileDiagnostic {
  std::string file;  // the module's name
  int line = 0;      // 1-based; 0 when the message concerns the whole module
  int column = 0;    // 1-based
  bool is_error = true;
  std::string code;  // "E0102"
  std::string message;
};

// Any error of parc; also a misuse of the API (an unknown function, an
// argument of the wrong dtype or dimension count, a host buffer whose
// layout is not the declared one).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The script does not compile (what(): the diagnostics rendered with the
// source lines, as `parc check` prints them).
class CompileError : public Error {
 public:
  CompileError(const std::string& rendered, std::vector<CompileDiagnostic> diagnostics)
      : Error(rendered), diagnostics_(std::move(diagnostics)) {}
  const std::vector<CompileDiagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<CompileDiagnostic> diagnostics_;
};

// A kernel raised an error while running (what(): "k.py:3: ZeroDivisionError:
// division by zero").
class RuntimeError : public Error {
 public:
  RuntimeError(const std::string& what, std::string kind, std::string file, int line)
      : Error(what), kind_(std::move(kind)), file_(std::move(file)), line_(line) {}
  const std::string& kind() const { return kind_; }  // "ZeroDivisionError", "IndexError", ...
  const std::string& file() const { return file_; }
  int line() const { return line_; }

 private:
  std::string kind_, file_;
  int line_;
};

// ------------------------------------------------------------------ arrays

// How an array's elements lie: row-major without gaps (C), or any strides.
// A kernel specialised for C arrays indexes without strides and vectorises.
enum class Layout { C, Strided };

namespace detail {
// An array as compiled code sees it (strides count elements, not bytes).
template <int N>
struct Descriptor {
  void* data = nullptr;
  void* owner = nullptr;  // the runtime's buffer, or null for host memory
  std::int64_t shape[N] = {};
  std::int64_t strides[N] = {};
};
void retain(void* owner) noexcept;
void release(void* owner) noexcept;
[[noreturn]] void throw_error(const std::string& message);
bool is_row_major(int ndim, const std::int64_t* shape, const std::int64_t* strides);
}  // namespace detail

// A view of host memory as an N-d array of T, for passing to kernels: no
// copy, the kernel reads and writes the host's buffer. The memory must
// outlive the calls. Strides count elements; with Layout::C they must be
// row-major (checked when the view is made).
template <class T, int N, Layout L = Layout::C>
class ArrayRef {
  static_assert(N >= 1, "parc: arrays have at least one dimension");

 public:
  using element_type = T;
  static constexpr int ndim = N;
  static constexpr Layout layout = L;

  // Row-major memory of this shape.
  ArrayRef(T* data, const std::array<std::int64_t, N>& shape) {
    d_.data = const_cast<std::remove_const_t<T>*>(data);
    std::int64_t stride = 1;
    for (int i = N - 1; i >= 0; --i) {
      if (shape[i] < 0) detail::throw_error("parc: negative dimension in an array shape");
      d_.shape[i] = shape[i];
      d_.strides[i] = stride;
      stride *= shape[i];
    }
  }
  // Memory of this shape with these strides (in elements).
  ArrayRef(T* data, const std::array<std::int64_t, N>& shape, const std::array<std::int64_t, N>& strides)
      : ArrayRef(data, shape) {
    for (int i = 0; i < N; ++i) {
      if (L == Layout::C && strides[i] != d_.strides[i] && shape[i] > 1)
        detail::throw_error("parc: the strides are not row-major: use parc::ArrayRef<T, N, parc::Layout::Strided>");
      d_.strides[i] = strides[i];
    }
  }
  // A vector or span as a 1-d array, or as a row-major array of `shape`
  // (whose size must be the vector's).
  template <class Range>
    requires requires(Range& r) { std::span<T>(r); }
  ArrayRef(Range& range) : ArrayRef(std::span<T>(range).data(), {static_cast<std::int64_t>(std::span<T>(range).size())}) {
    static_assert(N == 1, "parc: give a shape to view a vector as an N-d array");
  }
  template <class Range>
    requires requires(Range& r) { std::span<T>(r); }
  ArrayRef(Range& range, const std::array<std::int64_t, N>& shape) : ArrayRef(std::span<T>(range).data(), shape) {
    if (static_cast<std::int64_t>(std::span<T>(range).size()) != size())
      detail::throw_error("parc: the shape does not match the buffer's size");
  }
  // A non-const view as a const one, a C view as a strided one, and a
  // strided view (an Array from a kernel) as a C one if its memory is
  // row-major (else Error).
  template <class U, Layout M>
    requires(std::is_convertible_v<U*, T*>)
  ArrayRef(const ArrayRef<U, N, M>& other) {
    std::memcpy(&d_, &other.descriptor(), sizeof d_);
    if (L == Layout::C && M == Layout::Strided && !detail::is_row_major(N, d_.shape, d_.strides))
      detail::throw_error("parc: the array is not row-major: pass it as parc::ArrayRef<T, N, parc::Layout::Strided>");
  }

  T* data() const { return static_cast<T*>(d_.data); }
  std::int64_t shape(int axis) const { return d_.shape[axis]; }
  std::int64_t stride(int axis) const { return d_.strides[axis]; }
  std::int64_t size() const {
    std::int64_t n = 1;
    for (int i = 0; i < N; ++i) n *= d_.shape[i];
    return n;
  }
  template <class... I>
    requires(sizeof...(I) == N)
  T& operator()(I... index) const {
    std::int64_t at[] = {static_cast<std::int64_t>(index)...};
    std::int64_t offset = 0;
    for (int i = 0; i < N; ++i) offset += at[i] * d_.strides[i];
    return data()[offset];
  }

  const detail::Descriptor<N>& descriptor() const { return d_; }

 protected:
  ArrayRef() = default;
  detail::Descriptor<N> d_;
};

// An array a kernel allocated, owned by reference counting: copies share
// the elements, the last one frees them. Converts to an ArrayRef to pass it
// back to kernels. (A kernel that returns a host array it was given returns
// a view of that host memory, which this then does not own.)
template <class T, int N>
class Array : public ArrayRef<T, N, Layout::Strided> {
 public:
  Array() = default;
  // Takes over one reference held by `d`.
  explicit Array(const detail::Descriptor<N>& d) { this->d_ = d; }
  Array(const Array& other) : ArrayRef<T, N, Layout::Strided>(other) { detail::retain(this->d_.owner); }
  Array(Array&& other) noexcept : ArrayRef<T, N, Layout::Strided>(other) { other.d_ = {}; }
  Array& operator=(Array other) noexcept {
    std::swap(this->d_, other.d_);
    return *this;
  }
  ~Array() { detail::release(this->d_.owner); }
};

// An array of any dtype and dimension count, for dynamic calls: a view of
// host memory or (when it came back from a kernel) an owner of its buffer.
class AnyArray {
 public:
  AnyArray() = default;
  template <class T, int N, Layout L>
  AnyArray(const ArrayRef<T, N, L>& array)  // NOLINT: implicit, as a view
      : dtype_(dtype_of<T>), readonly_(std::is_const_v<T>), data_(array.descriptor().data),
        shape_(array.descriptor().shape, array.descriptor().shape + N),
        strides_(array.descriptor().strides, array.descriptor().strides + N) {
    adopt(array.descriptor().owner);
  }
  // A view of `data` (row-major when `strides` is empty).
  AnyArray(Dtype dtype, void* data, std::vector<std::int64_t> shape, std::vector<std::int64_t> strides = {});
  AnyArray(const AnyArray& other);
  AnyArray(AnyArray&& other) noexcept;
  AnyArray& operator=(AnyArray other) noexcept;
  ~AnyArray();

  Dtype dtype() const { return dtype_; }
  int ndim() const { return static_cast<int>(shape_.size()); }
  void* data() const { return data_; }
  const std::vector<std::int64_t>& shape() const { return shape_; }
  const std::vector<std::int64_t>& strides() const { return strides_; }
  std::int64_t size() const;
  bool is_c_contiguous() const;
  bool owns_data() const { return owner_ != nullptr; }
  // A view of const elements (made from an ArrayRef<const T, N>): kernels may not write it.
  bool readonly() const { return readonly_; }

  // This array as a typed one; Error when the dtype or ndim differ.
  template <class T, int N>
  Array<T, N> as() const {
    check(dtype_of<T>, N);
    if (readonly_ && !std::is_const_v<T>) detail::throw_error("parc: the array is read-only: ask for as<const T, N>()");
    detail::Descriptor<N> d;
    d.data = data_;
    d.owner = owner_;
    for (int i = 0; i < N; ++i) d.shape[i] = shape_[i], d.strides[i] = strides_[i];
    detail::retain(owner_);
    return Array<T, N>(d);
  }

  // From a descriptor in compiled code's layout (takes over its reference).
  static AnyArray adopt_descriptor(Dtype dtype, int ndim, bool readonly, const void* descriptor);
  // Writes this array's descriptor (the view, no new reference) at `out`.
  void write_descriptor(void* out) const;

 private:
  void adopt(void* owner);
  void check(Dtype dtype, int ndim) const;
  Dtype dtype_ = Dtype::Float64;
  bool readonly_ = false;
  void* data_ = nullptr;
  void* owner_ = nullptr;
  std::vector<std::int64_t> shape_, strides_;
};

// ------------------------------------------------------------------ values

// An argument or result of a dynamic call: None, a number (with its exact
// dtype), an array, or a tuple of values.
class Value {
 public:
  enum class Kind { None, Number, Array, Tuple };

  Value() = default;  // None
  template <class T>
    requires std::is_arithmetic_v<T>
  Value(T number)  // NOLINT: implicit, as Python numbers
      : kind_(Kind::Number), dtype_(dtype_of<T>) {
    if constexpr (std::is_floating_point_v<T>) float_ = static_cast<double>(number);
    else if constexpr (std::is_signed_v<T>) int_ = static_cast<std::int64_t>(number);
    else uint_ = static_cast<std::uint64_t>(number);
  }
  Value(AnyArray array) : kind_(Kind::Array), array_(std::move(array)) {}  // NOLINT: implicit
  template <class T, int N, Layout L>
  Value(const ArrayRef<T, N, L>& array) : Value(AnyArray(array)) {}  // NOLINT: implicit
  static Value tuple(std::vector<Value> elements);

  Kind kind() const { return kind_; }
  bool is_none() const { return kind_ == Kind::None; }
  // Number and Array only: the dtype.
  Dtype dtype() const { return kind_ == Kind::Array ? array_.dtype() : dtype_; }
  // The number converted to T (as a C++ cast would); Error if no number.
  template <class T>
  T as() const {
    if (kind_ != Kind::Number) detail::throw_error("parc: the value is not a number");
    if (dtype_ == Dtype::Float32 || dtype_ == Dtype::Float64) return static_cast<T>(float_);
    if (dtype_ == Dtype::Bool || dtype_ == Dtype::UInt64 || dtype_ == Dtype::UInt32 || dtype_ == Dtype::UInt16 ||
        dtype_ == Dtype::UInt8)
      return static_cast<T>(uint_);
    return static_cast<T>(int_);
  }
  const AnyArray& array() const;                 // Error if no array
  const std::vector<Value>& elements() const;    // Error if no tuple
  const Value& operator[](std::size_t i) const { return elements().at(i); }

  // Python's str() of the value as print() shows it ("1.5", "(1, 2.0)", NumPy's str of arrays).
  std::string str() const;

 private:
  Kind kind_ = Kind::None;
  Dtype dtype_ = Dtype::Int64;
  std::int64_t int_ = 0;
  std::uint64_t uint_ = 0;
  double float_ = 0;
  AnyArray array_;
  std::vector<Value> elements_;
};

// ------------------------------------------------------------------ compiling

enum class ThreadingLayer {
  Default,  // PARC_THREADING_LAYER, else OpenMP
  OpenMP,   // libomp
  Threads,  // parc's own thread pool
};

struct Options {
  int opt_level = 3;          // 0..3
  int threads = 0;            // threads for prange loops; 0: PARC_NUM_THREADS, OMP_NUM_THREADS or the cores
  ThreadingLayer threading_layer = ThreadingLayer::Default;
  bool boundscheck = false;   // every function as @njit(boundscheck=True)
  bool fastmath = false;      // every function as @njit(fastmath=True)
  bool cache = false;         // cache compiled code on disk (as @njit(cache=True) in every function)
  std::string cache_dir;      // empty: PARC_CACHE_DIR, else ~/.cache/parc
  std::FILE* out = nullptr;   // where kernels' print() writes; null: stdout
};

namespace detail {
class ModuleState;
class JitState;

// The type of an argument: a number or an array (of row-major memory or not).
struct ArgType {
  Value::Kind kind = Value::Kind::Number;
  Dtype dtype = Dtype::Int64;
  int ndim = 0;
  bool c_layout = false;
  bool readonly = false;  // an array of const elements: the kernel must not write it
};

// The type of a result.
struct TypeSpec {
  Value::Kind kind = Value::Kind::None;
  Dtype dtype = Dtype::Int64;
  int ndim = 0;
  bool c_layout = false;  // arrays: specialise for row-major memory
  std::vector<TypeSpec> elements;
  bool readonly = false;  // arrays: a view of a const host array
};

// A compiled specialisation: calls `code(ctx, args, result)` on a context.
struct EntryPoint {
  void (*code)(void* ctx, void* const* args, void* result) = nullptr;
  const ModuleState* module = nullptr;
  TypeSpec result;
};

// Runs an entry point; throws RuntimeError when the kernel raised.
void invoke(const EntryPoint& entry, void* const* args, void* result);

// The declared types of a typed handle.
template <class T>
struct TypeOf {
  static_assert(std::is_arithmetic_v<T>, "parc: a typed handle takes and returns numbers, parc::ArrayRef and parc::Array");
  static ArgType arg() { return {Value::Kind::Number, dtype_of<T>, 0, false, false}; }
  static TypeSpec result() { return {Value::Kind::Number, dtype_of<T>, 0, false, {}}; }
};
template <>
struct TypeOf<void> {
  static TypeSpec result() { return {}; }
};
template <class T, int N, Layout L>
struct TypeOf<ArrayRef<T, N, L>> {
  static ArgType arg() { return {Value::Kind::Array, dtype_of<T>, N, L == Layout::C, std::is_const_v<T>}; }
};
template <class T, int N>
struct TypeOf<Array<T, N>> {
  static ArgType arg() { return {Value::Kind::Array, dtype_of<T>, N, false, std::is_const_v<T>}; }
  static TypeSpec result() { return {Value::Kind::Array, dtype_of<T>, N, false, {}, std::is_const_v<T>}; }
};

// A dynamic call's argument: its actual type (an array's actual layout).
template <class T>
ArgType argument_type(const T& value) {
  if constexpr (std::is_arithmetic_v<T>) {
    return TypeOf<T>::arg();
  } else {
    const auto& d = value.descriptor();
    constexpr int N = T::ndim;
    return {Value::Kind::Array, dtype_of<typename T::element_type>, N,
            T::layout == Layout::C || is_row_major(N, d.shape, d.strides), std::is_const_v<typename T::element_type>};
  }
}

template <class T>
const void* argument_address(const T& value) {
  if constexpr (std::is_arithmetic_v<T>) return &value;
  else return &value.descriptor();
}

template <class T>
inline constexpr bool is_native_argument = std::is_arithmetic_v<T> || requires { T::ndim; };

const EntryPoint& typed_entry(const std::shared_ptr<ModuleState>& module, std::string_view name, const ArgType* args,
                              std::size_t count, const TypeSpec& result);
// Calls `name` with `count` arguments of these types at these addresses.
Value call(const std::shared_ptr<ModuleState>& module, std::string_view name, const ArgType* types,
           std::size_t count, void* const* args);
}  // namespace detail

template <class Signature>
class Function;

// A typed handle on one specialisation: calling it is a native call. Made
// by Module::function, which compiles and checks the result type once.
template <class R, class... A>
class Function<R(A...)> {
 public:
  // An empty handle, to be assigned one from Module::function (calling it before is an Error).
  Function() = default;

  R operator()(const A&... args) const {
    if (!entry_) detail::throw_error("parc: an empty parc::Function: assign it the result of Module::function first");
    void* const argv[sizeof...(A) + 1] = {const_cast<void*>(detail::argument_address(args))..., nullptr};
    if constexpr (std::is_void_v<R>) {
      detail::invoke(*entry_, argv, nullptr);
    } else if constexpr (std::is_arithmetic_v<R>) {
      R result{};
      detail::invoke(*entry_, argv, &result);
      return result;
    } else {
      detail::Descriptor<R::ndim> result;
      detail::invoke(*entry_, argv, &result);
      return R(result);
    }
  }

 private:
  friend class Module;
  Function(std::shared_ptr<detail::ModuleState> module, const detail::EntryPoint* entry)
      : module_(std::move(module)), entry_(entry) {}
  std::shared_ptr<detail::ModuleState> module_;  // keeps the code alive
  const detail::EntryPoint* entry_ = nullptr;
};

// A compiled script. Cheap to copy (copies share the code); usable from
// several threads at once.
class Module {
 public:
  // The script's function names, in order.
  std::vector<std::string> functions() const;

  // A dynamic call: specialises on the first call with these argument
  // types, then reuses the code. CompileError when the function does not
  // type-check for them, RuntimeError when it raises.
  Value call(std::string_view function, const std::vector<Value>& args) const;
  // The same with the arguments given one by one: numbers, ArrayRef, Array
  // or Value.
  template <class... A>
  Value operator()(std::string_view function, const A&... args) const {
    if constexpr ((detail::is_native_argument<A> && ...)) {
      const detail::ArgType types[sizeof...(A) + 1] = {detail::argument_type(args)..., {}};
      void* const argv[sizeof...(A) + 1] = {const_cast<void*>(detail::argument_address(args))..., nullptr};
      return detail::call(state(), function, types, sizeof...(A), argv);
    } else {
      return call(function, std::vector<Value>{Value(args)...});
    }
  }

  // A typed handle: `function<double(parc::ArrayRef<const double, 1>, double)>("f")`.
  // Compiles now; Error when the function returns another type.
  template <class Signature>
  Function<Signature> function(std::string_view name) const {
    return make_function(name, static_cast<Signature*>(nullptr));
  }

  // Runs the module-level statements, as `parc run` does (print() output to
  // Options::out); RuntimeError when they raise.
  void run() const;

  // An empty module, to be assigned one from Jit::compile (using it before is an Error).
  Module() = default;

 private:
  friend class Jit;
  explicit Module(std::shared_ptr<detail::ModuleState> state) : state_(std::move(state)) {}
  const std::shared_ptr<detail::ModuleState>& state() const;
  template <class R, class... A>
  Function<R(A...)> make_function(std::string_view name, R (*)(A...)) const {
    static_assert(std::is_arithmetic_v<R> || std::is_void_v<R> || requires { R::ndim; },
                  "parc: a typed handle returns void, a number or a parc::Array");
    const detail::ArgType args[sizeof...(A) + 1] = {detail::TypeOf<std::remove_cvref_t<A>>::arg()..., {}};
    const detail::EntryPoint& entry = detail::typed_entry(state(), name, args, sizeof...(A), detail::TypeOf<R>::result());
    return Function<R(A...)>(state_, &entry);
  }
  std::shared_ptr<detail::ModuleState> state_;
};

// The compiler: options, the parallel runtime's threads, and the code cache
// for the modules it compiles. Thread-safe.
class Jit {
 public:
  explicit Jit(Options options = {});
  ~Jit();
  Jit(Jit&&) noexcept;
  Jit& operator=(Jit&&) noexcept;

  // Parses and type-checks a script; CompileError with its diagnostics.
  // `name` is the file name diagnostics and runtime errors show.
  Module compile(std::string_view source, std::string_view name = "<string>") const;
  // The same for a file on disk; Error when it cannot be read.
  Module compile_file(const std::string& path) const;

 private:
  Module compile_module(std::string_view source, std::string_view name) const;
  std::shared_ptr<detail::JitState> state_;
};

}  // namespace parc
