#include "tools/repl_source.h"

#include "frontend/ast.h"
#include "frontend/diagnostic_renderer.h"
#include "frontend/parse.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace parc::tools {
namespace {

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// Whether the code calls something: a '(' right after a name, ')' or ']'
// (strings and comments skipped).
bool has_call(const std::string& text) {
  char last = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      for (++i; i < text.size() && text[i] != c; ++i)
        if (text[i] == '\\') ++i;
      last = c;
      continue;
    }
    if (c == '(' && (is_word_char(last) || last == ')' || last == ']')) return true;
    if (!std::isspace(static_cast<unsigned char>(c))) last = c;
  }
  return false;
}

// The text with a final ';' (outside strings and comments) made a space,
// so that it can be wrapped in print((...)) and keep its columns.
std::string without_final_semicolon(std::string text) {
  std::size_t last = std::string::npos;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '#') {
      while (i < text.size() && text[i] != '\n') ++i;
      continue;
    }
    if (c == '\'' || c == '"') {
      for (++i; i < text.size() && text[i] != c; ++i)
        if (text[i] == '\\') ++i;
      last = i;
      continue;
    }
    if (!std::isspace(static_cast<unsigned char>(c))) last = i;
  }
  if (last != std::string::npos && last < text.size() && text[last] == ';') text[last] = ' ';
  return text;
}

// Lines [first, last] (1-based) of a text, each ending in '\n'.
std::string lines_of(const std::string& text, std::uint32_t first, std::uint32_t last) {
  std::string out;
  std::uint32_t line = 1;
  std::size_t pos = 0;
  while (pos < text.size() && line <= last) {
    std::size_t end = text.find('\n', pos);
    std::size_t stop = end == std::string::npos ? text.size() : end;
    if (line >= first) {
      out.append(text, pos, stop - pos);
      out += '\n';
    }
    if (end == std::string::npos) break;
    pos = end + 1;
    ++line;
  }
  return out;
}

std::uint32_t start_line(const ast::Stmt& stmt) {
  std::uint32_t line = stmt.loc.line;
  if (const auto* def = ast::dyn_cast<ast::FunctionDef>(&stmt))
    for (const auto& decorator : def->decorators) line = std::min(line, decorator->loc.line);
  return line;
}

void describe_expression(const ast::Stmt& stmt, Chunk& chunk) {
  const auto* expr_stmt = ast::dyn_cast<ast::ExprStmt>(&stmt);
  if (expr_stmt == nullptr) return;
  const ast::Expr& value = *expr_stmt->value;
  chunk.expression = true;
  chunk.echo_text = without_final_semicolon(chunk.text);
  chunk.calls = has_call(chunk.text);
  if (const auto* call = ast::dyn_cast<ast::Call>(&value)) {
    const auto* callee = ast::dyn_cast<ast::Name>(call->func.get());
    chunk.prints = callee != nullptr && callee->id == "print";
  }
  if (const auto* str = ast::dyn_cast<ast::StrLit>(&value)) chunk.string_value = str->value;
  if (const auto* name = ast::dyn_cast<ast::Name>(&value)) chunk.bare_name = name->id;
}

}  // namespace

bool split_source(const std::shared_ptr<const ReplSource>& source, const std::string& shown_name,
                  std::vector<Chunk>& chunks, std::string& errors) {
  SourceManager sources;
  FileId file = sources.add(shown_name, source->text);
  DiagnosticEngine diags;
  std::unique_ptr<ast::Module> module = parse_module(sources, file, diags);
  if (!module || diags.has_errors()) {
    errors = render_diagnostics(diags, sources);
    return false;
  }
  std::uint32_t line_count = sources.file(file).line_count();
  const ast::Body& body = module->body;
  for (std::size_t i = 0; i < body.size();) {
    // Statements that start on one line go into one chunk.
    std::size_t end = i + 1;
    std::uint32_t first = i == 0 ? 1 : start_line(*body[i]);
    while (end < body.size() && start_line(*body[end]) <= start_line(*body[i])) ++end;
    std::uint32_t last = end < body.size() ? start_line(*body[end]) - 1 : line_count;
    Chunk chunk;
    chunk.source = source;
    chunk.first_line = first;
    chunk.text = lines_of(source->text, first, last);
    if (end - i == 1) {
      const ast::Stmt& stmt = *body[i];
      if (const auto* def = ast::dyn_cast<ast::FunctionDef>(&stmt)) {
        chunk.kind = ChunkKind::Def;
        chunk.def_name = def->name;
      } else if (stmt.kind == ast::StmtKind::Import || stmt.kind == ast::StmtKind::ImportFrom) {
        chunk.kind = ChunkKind::Import;
      }
      describe_expression(stmt, chunk);
    }
    chunks.push_back(std::move(chunk));
    i = end;
  }
  return true;
}

