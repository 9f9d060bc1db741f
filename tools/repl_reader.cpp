#include "tools/repl_reader.h"

#include <histedit.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

namespace parc::tools {
namespace {

constexpr int kHistoryLines = 1000;

class TerminalReader : public LineReader {
 public:
  explicit TerminalReader(std::string history_file) : history_file_(std::move(history_file)) {
    history_ = history_init();
    history(history_, &event_, H_SETSIZE, kHistoryLines);
    history(history_, &event_, H_SETUNIQUE, 1);
    if (!history_file_.empty()) {
      struct stat info;
      if (stat(history_file_.c_str(), &info) == 0)
        history(history_, &event_, H_LOAD, history_file_.c_str());
      else
        history(history_, &event_, H_SAVE, history_file_.c_str());  // create it; no matter if we cannot
    }
    editor_ = el_init("parc", stdin, stdout, stderr);
    el_set(editor_, EL_CLIENTDATA, this);
    el_set(editor_, EL_PROMPT, &TerminalReader::prompt_of);
    el_set(editor_, EL_EDITOR, "emacs");
    el_set(editor_, EL_HIST, history, history_);
    el_set(editor_, EL_SIGNAL, 1);  // a signal while editing restores the terminal first
    // While a line is edited, Ctrl-C is a key (not SIGINT) that abandons it.
    el_set(editor_, EL_SETTY, "-d", "-isig", nullptr);
    el_set(editor_, EL_ADDFN, "parc-interrupt", "abandon the current input", &TerminalReader::interrupt);
    el_set(editor_, EL_BIND, "^C", "parc-interrupt", nullptr);
    el_source(editor_, nullptr);  // the user's ~/.editrc
  }

  ~TerminalReader() override {
    el_end(editor_);
    history_end(history_);
  }

  ReadStatus read(const std::string& prompt, std::string& line) override {
    prompt_ = prompt;
    interrupted_ = false;
    int count = 0;
    const char* text = el_gets(editor_, &count);
    while (text == nullptr && count < 0 && errno == EINTR && !interrupted_) text = el_gets(editor_, &count);
    if (interrupted_) return ReadStatus::Interrupted;
    if (text == nullptr || count <= 0) return ReadStatus::EndOfInput;
    line.assign(text, static_cast<std::size_t>(count));
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r')) line.pop_back();
    return ReadStatus::Line;
  }

  void remember(const std::string& line) override {
    if (line.find_first_not_of(" \t") == std::string::npos) return;
    history(history_, &event_, H_ENTER, line.c_str());
    if (!history_file_.empty()) history(history_, &event_, H_SAVE, history_file_.c_str());
  }

  bool interactive() const override { return true; }

 private:
  static TerminalReader* self(EditLine* editor) {
    void* data = nullptr;
    el_get(editor, EL_CLIENTDATA, &data);
    return static_cast<TerminalReader*>(data);
  }
  static char* prompt_of(EditLine* editor) { return self(editor)->prompt_.data(); }
  static unsigned char interrupt(EditLine* editor, int) {
    self(editor)->interrupted_ = true;
    return CC_NEWLINE;
  }

  std::string history_file_;
  History* history_ = nullptr;
  HistEvent event_{};
  EditLine* editor_ = nullptr;
  std::string prompt_;
  bool interrupted_ = false;
};

class PlainReader : public LineReader {
 public:
  explicit PlainReader(std::istream& in) : in_(in) {}
  ReadStatus read(const std::string&, std::string& line) override {
    if (!std::getline(in_, line)) return ReadStatus::EndOfInput;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    return ReadStatus::Line;
  }
  void remember(const std::string&) override {}
  bool interactive() const override { return false; }

 private:
  std::istream& in_;
};

}  // namespace

std::unique_ptr<LineReader> make_terminal_reader(const std::string& history_file) {
  return std::make_unique<TerminalReader>(history_file);
}

std::unique_ptr<LineReader> make_plain_reader(std::istream& in) { return std::make_unique<PlainReader>(in); }

std::string history_file_path() {
  if (const char* path = std::getenv("PARC_HISTORY")) return path;
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') return "";
  return std::string(home) + "/.parc_history";
}

}  // namespace parc::tools
