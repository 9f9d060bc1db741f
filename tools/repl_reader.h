// Where the REPL's lines come from. On a terminal: libedit, with line
// editing, a persistent history file and Ctrl-C abandoning the line.
// Otherwise (a pipe, a file): plain lines from standard input, no prompts.
#pragma once

#include <istream>
#include <memory>
#include <string>

namespace parc::tools {

enum class ReadStatus { Line, Interrupted, EndOfInput };

class LineReader {
 public:
  virtual ~LineReader() = default;
  // Shows `prompt` (terminal only) and reads one line, without its newline.
  virtual ReadStatus read(const std::string& prompt, std::string& line) = 0;
  // Adds a line to the history (and saves the history file).
  virtual void remember(const std::string& line) = 0;
  // Whether prompts, echo of Ctrl-C etc. are shown: a terminal.
  virtual bool interactive() const = 0;
};

// libedit on standard input and output. `history_file` empty: no history
// kept between sessions. The terminal keeps its signals outside read():
// Ctrl-C while code runs is SIGINT.
std::unique_ptr<LineReader> make_terminal_reader(const std::string& history_file);
// Lines from a stream, without prompts and without history.
std::unique_ptr<LineReader> make_plain_reader(std::istream& in);

// $PARC_HISTORY, else ~/.parc_history; empty when PARC_HISTORY is set but
// empty (no history file) or there is no home directory.
std::string history_file_path();

}  // namespace parc::tools
