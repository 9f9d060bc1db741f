// Unit tests of the diagnostic renderer: header line, source line, caret.
#include "frontend/diagnostic_renderer.h"

#include <gtest/gtest.h>

namespace parc {
namespace {

TEST(DiagnosticRenderer, ErrorWithCaretUnderTheSpan) {
  SourceManager sources;
  FileId file = sources.add("k.py", "def f()\n    return 1\n");
  Diagnostic diag{DiagCode::SyntaxError, Severity::Error, SourceLoc{file, 1, 8, 0},
                  "expected ':' after function signature", {}};
  EXPECT_EQ(render_diagnostic(diag, sources),
            "k.py:1:8: error[E0001]: expected ':' after function signature\n"
            "    1 | def f()\n"
            "      |        ^\n");
}

}  // namespace
}  // namespace parc
