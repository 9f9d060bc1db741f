#include "ir/printer.h"

#include "support/float_repr.h"

namespace parc::ir {
namespace {

class Printer {
 public:
  Printer(const Module& module, const Function& function) : module_(module), function_(function) {}

  std::string expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::Const: {
        const auto& c = static_cast<const Const&>(e);
        switch (e.type->kind) {
          case TypeKind::Bool: return c.i ? "True" : "False";
          case TypeKind::Int:
            return (e.type->is_signed ? std::to_string(static_cast<std::int64_t>(c.i)) : std::to_string(c.i)) + ":" +
                   type_name(e.type);
          case TypeKind::Float: return python_float_repr(c.f) + ":" + type_name(e.type);
          case TypeKind::None: return "None";
          case TypeKind::Str: return "\"" + c.s + "\"";
          case TypeKind::Tuple:
          case TypeKind::Array: return "?";
        }
        return "?";
      }
      case ExprKind::VarRef: return function_.vars[static_cast<const VarRef&>(e).var].name;
      case ExprKind::Unary: {
        const auto& u = static_cast<const Unary&>(e);
        return "(" + std::string(spelling(u.op)) + ":" + type_name(e.type) + " " + expr(*u.operand) + ")";
      }
      case ExprKind::Binary: {
        const auto& b = static_cast<const Binary&>(e);
        return "(" + std::string(spelling(b.op)) + ":" + type_name(e.type) + " " + expr(*b.lhs) + " " + expr(*b.rhs) + ")";
      }
      case ExprKind::Compare: {
        const auto& c = static_cast<const Compare&>(e);
        std::string out = "(" + expr(*c.operands[0]);
        for (std::size_t i = 0; i < c.ops.size(); ++i)
          out += " " + std::string(spelling(c.ops[i])) + " " + expr(*c.operands[i + 1]);
        return out + ")";
      }
      case ExprKind::Logical: {
        const auto& l = static_cast<const Logical&>(e);
        return "(" + std::string(l.op == LogicalOp::And ? "and" : "or") + ":" + type_name(e.type) + " " +
               expr(*l.lhs) + " " + expr(*l.rhs) + ")";
      }
      case ExprKind::Select: {
        const auto& s = static_cast<const Select&>(e);
        return "(select:" + type_name(e.type) + " " + expr(*s.cond) + " " + expr(*s.then) + " " + expr(*s.otherwise) + ")";
      }
      case ExprKind::Cast:
        return "(cast:" + type_name(e.type) + " " + expr(*static_cast<const Cast&>(e).operand) + ")";
      case ExprKind::Call: {
        const auto& c = static_cast<const Call&>(e);
        std::string out = "(call " + module_.functions[c.callee]->symbol;
        for (const ExprPtr& a : c.args) out += " " + expr(*a);
        return out + ")";
      }
      case ExprKind::Intrinsic: {
        const auto& c = static_cast<const Intrinsic&>(e);
        std::string out = "(" + std::string(intrinsic_name(c.intrinsic)) + ":" + type_name(e.type);
        for (const ExprPtr& a : c.args) out += " " + expr(*a);
        return out + ")";
      }
      case ExprKind::MakeTuple: {
        std::string out = "(tuple";
        for (const ExprPtr& a : static_cast<const MakeTuple&>(e).elements) out += " " + expr(*a);
        return out + ")";
      }
      case ExprKind::TupleGet: {
        const auto& g = static_cast<const TupleGet&>(e);
        return "(get " + expr(*g.tuple) + " " + std::to_string(g.index) + ")";
      }
      case ExprKind::ArrayNew: {
        const auto& n = static_cast<const ArrayNew&>(e);
        static const char* const kFills[] = {"empty", "zeros", "full", "arange", "linspace"};
        std::string out = "(new:" + type_name(e.type) + " " + kFills[static_cast<int>(n.fill)];
        if (n.shape) out += " shape=" + expr(*n.shape);
        if (n.like) out += " like=" + expr(*n.like);
        for (const ExprPtr& a : n.args) out += " " + expr(*a);
        return out + ")";
      }
      case ExprKind::ArrayIndex: {
        const auto& x = static_cast<const ArrayIndex&>(e);
        return "(index:" + type_name(e.type) + " " + expr(*x.array) + items(x.items) + ")";
      }
      case ExprKind::ArrayAttr: {
        const auto& a = static_cast<const ArrayAttr&>(e);
        static const char* const kAttrs[] = {"shape", "size", "dim", "ndim", "itemsize"};
        std::string out = "(" + std::string(kAttrs[static_cast<int>(a.attr)]) + " " + expr(*a.array);
        if (a.attr == ArrayAttrKind::Dim) out += " " + std::to_string(a.axis);
        return out + ")";
      }
      case ExprKind::ArrayMap: {
        const auto& m = static_cast<const ArrayMap&>(e);
        std::string out = "(map:" + type_name(e.type) + " [";
        for (std::size_t i = 0; i < m.inputs.size(); ++i) out += (i ? " " : "") + expr(*m.inputs[i]);
        return out + "] " + expr(*m.body) + ")";
      }
      case ExprKind::ElementRef: return "$" + std::to_string(static_cast<const ElementRef&>(e).input);
      case ExprKind::ArrayReduce: {
        const auto& r = static_cast<const ArrayReduce&>(e);
        return "(" + std::string(reduction_name(r.op)) + ":" + type_name(e.type) + " " + expr(*r.array) +
               (r.axis ? " axis=" + expr(*r.axis) : "") + ")";
      }
      case ExprKind::ArrayReshape: {
        const auto& r = static_cast<const ArrayReshape&>(e);
        return "(reshape:" + type_name(e.type) + " " + expr(*r.array) + (r.shape ? " " + expr(*r.shape) : "") + ")";
      }
      case ExprKind::ArrayTranspose:
        return "(transpose:" + type_name(e.type) + " " + expr(*static_cast<const ArrayTranspose&>(e).array) + ")";
      case ExprKind::ArraySort: return "(sort " + expr(*static_cast<const ArraySort&>(e).array) + ")";
      case ExprKind::ArrayDot: {
        const auto& d = static_cast<const ArrayDot&>(e);
        return std::string(d.matmul ? "(matmul:" : "(dot:") + type_name(e.type) + " " + expr(*d.lhs) + " " +
               expr(*d.rhs) + ")";
      }
    }
    return "?";
  }

