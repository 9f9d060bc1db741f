// parc's abstract syntax tree: what a kernel script says, independent of
// ANTLR. The frontend builds it (ast_builder.h); semantic analysis reads it.
// Every node carries the SourceLoc of the text it came from. Nodes are owned
// by unique_ptrs; the kind lists below are X-macros that drive kind names,
// the printer and casts.
#pragma once

#include "frontend/source_loc.h"
#include "support/dyn_cast.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parc::ast {

#define PARC_AST_EXPR_KINDS(X) \
  X(IntLit)                    \
  X(FloatLit)                  \
  X(BoolLit)                   \
  X(NoneLit)                   \
  X(StrLit)                    \
  X(Name)                      \
  X(Attribute)                 \
  X(Call)                      \
  X(Subscript)                 \
  X(Slice)                     \
  X(Tuple)                     \
  X(List)                      \
  X(Starred)                   \
  X(Unary)                     \
  X(Binary)                    \
  X(BoolOp)                    \
  X(Compare)                   \
  X(IfExp)

#define PARC_AST_STMT_KINDS(X) \
  X(Import)                    \
  X(ImportFrom)                \
  X(FunctionDef)               \
  X(Return)                    \
  X(Assign)                    \
  X(AugAssign)                 \
  X(AnnAssign)                 \
  X(If)                        \
  X(For)                       \
  X(While)                     \
  X(Break)                     \
  X(Continue)                  \
  X(Pass)                      \
  X(Assert)                    \
  X(ExprStmt)

enum class ExprKind {
#define PARC_AST_ENUM(name) name,
  PARC_AST_EXPR_KINDS(PARC_AST_ENUM)
};
enum class StmtKind { PARC_AST_STMT_KINDS(PARC_AST_ENUM)
#undef PARC_AST_ENUM
};

std::string_view kind_name(ExprKind kind);
std::string_view kind_name(StmtKind kind);

enum class BinaryOp { Add, Sub, Mul, MatMul, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd };
enum class UnaryOp { Plus, Neg, Invert, Not };
enum class CmpOp { Lt, Gt, Eq, Ge, Le, Ne, In, NotIn, Is, IsNot };
enum class BoolOpKind { And, Or };

// Python's spelling: "+", "//", "not", "is not", "and".
std::string_view spelling(BinaryOp op);
std::string_view spelling(UnaryOp op);
std::string_view spelling(CmpOp op);
std::string_view spelling(BoolOpKind op);

// ------------------------------------------------------------- expressions

struct Expr {
  Expr(ExprKind kind, SourceLoc loc) : kind(kind), loc(loc) {}
  virtual ~Expr() = default;
  const ExprKind kind;
  SourceLoc loc;
};
using ExprPtr = std::unique_ptr<Expr>;

// Python ints are unbounded; parc's are 64-bit. A literal above INT64_MAX
// (and at most UINT64_MAX) keeps its value here; sema decides its type.
struct IntLit : Expr {
  static constexpr ExprKind kKind = ExprKind::IntLit;
  IntLit(SourceLoc loc, std::uint64_t value) : Expr(kKind, loc), value(value) {}
  std::uint64_t value;
};

struct FloatLit : Expr {
  static constexpr ExprKind kKind = ExprKind::FloatLit;
  FloatLit(SourceLoc loc, double value) : Expr(kKind, loc), value(value) {}
  double value;
};

struct BoolLit : Expr {
  static constexpr ExprKind kKind = ExprKind::BoolLit;
  BoolLit(SourceLoc loc, bool value) : Expr(kKind, loc), value(value) {}
  bool value;
};

struct NoneLit : Expr {
  static constexpr ExprKind kKind = ExprKind::NoneLit;
  explicit NoneLit(SourceLoc loc) : Expr(kKind, loc) {}
};

// A string literal with escapes decoded (adjacent literals concatenated).
struct StrLit : Expr {
  static constexpr ExprKind kKind = ExprKind::StrLit;
  StrLit(SourceLoc loc, std::string value) : Expr(kKind, loc), value(std::move(value)) {}
  std::string value;
};

struct Name : Expr {
  static constexpr ExprKind kKind = ExprKind::Name;
  Name(SourceLoc loc, std::string id) : Expr(kKind, loc), id(std::move(id)) {}
  std::string id;
};

// value.attr
struct Attribute : Expr {
  static constexpr ExprKind kKind = ExprKind::Attribute;
  Attribute(SourceLoc loc, ExprPtr value, std::string attr, SourceLoc attr_loc)
      : Expr(kKind, loc), value(std::move(value)), attr(std::move(attr)), attr_loc(attr_loc) {}
  ExprPtr value;
  std::string attr;
  SourceLoc attr_loc;
};

struct Keyword {
  std::string name;
  SourceLoc loc;  // of the name
  ExprPtr value;
};

