#include "frontend/diagnostic_renderer.h"

#include "frontend/utf8.h"

#include <string_view>

namespace parc {
namespace {

std::string_view severity_word(Severity severity) {
  switch (severity) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

// "    3 | text" and "      |    ^~~~" for one location.
void render_snippet(std::string& out, const SourceFile& file, SourceLoc loc) {
  std::string_view line = file.line(loc.line);
  std::string number = std::to_string(loc.line);
  std::string gutter(number.size() + 4, ' ');
  out += std::string(4, ' ') + number + " | " + std::string(line) + "\n";
  out += gutter + " | ";
  // Walk the first col-1 code points, keeping tabs so the caret lines up.
  std::size_t pos = 0;
  std::uint32_t col = 1;
  while (col < loc.col && pos < line.size()) {
    out += line[pos] == '\t' ? '\t' : ' ';
    pos += utf8_sequence_length(static_cast<unsigned char>(line[pos]));
    ++col;
  }
  std::uint32_t line_chars = utf8_length(line);
  std::uint32_t span = loc.len == 0 ? 1 : loc.len;
  if (loc.col <= line_chars && loc.col + span - 1 > line_chars) span = line_chars - loc.col + 1;
  if (loc.col > line_chars) span = 1;
  out += '^';
  out += std::string(span - 1, '~');
  out += '\n';
}

void render_one(std::string& out, Severity severity, DiagCode code, bool with_code, SourceLoc loc,
                const std::string& message, const SourceManager& sources) {
  const SourceFile* file = loc.file < sources.size() ? &sources.file(loc.file) : nullptr;
  if (file) out += file->name();
  if (file && loc.valid()) out += ":" + std::to_string(loc.line) + ":" + std::to_string(loc.col);
  if (file) out += ": ";
  out += severity_word(severity);
  if (with_code) out += "[" + std::string(diag_code_string(code)) + "]";
  out += ": " + message + "\n";
  if (file && loc.valid() && loc.line <= file->line_count()) render_snippet(out, *file, loc);
}

}  // namespace

std::string render_diagnostic(const Diagnostic& diag, const SourceManager& sources) {
  std::string out;
  render_one(out, diag.severity, diag.code, true, diag.loc, diag.message, sources);
  for (const DiagnosticNote& note : diag.notes)
    render_one(out, Severity::Note, diag.code, false, note.loc, note.message, sources);
  return out;
}

std::string render_diagnostics(const DiagnosticEngine& diags, const SourceManager& sources) {
  std::string out;
  for (const Diagnostic& diag : diags.sorted()) out += render_diagnostic(diag, sources);
  return out;
}

}  // namespace parc
