#include "tools/repl_input.h"

#include <cctype>
#include <cstddef>

namespace parc::tools {

bool is_blank_line(const std::string& line) {
  for (char c : line) {
    if (c == '#') return true;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f') return false;
  }
  return true;
}

namespace {

// A decorator, or a keyword that starts a compound statement: the input is
// a block even when its body is on the same line ("while x: x -= 1").
bool starts_compound_statement(const std::string& line) {
  std::size_t start = line.find_first_not_of(" \t");
  if (start == std::string::npos) return false;
  if (line[start] == '@') return true;
  std::size_t end = start;
  while (end < line.size() && (std::isalnum(static_cast<unsigned char>(line[end])) || line[end] == '_'))
    ++end;
  std::string word = line.substr(start, end - start);
  for (const char* keyword : {"if", "for", "while", "def", "class", "with", "try", "async"})
    if (word == keyword) return true;
  return false;
}

}  // namespace

void InputAssembler::clear() { *this = InputAssembler(); }

// Updates the bracket depth, open string and last significant character.
void InputAssembler::scan(const std::string& line) {
  char last = 0;
  bool comment = false;
  std::size_t i = 0;
  while (i < line.size()) {
    char c = line[i];
    if (open_quote_ != 0) {
      if (c == '\\') {
        i += 2;
        continue;
      }
      if (c == open_quote_ && line.compare(i, 3, std::string(3, open_quote_)) == 0) {
        open_quote_ = 0;
        last = c;
        i += 3;
        continue;
      }
      ++i;
      continue;
    }
    if (c == '#') {
      comment = true;
      break;
    }
    if (c == '\'' || c == '"') {
      if (line.compare(i, 3, std::string(3, c)) == 0) {
        open_quote_ = c;
        i += 3;
        continue;
      }
      // A one-line string: to its closing quote (or the end of the line,
      // where the parser will report it).
      for (++i; i < line.size() && line[i] != c; ++i)
        if (line[i] == '\\') ++i;
      ++i;
      last = c;
      continue;
    }
    if (c == '(' || c == '[' || c == '{') ++depth_;
    if ((c == ')' || c == ']' || c == '}') && depth_ > 0) --depth_;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f') last = c;
    ++i;
  }
  continued_ = open_quote_ == 0 && !comment && !line.empty() && line.back() == '\\';
  ends_with_colon_ = last == ':';
}

bool InputAssembler::add(const std::string& line) {
  bool first = text_.empty();
  if (first && is_blank_line(line)) return true;
  bool blank = line.find_first_not_of(" \t\r\f") == std::string::npos;
  bool was_open = depth_ > 0 || open_quote_ != 0 || continued_;
  text_ += line;
  text_ += '\n';
  scan(line);
  if (first && starts_compound_statement(line)) block_ = true;
  bool open = depth_ > 0 || open_quote_ != 0 || continued_;
  if (open) return false;
  if (ends_with_colon_) block_ = true;
  if (!block_) return true;
  // In a block, an empty line ends the input (not one inside brackets).
  return blank && !was_open && !first;
}

}  // namespace parc::tools