// func(args..., name=value...)
struct Call : Expr {
  static constexpr ExprKind kKind = ExprKind::Call;
  Call(SourceLoc loc, ExprPtr func, std::vector<ExprPtr> args, std::vector<Keyword> keywords)
      : Expr(kKind, loc), func(std::move(func)), args(std::move(args)), keywords(std::move(keywords)) {}
  ExprPtr func;
  std::vector<ExprPtr> args;
  std::vector<Keyword> keywords;
};

// value[i], value[i, j], value[1:-1, ::2]: one entry per comma-separated
// index; `a[i,]` has one index and is_tuple set, like Python's a[(i,)].
struct Subscript : Expr {
  static constexpr ExprKind kKind = ExprKind::Subscript;
  Subscript(SourceLoc loc, ExprPtr value, std::vector<ExprPtr> indices, bool is_tuple)
      : Expr(kKind, loc), value(std::move(value)), indices(std::move(indices)), is_tuple(is_tuple) {}
  ExprPtr value;
  std::vector<ExprPtr> indices;
  bool is_tuple;
};

// lower:upper:step, each part optional; only inside a Subscript.
struct Slice : Expr {
  static constexpr ExprKind kKind = ExprKind::Slice;
  Slice(SourceLoc loc, ExprPtr lower, ExprPtr upper, ExprPtr step)
      : Expr(kKind, loc), lower(std::move(lower)), upper(std::move(upper)), step(std::move(step)) {}
  ExprPtr lower, upper, step;  // each may be null
};

struct Tuple : Expr {
  static constexpr ExprKind kKind = ExprKind::Tuple;
  Tuple(SourceLoc loc, std::vector<ExprPtr> elts) : Expr(kKind, loc), elts(std::move(elts)) {}
  std::vector<ExprPtr> elts;
};

// [a, b, c]: only meaningful as an argument (np.array([...])); sema decides.
struct List : Expr {
  static constexpr ExprKind kKind = ExprKind::List;
  List(SourceLoc loc, std::vector<ExprPtr> elts) : Expr(kKind, loc), elts(std::move(elts)) {}
  std::vector<ExprPtr> elts;
};

// *value as a call argument (print(*t)); elsewhere rejected by the builder.
struct Starred : Expr {
  static constexpr ExprKind kKind = ExprKind::Starred;
  Starred(SourceLoc loc, ExprPtr value) : Expr(kKind, loc), value(std::move(value)) {}
  ExprPtr value;
};

struct Unary : Expr {
  static constexpr ExprKind kKind = ExprKind::Unary;
  Unary(SourceLoc loc, UnaryOp op, ExprPtr operand) : Expr(kKind, loc), op(op), operand(std::move(operand)) {}
  UnaryOp op;
  ExprPtr operand;
};

struct Binary : Expr {
  static constexpr ExprKind kKind = ExprKind::Binary;
  Binary(SourceLoc loc, BinaryOp op, ExprPtr lhs, ExprPtr rhs)
      : Expr(kKind, loc), op(op), lhs(std::move(lhs)), rhs(std::move(rhs)) {}
  BinaryOp op;
  ExprPtr lhs, rhs;
};

// a and b and c: two or more values, evaluated left to right, short-circuit.
struct BoolOp : Expr {
  static constexpr ExprKind kKind = ExprKind::BoolOp;
  BoolOp(SourceLoc loc, BoolOpKind op, std::vector<ExprPtr> values)
      : Expr(kKind, loc), op(op), values(std::move(values)) {}
  BoolOpKind op;
  std::vector<ExprPtr> values;
};

// a < b <= c: left, then ops[i] against comparators[i].
struct Compare : Expr {
  static constexpr ExprKind kKind = ExprKind::Compare;
  Compare(SourceLoc loc, ExprPtr left, std::vector<CmpOp> ops, std::vector<ExprPtr> comparators)
      : Expr(kKind, loc), left(std::move(left)), ops(std::move(ops)), comparators(std::move(comparators)) {}
  ExprPtr left;
  std::vector<CmpOp> ops;
  std::vector<ExprPtr> comparators;
};

// body if test else orelse
struct IfExp : Expr {
  static constexpr ExprKind kKind = ExprKind::IfExp;
  IfExp(SourceLoc loc, ExprPtr test, ExprPtr body, ExprPtr orelse)
      : Expr(kKind, loc), test(std::move(test)), body(std::move(body)), orelse(std::move(orelse)) {}
  ExprPtr test, body, orelse;
};

// -------------------------------------------------------------- statements

struct Stmt {
  Stmt(StmtKind kind, SourceLoc loc) : kind(kind), loc(loc) {}
  virtual ~Stmt() = default;
  const StmtKind kind;
  SourceLoc loc;
};
using StmtPtr = std::unique_ptr<Stmt>;
using Body = std::vector<StmtPtr>;

// import module [as alias]  (module may be dotted: "numpy.linalg")
struct Import : Stmt {
  static constexpr StmtKind kKind = StmtKind::Import;
  Import(SourceLoc loc, std::string module, std::string alias)
      : Stmt(kKind, loc), module(std::move(module)), alias(std::move(alias)) {}
  std::string module;
  std::string alias;  // empty: bound as the module's first component
};

