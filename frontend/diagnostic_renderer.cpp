#include "frontend/diagnostic_renderer.h"

#include "frontend/utf8.h"

#include <algorithm>
#include <string_view>
#include <vector>

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

// One source character as shown: control characters become spaces (tabs
// stay, to keep alignment) and bytes that are not UTF-8 become '?'.
struct Glyph {
  std::string text;
  bool is_tab;
};

std::vector<Glyph> glyphs_of(std::string_view line) {
  std::vector<Glyph> out;
  for (std::size_t pos = 0; pos < line.size();) {
    auto lead = static_cast<unsigned char>(line[pos]);
    std::size_t len = utf8_sequence_length(lead);
    std::string_view piece = line.substr(pos, len);
    if (find_invalid_utf8(piece) != std::string_view::npos) {
      out.push_back({"?", false});
      pos += 1;
      continue;
    }
    if (lead == '\t') out.push_back({"\t", true});
    else if (lead < 0x20 || lead == 0x7F) out.push_back({" ", false});
    else out.push_back({std::string(piece), false});
    pos += len;
  }
  return out;
}

// "    3 | text" and "      |    ^~~~" for one location. Lines longer than
// kMaxShown characters are cut to a window around the caret, marked "...".
void render_snippet(std::string& out, const SourceFile& file, SourceLoc loc) {
  constexpr std::size_t kMaxShown = 120, kContext = 50;
  std::vector<Glyph> glyphs = glyphs_of(file.line(loc.line));
  std::size_t caret = loc.col > 0 ? loc.col - 1 : 0;  // 0-based glyph index
  std::size_t begin = 0, end = glyphs.size();
  if (glyphs.size() > kMaxShown) {
    begin = caret > kContext ? std::min(caret - kContext, glyphs.size() - kMaxShown) : 0;
    end = std::min(glyphs.size(), begin + kMaxShown);
  }
  std::string number = std::to_string(loc.line);
  std::string text = begin > 0 ? "..." : "";
  std::string pad = begin > 0 ? "   " : "";
  for (std::size_t i = begin; i < end; ++i) {
    text += glyphs[i].text;
    if (i < caret) pad += glyphs[i].is_tab ? '\t' : ' ';
  }
  if (end < glyphs.size()) text += "...";
  out += std::string(4, ' ') + number + " | " + text + "\n";
  out += std::string(number.size() + 4, ' ') + " | " + pad;
  if (caret > end) out += std::string(caret - end, ' ');
  // The span, clamped to what is shown of the line (at least one caret).
  std::size_t span = loc.len == 0 ? 1 : loc.len;
  if (caret < end) span = std::min<std::size_t>(span, end - caret);
  else span = 1;
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
