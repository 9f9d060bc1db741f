#include "frontend/syntax_sink.h"

#include "frontend/token_loc.h"

#include <tuple>

namespace parc {

SourceLoc SyntaxSink::loc(const antlr4::Token* token) const { return token_loc(file_, token); }

Diagnostic* SyntaxSink::report(DiagCode code, SourceLoc loc, std::string message) {
  if (suppress_from_.valid() &&
      std::tie(loc.line, loc.col) >= std::tie(suppress_from_.line, suppress_from_.col))
    return nullptr;
  if (!lines_with_errors_.insert(loc.line).second) return nullptr;
  if (count_ == kMaxSyntaxErrors) {
    ++count_;
    diags_.error(DiagCode::SyntaxError, loc, "too many syntax errors; stopping here");
    return nullptr;
  }
  if (count_ > kMaxSyntaxErrors) return nullptr;
  ++count_;
  return &diags_.error(code, loc, std::move(message));
}

}  // namespace parc
