// parc's typed IR: a structured form of one specialised function (a
// function body for one tuple of argument types), where every expression
// has a type, every variable is a typed id, and Python's implicit
// conversions are explicit Casts. Built by ir/specialize.h, checked by
// ir/verifier.h, printed by ir/printer.h, lowered to LLVM by codegen/.
//
// The node kinds are X-macro lists; nodes are made through the constructors
// below, each of which takes the SourceLoc of the Python text it stands for.
#pragma once

#include "frontend/source_loc.h"
#include "support/dyn_cast.h"
#include "ir/types.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace parc::ir {

#define PARC_IR_EXPR_KINDS(X) \
  X(Const)                    \
  X(VarRef)                   \
  X(Unary)                    \
  X(Binary)                   \
  X(Compare)                  \
  X(Logical)                  \
  X(Select)                   \
  X(Cast)                     \
  X(Call)                     \
  X(Intrinsic)                \
  X(MakeTuple)                \
  X(TupleGet)                 \
  X(ArrayNew)                 \
  X(ArrayIndex)               \
  X(ArrayAttr)                \
  X(ArrayMap)                 \
  X(ElementRef)               \
  X(ArrayReduce)              \
  X(ArrayReshape)             \
  X(ArrayTranspose)           \
  X(ArraySort)                \
  X(ArrayDot)

#define PARC_IR_STMT_KINDS(X) \
  X(Assign)                   \
  X(If)                       \
  X(While)                    \
  X(ForRange)                 \
  X(Break)                    \
  X(Continue)                 \
  X(Return)                   \
  X(Eval)                     \
  X(Assert)                   \
  X(Print)                    \
  X(ArrayStore)

enum class ExprKind {
#define PARC_IR_ENUM(name) name,
  PARC_IR_EXPR_KINDS(PARC_IR_ENUM)
};
enum class StmtKind { PARC_IR_STMT_KINDS(PARC_IR_ENUM)
#undef PARC_IR_ENUM
};

std::string_view kind_name(ExprKind kind);
std::string_view kind_name(StmtKind kind);

using VarId = std::uint32_t;
using FunctionId = std::uint32_t;

enum class UnaryOp { Neg, Invert, Not };
// Operands and result share one type, except the shifts (int operands of
// the result type too) and Pow with a float result.
enum class BinaryOp { Add, Sub, Mul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor, Min, Max };
enum class CmpOp { Lt, Gt, Eq, Ge, Le, Ne };
enum class LogicalOp { And, Or };

// Calls into math and the runtime. Each has fixed operand and result types
// chosen by the specialiser. NumPy's ufuncs: Maximum and Minimum propagate
// NaN; Sign keeps a zero's sign and NaN; Where(cond, x, y) evaluates all
// three and picks x where the bool cond is true.
#define PARC_IR_INTRINSICS(X)                                                              \
  X(Sqrt, "sqrt") X(Exp, "exp") X(Expm1, "expm1") X(Log, "log") X(Log2, "log2")            \
  X(Log10, "log10") X(Log1p, "log1p") X(Sin, "sin") X(Cos, "cos") X(Tan, "tan")            \
  X(Asin, "asin") X(Acos, "acos") X(Atan, "atan") X(Atan2, "atan2") X(Sinh, "sinh")        \
  X(Cosh, "cosh") X(Tanh, "tanh") X(Floor, "floor") X(Ceil, "ceil") X(Trunc, "trunc")      \
  X(Fabs, "fabs") X(Hypot, "hypot") X(PowF, "pow") X(Copysign, "copysign") X(Fmod, "fmod") \
  X(Erf, "erf") X(Erfc, "erfc") X(Gamma, "gamma") X(Lgamma, "lgamma") X(IsNan, "isnan")    \
  X(IsInf, "isinf") X(IsFinite, "isfinite") X(Abs, "abs") X(RoundEven, "round")            \
  X(RoundDigits, "round_digits") X(PerfCounter, "perf_counter") X(SetNumThreads, "set_num_threads")            \
  X(GetNumThreads, "get_num_threads") X(Maximum, "maximum") X(Minimum, "minimum") X(Sign, "sign")             \
  X(Square, "square") X(Where, "where")

enum class IntrinsicKind {
#define PARC_IR_INTRINSIC_ENUM(name, text) name,
  PARC_IR_INTRINSICS(PARC_IR_INTRINSIC_ENUM)
#undef PARC_IR_INTRINSIC_ENUM
};
std::string_view intrinsic_name(IntrinsicKind kind);

std::string_view spelling(BinaryOp op);
std::string_view spelling(UnaryOp op);
std::string_view spelling(CmpOp op);