std::string python_repr(const std::string& text) {
  char quote = text.find('\'') != std::string::npos && text.find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, quote);
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (c == quote || c == '\\')
      out += '\\', out += c;
    else if (c == '\n')
      out += "\\n";
    else if (c == '\r')
      out += "\\r";
    else if (c == '\t')
      out += "\\t";
    else if (byte < 0x20 || byte == 0x7F) {
      char hex[5];
      std::snprintf(hex, sizeof hex, "\\x%02x", byte);
      out += hex;
    } else {
      out += c;
    }
  }
  return out + quote;
}

bool mentions(const std::string& text, const std::string& name) {
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1)) {
    bool starts = at == 0 || !is_word_char(text[at - 1]);
    bool ends = at + name.size() == text.size() || !is_word_char(text[at + name.size()]);
    if (starts && ends) return true;
  }
  return false;
}

// ------------------------------------------------------------- composition

void Composition::add(const Chunk& chunk, SegmentKind kind, std::size_t index, const std::string* text) {
  const std::string& lines = text ? *text : chunk.text;
  auto count = static_cast<std::uint32_t>(std::count(lines.begin(), lines.end(), '\n'));
  segments_.push_back({lines_ + 1, count, kind, index, &chunk});
  text_ += lines;
  lines_ += count;
}

void Composition::add_line(const std::string& line, std::size_t index) {
  segments_.push_back({lines_ + 1, 1, SegmentKind::Synthetic, index, nullptr});
  text_ += line;
  text_ += '\n';
  lines_ += 1;
}

const Segment* Composition::find(std::uint32_t line) const {
  for (const Segment& segment : segments_)
    if (line >= segment.first && line < segment.first + segment.count) return &segment;
  return nullptr;
}

// ------------------------------------------------------------------ mapping

DiagnosticMapper::DiagnosticMapper(const Composition& composition, const ReplSource* current,
                                   std::string current_name, const std::vector<Chunk>& input)
    : composition_(composition), current_(current), current_name_(std::move(current_name)), input_(input) {}

FileId DiagnosticMapper::file_of(const ReplSource* source) {
  auto found = files_.find(source);
  if (found != files_.end()) return found->second;
  FileId id = sources_.add(source == current_ ? current_name_ : source->name, source->text);
  files_.emplace(source, id);
  return id;
}

SourceLoc DiagnosticMapper::map(SourceLoc loc) {
  const Segment* segment = loc.valid() ? composition_.find(loc.line) : nullptr;
  if (segment == nullptr) return {};
  if (segment->kind == SegmentKind::Synthetic) {
    // The REPL's own line around an echoed expression: point at the expression.
    if (segment->index >= input_.size()) return {};
    const Chunk& chunk = input_[segment->index];
    return {file_of(chunk.source.get()), chunk.first_line, 0, 0};
  }
  SourceLoc out = loc;
  out.file = file_of(segment->chunk->source.get());
  out.line = loc.line - segment->first + segment->chunk->first_line;
  return out;
}

std::string DiagnosticMapper::render(const Diagnostic& diag) {
  Diagnostic shown = diag;
  shown.loc = map(diag.loc);
  for (DiagnosticNote& note : shown.notes) note.loc = map(note.loc);
  return render_diagnostic(shown, sources_);
}

namespace {

// The line of "<session>:12: ..." (0 when the error names another file).
std::uint32_t error_line(const std::string& error, const std::string& composed_name, std::size_t& end) {
  std::string prefix = composed_name + ":";
  if (error.rfind(prefix, 0) != 0) return 0;
  std::uint32_t line = 0;
  end = prefix.size();
  while (end < error.size() && std::isdigit(static_cast<unsigned char>(error[end])))
    line = line * 10 + static_cast<std::uint32_t>(error[end++] - '0');
  return end < error.size() && error[end] == ':' ? line : 0;
}

}  // namespace

const Segment* DiagnosticMapper::runtime_error_segment(const std::string& error,
                                                       const std::string& composed_name) const {
  std::size_t end = 0;
  std::uint32_t line = error_line(error, composed_name, end);
  return line == 0 ? nullptr : composition_.find(line);
}

std::string DiagnosticMapper::map_runtime_error(const std::string& error, const std::string& composed_name) {
  std::size_t end = 0;
  std::uint32_t line = error_line(error, composed_name, end);
  if (line == 0) return error;
  SourceLoc loc = map({0, line, 1, 0});
  std::string rest = error.substr(end + 1);  // " ZeroDivisionError: ..."
  if (!loc.valid()) return rest.substr(rest.find_first_not_of(' '));
  return sources_.file(loc.file).name() + ":" + std::to_string(loc.line) + ":" + rest;
}

}  // namespace parc::tools
