// When is a REPL input complete? The rules of Python's interactive prompt:
// a line that leaves a bracket, a triple-quoted string or a backslash
// continuation open asks for more ("... "); a block (a logical line ending
// in ':', a decorator, or a line starting with if, for, while, def...) goes
// on until an empty line; anything else is complete at the end of its line.
#pragma once

#include <string>

namespace parc::tools {

class InputAssembler {
 public:
  // Adds one line (without its newline); true when the input is complete.
  // A first line that is blank or only a comment completes an empty input.
  bool add(const std::string& line);
  const std::string& text() const { return text_; }  // the lines so far, each ending in '\n'
  bool empty() const { return text_.empty(); }
  void clear();

 private:
  void scan(const std::string& line);

  std::string text_;
  int depth_ = 0;           // open brackets
  char open_quote_ = 0;     // the quote of an open triple-quoted string
  bool continued_ = false;  // the last line ended in a backslash
  bool block_ = false;      // a compound statement: ends at an empty line
  bool ends_with_colon_ = false;
};

// True when the line holds nothing but spaces and perhaps a comment.
bool is_blank_line(const std::string& line);

}  // namespace parc::tools