// ---------------------------------------------------------------- expressions

struct Expr {
  Expr(ExprKind kind, SourceLoc loc, TypeRef type) : kind(kind), loc(loc), type(type) {}
  virtual ~Expr() = default;
  const ExprKind kind;
  SourceLoc loc;
  TypeRef type;
};
using ExprPtr = std::unique_ptr<Expr>;

// A literal. Ints keep their bits in `i` (two's complement for signed types).
struct Const : Expr {
  static constexpr ExprKind kKind = ExprKind::Const;
  Const(SourceLoc loc, TypeRef type) : Expr(kKind, loc, type) {}
  std::uint64_t i = 0;
  double f = 0;
  std::string s;
};

struct VarRef : Expr {
  static constexpr ExprKind kKind = ExprKind::VarRef;
  VarRef(SourceLoc loc, TypeRef type, VarId var) : Expr(kKind, loc, type), var(var) {}
  VarId var;
};

struct Unary : Expr {
  static constexpr ExprKind kKind = ExprKind::Unary;
  Unary(SourceLoc loc, TypeRef type, UnaryOp op, ExprPtr operand)
      : Expr(kKind, loc, type), op(op), operand(std::move(operand)) {}
  UnaryOp op;
  ExprPtr operand;
};

struct Binary : Expr {
  static constexpr ExprKind kKind = ExprKind::Binary;
  Binary(SourceLoc loc, TypeRef type, BinaryOp op, ExprPtr lhs, ExprPtr rhs)
      : Expr(kKind, loc, type), op(op), lhs(std::move(lhs)), rhs(std::move(rhs)) {}
  BinaryOp op;
  ExprPtr lhs, rhs;
  // Integer // and % by zero give 0 (NumPy's array semantics) instead of
  // raising ZeroDivisionError (Python's).
  bool zero_on_zero_divisor = false;
};

// operands[0] ops[0] operands[1] ops[1] ...: each operand evaluated at most
// once, left to right, stopping at the first false link; pairs share a type.
struct Compare : Expr {
  static constexpr ExprKind kKind = ExprKind::Compare;
  Compare(SourceLoc loc, TypeRef type) : Expr(kKind, loc, type) {}
  std::vector<CmpOp> ops;
  std::vector<ExprPtr> operands;
};

// Python's and/or: the value of the operand that decided (both of `type`).
struct Logical : Expr {
  static constexpr ExprKind kKind = ExprKind::Logical;
  Logical(SourceLoc loc, TypeRef type, LogicalOp op, ExprPtr lhs, ExprPtr rhs)
      : Expr(kKind, loc, type), op(op), lhs(std::move(lhs)), rhs(std::move(rhs)) {}
  LogicalOp op;
  ExprPtr lhs, rhs;
};

// cond ? then : otherwise, with cond a bool; only the chosen side runs.
struct Select : Expr {
  static constexpr ExprKind kKind = ExprKind::Select;
  Select(SourceLoc loc, TypeRef type, ExprPtr cond, ExprPtr then, ExprPtr otherwise)
      : Expr(kKind, loc, type), cond(std::move(cond)), then(std::move(then)), otherwise(std::move(otherwise)) {}
  ExprPtr cond, then, otherwise;
};

// A numeric conversion to `type`: ints wrap or extend, floats to ints
// truncate toward zero, anything to bool is "!= 0"; a string, tuple or None
// converts to bool only (Python's truth: not empty).
struct Cast : Expr {
  static constexpr ExprKind kKind = ExprKind::Cast;
  Cast(SourceLoc loc, TypeRef type, ExprPtr operand) : Expr(kKind, loc, type), operand(std::move(operand)) {}
  ExprPtr operand;
};

struct Call : Expr {
  static constexpr ExprKind kKind = ExprKind::Call;
  Call(SourceLoc loc, TypeRef type, FunctionId callee, std::vector<ExprPtr> args)
      : Expr(kKind, loc, type), callee(callee), args(std::move(args)) {}
  FunctionId callee;
  std::vector<ExprPtr> args;
};

struct Intrinsic : Expr {
  static constexpr ExprKind kKind = ExprKind::Intrinsic;
  Intrinsic(SourceLoc loc, TypeRef type, IntrinsicKind intrinsic, std::vector<ExprPtr> args)
      : Expr(kKind, loc, type), intrinsic(intrinsic), args(std::move(args)) {}
  IntrinsicKind intrinsic;
  std::vector<ExprPtr> args;
};

