// Where the lexer and the parser report syntax errors. It turns tokens into
// SourceLocs and keeps the list readable: at most one syntax error per source
// line, nothing after an unclosed bracket that already explains the end of
// the file, and at most kMaxSyntaxErrors in all.
#pragma once

#include "frontend/diagnostics.h"

#include <cstddef>
#include <set>
#include <string>

namespace antlr4 {
class Token;
}

namespace parc {

class SyntaxSink {
 public:
  static constexpr std::size_t kMaxSyntaxErrors = 20;

  SyntaxSink(FileId file, DiagnosticEngine& diags) : file_(file), diags_(diags) {}

  FileId file() const { return file_; }
  SourceLoc loc(const antlr4::Token* token) const;
  // Reports unless the line already has an error or the list is full;
  // returns the diagnostic, or nullptr when it was dropped.
  Diagnostic* report(DiagCode code, SourceLoc loc, std::string message);
  // Errors at or after this place are consequences of an unclosed bracket.
  void suppress_from(SourceLoc loc) { suppress_from_ = loc; }
  std::size_t count() const { return count_; }
  bool has_error_on_line(std::uint32_t line) const { return lines_with_errors_.count(line) > 0; }

 private:
  FileId file_;
  DiagnosticEngine& diags_;
  std::set<std::uint32_t> lines_with_errors_;
  SourceLoc suppress_from_;
  std::size_t count_ = 0;
};

}  // namespace parc
