// Unit tests of the diagnostic renderer: header line, source line, caret.
#include "frontend/diagnostic_renderer.h"

#include <gtest/gtest.h>

#include <sys/resource.h>

#include <cstdlib>
#include <string>

namespace parc {
namespace {

Diagnostic error_at(SourceLoc loc, std::string message, DiagCode code = DiagCode::SyntaxError) {
  return Diagnostic{code, Severity::Error, loc, std::move(message), {}};
}

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

TEST(DiagnosticRenderer, MultiCharacterSpanGetsTildes) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = 1\ny = 0123\n");
  EXPECT_EQ(render_diagnostic(error_at({file, 2, 5, 4}, "leading zeros", DiagCode::InvalidLiteral), sources),
            "k.py:2:5: error[E0009]: leading zeros\n"
            "    2 | y = 0123\n"
            "      |     ^~~~\n");
}

TEST(DiagnosticRenderer, GutterGrowsWithTheLineNumber) {
  SourceManager sources;
  std::string text;
  for (int i = 1; i <= 11; ++i) text += "x = " + std::to_string(i) + "\n";
  text += "if y\n";
  FileId file = sources.add("k.py", text);
  EXPECT_EQ(render_diagnostic(error_at({file, 12, 5, 0}, "expected ':'"), sources),
            "k.py:12:5: error[E0001]: expected ':'\n"
            "    12 | if y\n"
            "       |     ^\n");
}

TEST(DiagnosticRenderer, CaretUnderTabIndentedTextKeepsTheTabs) {
  SourceManager sources;
  FileId file = sources.add("k.py", "if x:\n\t\ty = $\n");
  // Column 7 is the '$': two tabs and "y = " before it.
  EXPECT_EQ(render_diagnostic(error_at({file, 2, 7, 1}, "invalid character", DiagCode::InvalidCharacter), sources),
            "k.py:2:7: error[E0006]: invalid character\n"
            "    2 | \t\ty = $\n"
            "      | \t\t    ^\n");
}

TEST(DiagnosticRenderer, SpanIsClampedAtTheEndOfTheLine) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = (1 +\n     2\n");
  // A construct that goes on to the next line is underlined to the end of
  // its first line only.
  EXPECT_EQ(render_diagnostic(error_at({file, 1, 5, 1000}, "span"), sources),
            "k.py:1:5: error[E0001]: span\n"
            "    1 | x = (1 +\n"
            "      |     ^~~~\n");
}

TEST(DiagnosticRenderer, LocationPastTheEndOfTheLineGetsOneCaret) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = 1\n");
  EXPECT_EQ(render_diagnostic(error_at({file, 1, 9, 3}, "past the end"), sources),
            "k.py:1:9: error[E0001]: past the end\n"
            "    1 | x = 1\n"
            "      |         ^\n");
  // Just past the last character: where a missing token would go.
  EXPECT_EQ(render_diagnostic(error_at({file, 1, 6, 0}, "expected ':'"), sources),
            "k.py:1:6: error[E0001]: expected ':'\n"
            "    1 | x = 1\n"
            "      |      ^\n");
}

TEST(DiagnosticRenderer, NotesAreRenderedAfterTheErrorWithoutACode) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = (1,\n     2]\n");
  Diagnostic diag = error_at({file, 2, 7, 1}, "closing bracket ']' does not match opening parenthesis '('",
                             DiagCode::UnclosedBracket);
  diag.notes.push_back({SourceLoc{file, 1, 5, 1}, "opened here"});
  diag.notes.push_back({SourceLoc{}, "brackets must be closed in reverse order"});
  EXPECT_EQ(render_diagnostic(diag, sources),
            "k.py:2:7: error[E0005]: closing bracket ']' does not match opening parenthesis '('\n"
            "    2 |      2]\n"
            "      |       ^\n"
            "k.py:1:5: note: opened here\n"
            "    1 | x = (1,\n"
            "      |     ^\n"
            "k.py: note: brackets must be closed in reverse order\n");
}

TEST(DiagnosticRenderer, DiagnosticsWithoutALocationHaveNoSnippet) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = 1\n");
  // A whole-file problem: file name, no line or column, no snippet.
  EXPECT_EQ(render_diagnostic(error_at({file, 0, 0, 0}, "whole file", DiagCode::InvalidEncoding), sources),
            "k.py: error[E0007]: whole file\n");
  // No file at all (an id the manager does not know).
  EXPECT_EQ(render_diagnostic(error_at({7, 0, 0, 0}, "no file"), sources), "error[E0001]: no file\n");
  // A line beyond the file: the header only.
  EXPECT_EQ(render_diagnostic(error_at({file, 40, 1, 0}, "far away"), sources),
            "k.py:40:1: error[E0001]: far away\n");
}

TEST(DiagnosticRenderer, ColumnsCountCodePointsNotBytes) {
  SourceManager sources;
  // 'é' is two bytes and '€' three; the '$' is still the 10th character.
  FileId file = sources.add("k.py", "x = '\xC3\xA9\xE2\x82\xAC' $\n");
  EXPECT_EQ(render_diagnostic(error_at({file, 1, 10, 1}, "invalid character", DiagCode::InvalidCharacter), sources),
            "k.py:1:10: error[E0006]: invalid character\n"
            "    1 | x = '\xC3\xA9\xE2\x82\xAC' $\n"
            "      |          ^\n");
  // A span over non-ASCII text counts code points too.
  EXPECT_EQ(render_diagnostic(error_at({file, 1, 5, 4}, "string"), sources),
            "k.py:1:5: error[E0001]: string\n"
            "    1 | x = '\xC3\xA9\xE2\x82\xAC' $\n"
            "      |     ^~~~\n");
}