struct ImportedName {
  std::string name;
  std::string alias;  // empty: bound as name
  SourceLoc loc;
};

// from module import name [as alias], ...
struct ImportFrom : Stmt {
  static constexpr StmtKind kKind = StmtKind::ImportFrom;
  ImportFrom(SourceLoc loc, std::string module, std::vector<ImportedName> names)
      : Stmt(kKind, loc), module(std::move(module)), names(std::move(names)) {}
  std::string module;
  std::vector<ImportedName> names;
};

struct Param {
  std::string name;
  SourceLoc loc;
  ExprPtr annotation;     // may be null; accepted and ignored by the compiler
  ExprPtr default_value;  // may be null
};

// @decorators def name(params) -> returns: body
struct FunctionDef : Stmt {
  static constexpr StmtKind kKind = StmtKind::FunctionDef;
  FunctionDef(SourceLoc loc, std::string name) : Stmt(kKind, loc), name(std::move(name)) {}
  std::string name;
  std::vector<ExprPtr> decorators;
  std::vector<Param> params;
  ExprPtr returns;  // may be null
  Body body;
};

struct Return : Stmt {
  static constexpr StmtKind kKind = StmtKind::Return;
  Return(SourceLoc loc, ExprPtr value) : Stmt(kKind, loc), value(std::move(value)) {}
  ExprPtr value;  // may be null
};

// t1 = t2 = value: targets are Name, Attribute, Subscript or Tuple of them.
struct Assign : Stmt {
  static constexpr StmtKind kKind = StmtKind::Assign;
  Assign(SourceLoc loc, std::vector<ExprPtr> targets, ExprPtr value)
      : Stmt(kKind, loc), targets(std::move(targets)), value(std::move(value)) {}
  std::vector<ExprPtr> targets;
  ExprPtr value;
};

// target op= value
struct AugAssign : Stmt {
  static constexpr StmtKind kKind = StmtKind::AugAssign;
  AugAssign(SourceLoc loc, ExprPtr target, BinaryOp op, ExprPtr value)
      : Stmt(kKind, loc), target(std::move(target)), op(op), value(std::move(value)) {}
  ExprPtr target;
  BinaryOp op;
  ExprPtr value;
};

// target: annotation [= value]
struct AnnAssign : Stmt {
  static constexpr StmtKind kKind = StmtKind::AnnAssign;
  AnnAssign(SourceLoc loc, ExprPtr target, ExprPtr annotation, ExprPtr value)
      : Stmt(kKind, loc), target(std::move(target)), annotation(std::move(annotation)), value(std::move(value)) {}
  ExprPtr target;
  ExprPtr annotation;
  ExprPtr value;  // may be null
};

// if/elif/else: an elif is an If alone in orelse.
struct If : Stmt {
  static constexpr StmtKind kKind = StmtKind::If;
  If(SourceLoc loc, ExprPtr test) : Stmt(kKind, loc), test(std::move(test)) {}
  ExprPtr test;
  Body body;
  Body orelse;
};

struct For : Stmt {
  static constexpr StmtKind kKind = StmtKind::For;
  For(SourceLoc loc, ExprPtr target, ExprPtr iter)
      : Stmt(kKind, loc), target(std::move(target)), iter(std::move(iter)) {}
  ExprPtr target;
  ExprPtr iter;
  Body body;
};

struct While : Stmt {
  static constexpr StmtKind kKind = StmtKind::While;
  While(SourceLoc loc, ExprPtr test) : Stmt(kKind, loc), test(std::move(test)) {}
  ExprPtr test;
  Body body;
};

struct Break : Stmt {
  static constexpr StmtKind kKind = StmtKind::Break;
  explicit Break(SourceLoc loc) : Stmt(kKind, loc) {}
};

struct Continue : Stmt {
  static constexpr StmtKind kKind = StmtKind::Continue;
  explicit Continue(SourceLoc loc) : Stmt(kKind, loc) {}
};

struct Pass : Stmt {
  static constexpr StmtKind kKind = StmtKind::Pass;
  explicit Pass(SourceLoc loc) : Stmt(kKind, loc) {}
};

struct Assert : Stmt {
  static constexpr StmtKind kKind = StmtKind::Assert;
  Assert(SourceLoc loc, ExprPtr test, ExprPtr msg) : Stmt(kKind, loc), test(std::move(test)), msg(std::move(msg)) {}
  ExprPtr test;
  ExprPtr msg;  // may be null
};

struct ExprStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::ExprStmt;
  ExprStmt(SourceLoc loc, ExprPtr value) : Stmt(kKind, loc), value(std::move(value)) {}
  ExprPtr value;
};

struct Module {
  FileId file = 0;
  Body body;
};

using parc::dyn_cast;

}  // namespace parc::ast
