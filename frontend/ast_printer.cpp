#include "frontend/ast_printer.h"

#include "support/float_repr.h"

#include <cstdio>

namespace parc::ast {
namespace {

std::string quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

class Printer {
 public:
  std::string out;

  void stmt(const Stmt& s, int depth, const char* label = nullptr) {
    switch (s.kind) {
      case StmtKind::Import: {
        const auto& n = static_cast<const Import&>(s);
        line(depth, label, "Import " + n.module + (n.alias.empty() ? "" : " as " + n.alias), s.loc);
        break;
      }
      case StmtKind::ImportFrom: {
        const auto& n = static_cast<const ImportFrom&>(s);
        std::string names;
        for (const ImportedName& name : n.names)
          names += (names.empty() ? " " : ", ") + name.name + (name.alias.empty() ? "" : " as " + name.alias);
        line(depth, label, "ImportFrom " + n.module + ":" + names, s.loc);
        break;
      }
      case StmtKind::FunctionDef: {
        const auto& n = static_cast<const FunctionDef&>(s);
        line(depth, label, "FunctionDef " + n.name, s.loc);
        for (const ExprPtr& d : n.decorators) expr(*d, depth + 1, "decorator");
        for (const Param& p : n.params) {
          line(depth + 1, nullptr, "param " + p.name, p.loc);
          opt(p.annotation, depth + 2, "annotation");
          opt(p.default_value, depth + 2, "default");
        }
        opt(n.returns, depth + 1, "returns");
        body(n.body, depth + 1, "body");
        break;
      }
      case StmtKind::Return: {
        const auto& n = static_cast<const Return&>(s);
        line(depth, label, "Return", s.loc);
        opt(n.value, depth + 1, nullptr);
        break;
      }
      case StmtKind::Assign: {
        const auto& n = static_cast<const Assign&>(s);
        line(depth, label, "Assign", s.loc);
        for (const ExprPtr& t : n.targets) expr(*t, depth + 1, "target");
        expr(*n.value, depth + 1, "value");
        break;
      }
      case StmtKind::AugAssign: {
        const auto& n = static_cast<const AugAssign&>(s);
        line(depth, label, "AugAssign " + std::string(spelling(n.op)) + "=", s.loc);
        expr(*n.target, depth + 1, "target");
        expr(*n.value, depth + 1, "value");
        break;
      }
      case StmtKind::AnnAssign: {
        const auto& n = static_cast<const AnnAssign&>(s);
        line(depth, label, "AnnAssign", s.loc);
        expr(*n.target, depth + 1, "target");
        expr(*n.annotation, depth + 1, "annotation");
        opt(n.value, depth + 1, "value");
        break;
      }
      case StmtKind::If: {
        const auto& n = static_cast<const If&>(s);
        line(depth, label, "If", s.loc);
        expr(*n.test, depth + 1, "test");
        body(n.body, depth + 1, "body");
        body(n.orelse, depth + 1, "orelse");
        break;
      }
      case StmtKind::For: {
        const auto& n = static_cast<const For&>(s);
        line(depth, label, "For", s.loc);
        expr(*n.target, depth + 1, "target");
        expr(*n.iter, depth + 1, "iter");
        body(n.body, depth + 1, "body");
        break;
      }
      case StmtKind::While: {
        const auto& n = static_cast<const While&>(s);
        line(depth, label, "While", s.loc);
        expr(*n.test, depth + 1, "test");
        body(n.body, depth + 1, "body");
        break;
      }
      case StmtKind::Assert: {
        const auto& n = static_cast<const Assert&>(s);
        line(depth, label, "Assert", s.loc);
        expr(*n.test, depth + 1, "test");
        opt(n.msg, depth + 1, "msg");
        break;
      }
      case StmtKind::ExprStmt:
        line(depth, label, "ExprStmt", s.loc);
        expr(*static_cast<const ExprStmt&>(s).value, depth + 1, nullptr);
        break;
      case StmtKind::Break:
      case StmtKind::Continue:
      case StmtKind::Pass:
        line(depth, label, std::string(kind_name(s.kind)), s.loc);
        break;
    }
  }