TEST(DiagnosticRenderer, ControlCharactersAndInvalidBytesAreNotPrintedRaw) {
  SourceManager sources;
  // A NUL, a 0x01, an escape (0x1B), a byte that is not UTF-8 (0xFF).
  FileId file = sources.add("k.py", std::string("x = 1\0\x01\x1B\xFF y\n", 12));
  std::string out = render_diagnostic(error_at({file, 1, 11, 1}, "here"), sources);
  EXPECT_EQ(out,
            "k.py:1:11: error[E0001]: here\n"
            "    1 | x = 1   ? y\n"
            "      |           ^\n");
}

TEST(DiagnosticRenderer, WindowsLineEndsAreNotShown) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = 1\r\nif y\r\n    pass\r\n");
  EXPECT_EQ(render_diagnostic(error_at({file, 2, 5, 0}, "expected ':'"), sources),
            "k.py:2:5: error[E0001]: expected ':'\n"
            "    2 | if y\n"
            "      |     ^\n");
}

TEST(DiagnosticRenderer, LongLinesAreCutToAWindowAroundTheCaret) {
  SourceManager sources;
  // 300 characters: 'a' to 'z' repeated; the caret on the 200th.
  std::string line;
  for (int i = 0; i < 300; ++i) line += static_cast<char>('a' + i % 26);
  FileId file = sources.add("k.py", line + "\n");
  std::string out = render_diagnostic(error_at({file, 1, 200, 3}, "here"), sources);
  // 50 characters of context before the caret, 120 shown in all.
  std::string shown = "..." + line.substr(149, 120) + "...";
  EXPECT_EQ(out, "k.py:1:200: error[E0001]: here\n"
                 "    1 | " + shown + "\n"
                 "      | " + std::string(3 + 50, ' ') + "^~~\n");
  // Near the start of the line: no leading "...".
  out = render_diagnostic(error_at({file, 1, 3, 1}, "start"), sources);
  EXPECT_EQ(out, "k.py:1:3: error[E0001]: start\n"
                 "    1 | " + line.substr(0, 120) + "...\n"
                 "      |   ^\n");
}

// Renders a column-0 location with little address space; exits 0 if the
// result is a short snippet.
[[noreturn]] void render_column_zero_in_small_memory() {
  rlimit limit{};
  limit.rlim_cur = limit.rlim_max = rlim_t{512} << 20;
  setrlimit(RLIMIT_AS, &limit);
  SourceManager sources;
  FileId file = sources.add("k.py", "x = 1\n");
  std::string out = render_diagnostic(error_at(SourceLoc{file, 1, 0, 0}, "line only"), sources);
  std::exit(out.size() < 200 ? 0 : 1);
}

TEST(DiagnosticRenderer, ColumnZeroDoesNotCrash) {
  // A location with a line but no column must render a short snippet, not
  // try to pad to column 2^32. It runs in a child process so that a runaway
  // allocation fails fast instead of taking gigabytes.
  EXPECT_EXIT(render_column_zero_in_small_memory(), ::testing::ExitedWithCode(0), "");
}

TEST(DiagnosticRenderer, WarningsSayWarning) {
  SourceManager sources;
  FileId file = sources.add("k.py", "x = 1\n");
  Diagnostic diag{DiagCode::SyntaxError, Severity::Warning, SourceLoc{file, 1, 1, 1}, "careful", {}};
  EXPECT_EQ(render_diagnostic(diag, sources),
            "k.py:1:1: warning[E0001]: careful\n"
            "    1 | x = 1\n"
            "      | ^\n");
}

TEST(DiagnosticRenderer, SeveralDiagnosticsAreRenderedInSourceOrder) {
  SourceManager sources;
  FileId a = sources.add("a.py", "x = $\ny = ?\n");
  FileId b = sources.add("b.py", "z = `\n");
  DiagnosticEngine diags;
  diags.error(DiagCode::InvalidCharacter, {b, 1, 5, 1}, "b1");
  diags.error(DiagCode::InvalidCharacter, {a, 2, 5, 1}, "a2");
  diags.error(DiagCode::InvalidCharacter, {a, 1, 5, 1}, "a1 first");
  diags.error(DiagCode::SyntaxError, {a, 1, 5, 1}, "a1 second");  // same place: kept in report order
  diags.error(DiagCode::SyntaxError, {a, 1, 1, 1}, "a1 col 1");
  EXPECT_EQ(render_diagnostics(diags, sources),
            "a.py:1:1: error[E0001]: a1 col 1\n"
            "    1 | x = $\n"
            "      | ^\n"
            "a.py:1:5: error[E0006]: a1 first\n"
            "    1 | x = $\n"
            "      |     ^\n"
            "a.py:1:5: error[E0001]: a1 second\n"
            "    1 | x = $\n"
            "      |     ^\n"
            "a.py:2:5: error[E0006]: a2\n"
            "    2 | y = ?\n"
            "      |     ^\n"
            "b.py:1:5: error[E0006]: b1\n"
            "    1 | z = `\n"
            "      |     ^\n");
}

}  // namespace
}  // namespace parc