struct MakeTuple : Expr {
  static constexpr ExprKind kKind = ExprKind::MakeTuple;
  MakeTuple(SourceLoc loc, TypeRef type, std::vector<ExprPtr> elements)
      : Expr(kKind, loc, type), elements(std::move(elements)) {}
  std::vector<ExprPtr> elements;
};

struct TupleGet : Expr {
  static constexpr ExprKind kKind = ExprKind::TupleGet;
  TupleGet(SourceLoc loc, TypeRef type, ExprPtr tuple, std::size_t index)
      : Expr(kKind, loc, type), tuple(std::move(tuple)), index(index) {}
  ExprPtr tuple;
  std::size_t index;
};

// --------------------------------------------------------------------- arrays
//
// Array values are descriptors (data, owner, shape, strides; see
// runtime/array.h). Every array-typed expression yields its own reference to
// the buffer; codegen drops references that are not kept.

// What fills a new array.
enum class ArrayFill { Empty, Zeros, Value, Arange, Linspace };

// A new C-contiguous array of `type`. Its shape is `shape` (a tuple of
// int64, one per axis), or that of `like` (an array) when set. `args` by
// fill: Value {value of the dtype}; Arange {start, stop, step} (all int64 or
// all float64; no shape: the length is computed as NumPy does); Linspace
// {start, stop} (float64) with shape (num,).
struct ArrayNew : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayNew;
  ArrayNew(SourceLoc loc, TypeRef type, ArrayFill fill) : Expr(kKind, loc, type), fill(fill) {}
  ArrayFill fill;
  ExprPtr shape;
  ExprPtr like;
  std::vector<ExprPtr> args;
};

// One item of an index: an int64 position (negative counts from the end), or
// a slice start:stop:step whose parts may be absent (nullptr), or a boolean
// mask (`is_mask`: `index` is a bool array covering the leading axes; it is
// then the only item, and array[mask] is a new C-contiguous array of the
// selected elements or rows, one axis for the mask's), or a new axis of
// length 1 (`new_axis`: None or np.newaxis; it consumes no axis of the array).
struct IndexItem {
  ExprPtr index;
  ExprPtr start, stop, step;
  bool is_slice = false;
  bool is_mask = false;
  bool new_axis = false;
};

// array[items]: an element (every axis indexed by a position) or a view
// sharing the array's buffer. Axes past the items are taken whole. With
// `boundscheck` an out-of-range position raises IndexError.
struct ArrayIndex : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayIndex;
  ArrayIndex(SourceLoc loc, TypeRef type, ExprPtr array, std::vector<IndexItem> items, bool boundscheck)
      : Expr(kKind, loc, type), array(std::move(array)), items(std::move(items)), boundscheck(boundscheck) {}
  ExprPtr array;
  std::vector<IndexItem> items;
  bool boundscheck;
};

// a.shape (a tuple of int64), a.size, a.shape[axis], a.ndim, a.itemsize.
enum class ArrayAttrKind { Shape, Size, Dim, Ndim, Itemsize };
struct ArrayAttr : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayAttr;
  ArrayAttr(SourceLoc loc, TypeRef type, ExprPtr array, ArrayAttrKind attr, int axis = 0)
      : Expr(kKind, loc, type), array(std::move(array)), attr(attr), axis(axis) {}
  ExprPtr array;
  ArrayAttrKind attr;
  int axis;
};

// An element-wise operation: a new C-contiguous array whose every element is
// `body` evaluated with ElementRef k standing for the element of input k at
// that position (or for input k itself when it is a scalar). The array
// inputs broadcast as in NumPy: shapes are aligned on their last axes, and
// an axis of length 1 (or a missing leading one) stretches to the others'
// length; any other difference is a ValueError. The result has the
// broadcast shape.
struct ArrayMap : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayMap;
  ArrayMap(SourceLoc loc, TypeRef type, std::vector<ExprPtr> inputs, ExprPtr body)
      : Expr(kKind, loc, type), inputs(std::move(inputs)), body(std::move(body)) {}
  std::vector<ExprPtr> inputs;
  ExprPtr body;
};

struct ElementRef : Expr {
  static constexpr ExprKind kKind = ExprKind::ElementRef;
  ElementRef(SourceLoc loc, TypeRef type, std::size_t input) : Expr(kKind, loc, type), input(input) {}
  std::size_t input;
};

// A reduction of the whole array to a scalar of `type` or, with `axis`
// (an int64; negative counts from the end; out of range: ValueError), along
// that axis to an array of `type` without it (a scalar for a 1-d array).
// CumSum and CumProd are the running sums and products of the flattened
// array (C order): a 1-d array of `type`; they take no axis.
#define PARC_IR_REDUCTIONS(X)                                                                                    \
  X(Sum, "sum") X(Prod, "prod") X(Min, "min") X(Max, "max") X(Mean, "mean") X(Var, "var") X(Std, "std")         \
  X(Median, "median") X(ArgMin, "argmin") X(ArgMax, "argmax") X(All, "all") X(Any, "any") X(CumSum, "cumsum")  \
  X(CumProd, "cumprod")