  void expr(const Expr& e, int depth, const char* label) {
    std::string head(kind_name(e.kind));
    switch (e.kind) {
      case ExprKind::IntLit: line(depth, label, head + " " + std::to_string(static_cast<const IntLit&>(e).value), e.loc); return;
      case ExprKind::FloatLit: line(depth, label, head + " " + python_float_repr(static_cast<const FloatLit&>(e).value), e.loc); return;
      case ExprKind::BoolLit: line(depth, label, head + (static_cast<const BoolLit&>(e).value ? " True" : " False"), e.loc); return;
      case ExprKind::NoneLit: line(depth, label, head, e.loc); return;
      case ExprKind::StrLit: line(depth, label, head + " " + quote(static_cast<const StrLit&>(e).value), e.loc); return;
      case ExprKind::Name: line(depth, label, head + " " + static_cast<const Name&>(e).id, e.loc); return;
      case ExprKind::Attribute: {
        const auto& n = static_cast<const Attribute&>(e);
        line(depth, label, head + " ." + n.attr, e.loc);
        expr(*n.value, depth + 1, nullptr);
        return;
      }
      case ExprKind::Call: {
        const auto& n = static_cast<const Call&>(e);
        line(depth, label, head, e.loc);
        expr(*n.func, depth + 1, "func");
        for (const ExprPtr& a : n.args) expr(*a, depth + 1, "arg");
        for (const Keyword& k : n.keywords) expr(*k.value, depth + 1, ("keyword " + k.name).c_str());
        return;
      }
      case ExprKind::Subscript: {
        const auto& n = static_cast<const Subscript&>(e);
        line(depth, label, head + (n.is_tuple ? " tuple" : ""), e.loc);
        expr(*n.value, depth + 1, "value");
        for (const ExprPtr& i : n.indices) expr(*i, depth + 1, "index");
        return;
      }
      case ExprKind::Slice: {
        const auto& n = static_cast<const Slice&>(e);
        line(depth, label, head, e.loc);
        opt(n.lower, depth + 1, "lower");
        opt(n.upper, depth + 1, "upper");
        opt(n.step, depth + 1, "step");
        return;
      }
      case ExprKind::Tuple:
      case ExprKind::List: {
        const auto& elts = e.kind == ExprKind::Tuple ? static_cast<const Tuple&>(e).elts : static_cast<const List&>(e).elts;
        line(depth, label, head, e.loc);
        for (const ExprPtr& elt : elts) expr(*elt, depth + 1, nullptr);
        return;
      }
      case ExprKind::Starred:
        line(depth, label, head, e.loc);
        expr(*static_cast<const Starred&>(e).value, depth + 1, nullptr);
        return;
      case ExprKind::Unary: {
        const auto& n = static_cast<const Unary&>(e);
        line(depth, label, head + " " + std::string(spelling(n.op)), e.loc);
        expr(*n.operand, depth + 1, nullptr);
        return;
      }
      case ExprKind::Binary: {
        const auto& n = static_cast<const Binary&>(e);
        line(depth, label, head + " " + std::string(spelling(n.op)), e.loc);
        expr(*n.lhs, depth + 1, nullptr);
        expr(*n.rhs, depth + 1, nullptr);
        return;
      }
      case ExprKind::BoolOp: {
        const auto& n = static_cast<const BoolOp&>(e);
        line(depth, label, head + " " + std::string(spelling(n.op)), e.loc);
        for (const ExprPtr& v : n.values) expr(*v, depth + 1, nullptr);
        return;
      }
      case ExprKind::Compare: {
        const auto& n = static_cast<const Compare&>(e);
        for (CmpOp op : n.ops) head += " " + std::string(spelling(op));
        line(depth, label, head, e.loc);
        expr(*n.left, depth + 1, nullptr);
        for (const ExprPtr& c : n.comparators) expr(*c, depth + 1, nullptr);
        return;
      }
      case ExprKind::IfExp: {
        const auto& n = static_cast<const IfExp&>(e);
        line(depth, label, head, e.loc);
        expr(*n.test, depth + 1, "test");
        expr(*n.body, depth + 1, "body");
        expr(*n.orelse, depth + 1, "orelse");
        return;
      }
    }
  }

 private:
  void line(int depth, const char* label, const std::string& text, SourceLoc loc) {
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    if (label) out += std::string(label) + ": ";
    out += text + " @" + std::to_string(loc.line) + ":" + std::to_string(loc.col) + "\n";
  }
  void opt(const ExprPtr& e, int depth, const char* label) {
    if (e) expr(*e, depth, label);
  }
  void body(const Body& stmts, int depth, const char* label) {
    if (stmts.empty()) return;
    out.append(static_cast<std::size_t>(depth) * 2, ' ');
    out += std::string(label) + ":\n";
    for (const StmtPtr& s : stmts) stmt(*s, depth + 1);
  }
};

}  // namespace

std::string print_ast(const Module& module, const std::string& file_name) {
  Printer printer;
  printer.out = "Module " + file_name + "\n";
  for (const StmtPtr& s : module.body) printer.stmt(*s, 1);
  return printer.out;
}

}  // namespace parc::ast