  std::string items(const std::vector<IndexItem>& items) {
    std::string out;
    for (const IndexItem& item : items) {
      if (item.new_axis) {
        out += " newaxis";
        continue;
      }
      if (!item.is_slice) {
        out += std::string(item.is_mask ? " mask:" : " ") + expr(*item.index);
        continue;
      }
      out += " " + (item.start ? expr(*item.start) : "") + ":" + (item.stop ? expr(*item.stop) : "");
      if (item.step) out += ":" + expr(*item.step);
    }
    return out;
  }

  void block(const Block& stmts, int depth) {
    for (const StmtPtr& s : stmts) stmt(*s, depth);
  }

  void stmt(const Stmt& s, int depth) {
    std::string pad(static_cast<std::size_t>(depth) * 2, ' ');
    switch (s.kind) {
      case StmtKind::Assign: {
        const auto& a = static_cast<const Assign&>(s);
        out += pad + function_.vars[a.var].name + " = " + expr(*a.value) + "\n";
        return;
      }
      case StmtKind::If: {
        const auto& i = static_cast<const If&>(s);
        out += pad + "if " + expr(*i.cond) + " {\n";
        block(i.then, depth + 1);
        if (!i.otherwise.empty()) {
          out += pad + "} else {\n";
          block(i.otherwise, depth + 1);
        }
        out += pad + "}\n";
        return;
      }
      case StmtKind::While: {
        const auto& w = static_cast<const While&>(s);
        out += pad + "while " + expr(*w.cond) + " {\n";
        block(w.body, depth + 1);
        out += pad + "}\n";
        return;
      }
      case StmtKind::ForRange: {
        const auto& f = static_cast<const ForRange&>(s);
        out += pad + "for " + function_.vars[f.var].name + (f.parallel ? " in prange(" : " in range(") +
               expr(*f.start) + ", " + expr(*f.stop) + ", " + expr(*f.step) + ")";
        if (f.collapse > 1) out += " collapse=" + std::to_string(f.collapse);
        for (const Reduction& r : f.reductions)
          out += std::string(" reduce(") + spelling(r.op).data() + (r.array ? " array " : " ") +
                 function_.vars[r.var].name + ")";
        out += " {\n";
        block(f.body, depth + 1);
        out += pad + "}\n";
        return;
      }
      case StmtKind::Break: out += pad + "break\n"; return;
      case StmtKind::Continue: out += pad + "continue\n"; return;
      case StmtKind::Return: out += pad + "return " + expr(*static_cast<const Return&>(s).value) + "\n"; return;
      case StmtKind::Eval: out += pad + expr(*static_cast<const Eval&>(s).value) + "\n"; return;
      case StmtKind::Assert: out += pad + "assert " + expr(*static_cast<const Assert&>(s).cond) + "\n"; return;
      case StmtKind::Print: {
        const auto& p = static_cast<const Print&>(s);
        out += pad + "print";
        for (std::size_t i = 0; i < p.args.size(); ++i) out += std::string(p.spread[i] ? " *" : " ") + expr(*p.args[i]);
        out += "\n";
        return;
      }
      case StmtKind::ArrayStore: {
        const auto& a = static_cast<const ArrayStore&>(s);
        std::string list = items(a.items);
        if (!list.empty()) list.erase(0, 1);
        out += pad + expr(*a.array) + "[" + list + "] = " + expr(*a.value) + "\n";
        return;
      }
    }
  }

  std::string out;

 private:
  const Module& module_;
  const Function& function_;
};

}  // namespace

std::string print_function(const Module& module, const Function& function) {
  Printer printer(module, function);
  printer.out = "func " + function.symbol + "(";
  for (std::size_t i = 0; i < function.params.size(); ++i) {
    const Variable& v = function.vars[function.params[i]];
    printer.out += (i ? ", " : "") + v.name + ": " + type_name(v.type);
  }
  printer.out += ") -> " + type_name(function.return_type) + " {\n";
  printer.block(function.body, 1);
  printer.out += "}\n";
  return printer.out;
}

std::string print_module(const Module& module) {
  std::string out;
  for (const auto& f : module.functions) out += print_function(module, *f);
  return out;
}

}  // namespace parc::ir