enum class ReduceKind {
#define PARC_IR_REDUCE_ENUM(name, text) name,
  PARC_IR_REDUCTIONS(PARC_IR_REDUCE_ENUM)
#undef PARC_IR_REDUCE_ENUM
};
std::string_view reduction_name(ReduceKind kind);

struct ArrayReduce : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayReduce;
  ArrayReduce(SourceLoc loc, TypeRef type, ReduceKind op, ExprPtr array, ExprPtr axis = nullptr)
      : Expr(kKind, loc, type), op(op), array(std::move(array)), axis(std::move(axis)) {}
  ReduceKind op;
  ExprPtr array;
  ExprPtr axis;  // null: the whole array; a Const is already in range and not negative
};

// array.reshape(shape) (`shape` a tuple of int64; one may be -1), or
// array.ravel() when `shape` is null: a view of a contiguous array, a
// C-contiguous copy otherwise.
struct ArrayReshape : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayReshape;
  ArrayReshape(SourceLoc loc, TypeRef type, ExprPtr array, ExprPtr shape)
      : Expr(kKind, loc, type), array(std::move(array)), shape(std::move(shape)) {}
  ExprPtr array;
  ExprPtr shape;
};

// array.T: a view with the axes reversed.
struct ArrayTranspose : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayTranspose;
  ArrayTranspose(SourceLoc loc, TypeRef type, ExprPtr array) : Expr(kKind, loc, type), array(std::move(array)) {}
  ExprPtr array;
};

// Sorts along the last axis: `array` in place (type None, a.sort()), or a
// sorted copy (type array, np.sort(a); `array` is then already a copy).
struct ArraySort : Expr {
  static constexpr ExprKind kKind = ExprKind::ArraySort;
  ArraySort(SourceLoc loc, TypeRef type, ExprPtr array) : Expr(kKind, loc, type), array(std::move(array)) {}
  ExprPtr array;
};

// np.dot(lhs, rhs) or lhs @ rhs on 1-d and 2-d arrays of one dtype (the
// result's): 1-d.1-d is a scalar (the sum of products), 2-d.1-d and 1-d.2-d
// a new 1-d array, 2-d.2-d a new C-contiguous 2-d array. Mismatched inner
// dimensions raise ValueError in NumPy's words for np.dot (`matmul` false)
// or for @. Float dtypes run on BLAS (runtime/blas.h), others in a loop.
struct ArrayDot : Expr {
  static constexpr ExprKind kKind = ExprKind::ArrayDot;
  ArrayDot(SourceLoc loc, TypeRef type, ExprPtr lhs, ExprPtr rhs, bool matmul)
      : Expr(kKind, loc, type), lhs(std::move(lhs)), rhs(std::move(rhs)), matmul(matmul) {}
  ExprPtr lhs, rhs;
  bool matmul;
};

// ----------------------------------------------------------------- statements

struct Stmt {
  Stmt(StmtKind kind, SourceLoc loc) : kind(kind), loc(loc) {}
  virtual ~Stmt() = default;
  const StmtKind kind;
  SourceLoc loc;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Block = std::vector<StmtPtr>;

struct Assign : Stmt {
  static constexpr StmtKind kKind = StmtKind::Assign;
  Assign(SourceLoc loc, VarId var, ExprPtr value) : Stmt(kKind, loc), var(var), value(std::move(value)) {}
  VarId var;
  ExprPtr value;
};

struct If : Stmt {
  static constexpr StmtKind kKind = StmtKind::If;
  If(SourceLoc loc, ExprPtr cond) : Stmt(kKind, loc), cond(std::move(cond)) {}
  ExprPtr cond;
  Block then, otherwise;
};

struct While : Stmt {
  static constexpr StmtKind kKind = StmtKind::While;
  While(SourceLoc loc, ExprPtr cond) : Stmt(kKind, loc), cond(std::move(cond)) {}
  ExprPtr cond;
  Block body;
};

// for var in range(start, stop, step): the bounds are evaluated once; a
// zero step raises ValueError, as in Python.
//
// A prange loop (`parallel`) runs its iterations in parallel; the
// analyze_prange pass fills in its reductions and how many perfectly nested
// prange loops it merges into one iteration space (`collapse`: 1 for itself
// alone, 2 when its body is exactly one more prange, ...).
struct Reduction {
  VarId var;
  BinaryOp op;  // Add (for += and -=), Mul, Min, Max, BitAnd, BitOr, BitXor
  bool array;   // `acc += row` on a whole array (op Add)
};

struct ForRange : Stmt {
  static constexpr StmtKind kKind = StmtKind::ForRange;
  ForRange(SourceLoc loc, VarId var, ExprPtr start, ExprPtr stop, ExprPtr step)
      : Stmt(kKind, loc), var(var), start(std::move(start)), stop(std::move(stop)), step(std::move(step)) {}
  VarId var;
  ExprPtr start, stop, step;
  Block body;
  bool parallel = false;
  std::vector<Reduction> reductions;
  int collapse = 1;
};

struct Break : Stmt {
  static constexpr StmtKind kKind = StmtKind::Break;
  explicit Break(SourceLoc loc) : Stmt(kKind, loc) {}
};

struct Continue : Stmt {
  static constexpr StmtKind kKind = StmtKind::Continue;
  explicit Continue(SourceLoc loc) : Stmt(kKind, loc) {}
};

struct Return : Stmt {
  static constexpr StmtKind kKind = StmtKind::Return;
  Return(SourceLoc loc, ExprPtr value) : Stmt(kKind, loc), value(std::move(value)) {}
  ExprPtr value;  // of the function's return type; a None Const for "return"
};

struct Eval : Stmt {
  static constexpr StmtKind kKind = StmtKind::Eval;
  Eval(SourceLoc loc, ExprPtr value) : Stmt(kKind, loc), value(std::move(value)) {}
  ExprPtr value;
};

struct Assert : Stmt {
  static constexpr StmtKind kKind = StmtKind::Assert;
  Assert(SourceLoc loc, ExprPtr cond, std::string message)
      : Stmt(kKind, loc), cond(std::move(cond)), message(std::move(message)) {}
  ExprPtr cond;
  std::string message;  // may be empty
};

// print(args..., sep=sep, end=end); a spread argument is a tuple printed
// as its elements (print(*t)).
struct Print : Stmt {
  static constexpr StmtKind kKind = StmtKind::Print;
  Print(SourceLoc loc, std::vector<ExprPtr> args, std::vector<bool> spread, std::string sep, std::string end)
      : Stmt(kKind, loc), args(std::move(args)), spread(std::move(spread)), sep(std::move(sep)), end(std::move(end)) {}
  std::vector<ExprPtr> args;
  std::vector<bool> spread;
  std::string sep, end;
};

// array[items] = value: one element (value of the dtype), or every element
// of the selected view (value a scalar of the dtype, or an array that
// broadcasts to the selection's shape; an overlapping source is copied
// first, as NumPy does). With a mask item, the selected elements (or rows)
// in order take the value's, which broadcasts to (count, rest of the axes).
struct ArrayStore : Stmt {
  static constexpr StmtKind kKind = StmtKind::ArrayStore;
  ArrayStore(SourceLoc loc, ExprPtr array, std::vector<IndexItem> items, TypeRef selected, ExprPtr value,
             bool boundscheck)
      : Stmt(kKind, loc), array(std::move(array)), items(std::move(items)), selected(selected),
        value(std::move(value)), boundscheck(boundscheck) {}
  ExprPtr array;
  std::vector<IndexItem> items;
  TypeRef selected;  // what array[items] would read: the dtype, or a view's type
  ExprPtr value;
  bool boundscheck;
};

// ------------------------------------------------------------------ functions

struct Variable {
  std::string name;
  TypeRef type;
  SourceLoc loc;
};

struct Function {
  std::string name;        // the Python name
  std::string symbol;      // unique across the module: "fib__int64"
  std::vector<VarId> params;
  std::vector<Variable> vars;
  TypeRef return_type = nullptr;
  Block body;
  SourceLoc loc;
  bool may_raise = false;  // it, or something it calls, can raise a runtime error
  bool parallel = false;   // @njit(parallel=True): array expressions and reductions run in parallel
  bool fastmath = false;   // @njit(fastmath=True): float operations may be reassociated, assume no NaN/inf
  std::vector<FunctionId> callees;
  // Seconds spent typing and building this specialisation (not the ones it
  // starts) and, once compile() has lowered it, lowering it to LLVM IR.
  double compile_seconds = 0;
};

struct Module {
  std::vector<std::unique_ptr<Function>> functions;
  FunctionId main = 0;  // the module-level statements, run in order
  std::vector<FunctionId> entries;  // SpecializeOptions::entries' specialisations
};

using parc::dyn_cast;

}  // namespace parc::ir
