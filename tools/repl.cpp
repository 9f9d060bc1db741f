#include "tools/repl.h"

#include "parc/version.hpp"
#include "runtime/parallel.h"
#include "tools/repl_input.h"
#include "tools/repl_reader.h"
#include "tools/repl_session.h"

#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <stdexcept>

namespace parc::tools {
namespace {

constexpr const char* kHelp = R"(Type statements and expressions as in Python; an expression's value is
echoed. Imports, functions and variables stay defined for the session; a
function defined again replaces the old one. A block (a line ending in ':')
ends with an empty line.

  :help           this text
  :ir f           the typed IR of each specialisation of function f
  :llvm f         the optimised LLVM IR of f
  :asm f          the machine code of f
  :time stmt      run stmt, then print its compile and run times
  :threads [n]    run prange loops on n threads from now on (no n: show it)
  :load file.py   run a script; its definitions and variables stay
  :reset          forget every definition and variable
  :quit           leave (as does Ctrl-D on an empty line)

Ctrl-C abandons the input being typed. Each input runs after the session's
earlier statements are run again with their output hidden (docs/cli.md).
)";

// Ctrl-C while compiled code runs: it cannot be stopped, so the process
// ends. The terminal is fine: libedit restores it after every line.
void on_interrupt(int) {
  static const char message[] = "\nKeyboardInterrupt: parc cannot stop running code; the session ends\n";
  if (write(STDERR_FILENO, message, sizeof message - 1) < 0) _exit(130);
  _exit(130);
}

std::string trim(const std::string& text) {
  std::size_t first = text.find_first_not_of(" \t\r");
  if (first == std::string::npos) return "";
  std::size_t last = text.find_last_not_of(" \t\r");
  return text.substr(first, last - first + 1);
}

class Repl {
 public:
  Repl(Session& session, LineReader& reader) : session_(session), reader_(reader) {}
  int run();

 private:
  bool command(const std::string& line);  // false: leave
  void execute(const std::string& text, bool time);
  void load(const std::string& path);
  // A bug in parc: reported, and the session goes on.
  void internal_error(const std::exception& e) {
    std::fflush(stdout);
    std::string what = e.what();
    std::fprintf(stderr, "parc: %s%s\n",
                 what.rfind("internal error", 0) == 0 ? "" : "internal error: ", what.c_str());
    ++failures_;
  }
  void fail(const std::string& message) {
    std::fflush(stdout);
    std::fprintf(stderr, "parc: error: %s\n", message.c_str());
    ++failures_;
  }

  Session& session_;
  LineReader& reader_;
  int inputs_ = 0;
  int failures_ = 0;
};

int Repl::run() {
  if (reader_.interactive())
    std::printf("parc %s: type :help for help, Ctrl-D to leave\n", std::string(version()).c_str());
  InputAssembler input;
  bool timed = false;  // the input being typed started with :time
  for (;;) {
    std::fflush(stdout);
    std::string line;
    ReadStatus status = reader_.read(input.empty() ? ">>> " : "... ", line);
    if (status == ReadStatus::Interrupted) {
      std::printf("\nKeyboardInterrupt\n");  // the line stays as typed; libedit does not end it
      input.clear();
      timed = false;
      continue;
    }
    if (status == ReadStatus::EndOfInput) {
      if (reader_.interactive())
        std::printf("\n");
      else if (!input.empty())
        execute(input.text(), timed);  // a block at the end of the input
      break;
    }
    reader_.remember(line);
    if (input.empty()) {
      std::string word = trim(line);
      if (word == "exit()" || word == "quit()") break;
      if (word.rfind(":time", 0) == 0 && (word.size() == 5 || word[5] == ' ')) {
        std::string rest = trim(word.substr(5));
        if (rest.empty()) {
          fail(":time needs a statement: :time f(x)");
          continue;
        }
        timed = true;
        line = rest;
      } else if (!word.empty() && word[0] == ':') {
        if (!command(word)) break;
        continue;
      }
    }
    if (!input.add(line)) continue;
    if (!input.empty()) execute(input.text(), timed);
    input.clear();
    timed = false;
  }
  std::fflush(stdout);
  return reader_.interactive() || failures_ == 0 ? kOk : kUserError;
}

void Repl::execute(const std::string& text, bool time) {
  ++inputs_;
  auto source = std::make_shared<ReplSource>(ReplSource{"<input " + std::to_string(inputs_) + ">", text});
  ExecuteOptions options;
  options.time = time;
  try {
    if (!session_.execute(source, "<stdin>", options)) ++failures_;
  } catch (const std::exception& e) {
    internal_error(e);
  }
}

void Repl::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    fail("cannot read '" + path + "': " + std::strerror(errno));
    return;
  }
  std::ostringstream text;
  text << in.rdbuf();
  auto source = std::make_shared<ReplSource>(ReplSource{path, text.str()});
  ExecuteOptions options;
  options.echo = false;
  try {
    if (!session_.execute(source, path, options)) ++failures_;
  } catch (const std::exception& e) {
    internal_error(e);
  }
}

bool Repl::command(const std::string& line) {
  std::istringstream words(line);
  std::string name, argument, extra;
  words >> name >> argument >> extra;
  if (name == ":quit" || name == ":q" || name == ":exit") return false;
  if (name == ":help" || name == ":h" || name == ":?") {
    std::fputs(kHelp, stdout);
    return true;
  }
  if (name == ":ir" || name == ":llvm" || name == ":asm") {
    if (argument.empty() || !extra.empty()) {
      fail(name + " needs one function name: " + name + " f");
      return true;
    }
    ShowWhat what = name == ":ir" ? ShowWhat::Ir : name == ":llvm" ? ShowWhat::Llvm : ShowWhat::Assembly;
    try {
      if (!session_.show(argument, what)) ++failures_;
    } catch (const std::exception& e) {
      internal_error(e);
    }
    return true;
  }
  if (name == ":threads") {
    if (argument.empty()) {
      std::printf("prange loops run on up to %d threads\n", session_.threads());
      return true;
    }
    int threads = 0;
    std::size_t used = 0;
    try {
      threads = std::stoi(argument, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != argument.size() || threads < 1 || threads > runtime::kMaxThreads || !extra.empty()) {
      fail(":threads takes a number of threads from 1 to " + std::to_string(runtime::kMaxThreads) +
           ", not '" + line.substr(name.size() + 1) + "'");
      return true;
    }
    session_.set_threads(threads);
    return true;
  }
  if (name == ":load") {
    std::string path = trim(line.substr(name.size()));
    if (path.empty())
      fail(":load needs a file: :load script.py");
    else
      load(path);
    return true;
  }
  if (name == ":reset") {
    session_.reset();
    return true;
  }
  fail("unknown command '" + name + "' (:help lists the commands)");
  return true;
}

}  // namespace

int repl_command(const ReplOptions& options) {
  runtime::ThreadingOptions threading;
  try {
    threading = runtime::threading_options_from_environment();
  } catch (const std::invalid_argument& e) {
    std::cerr << "parc: error: " << e.what() << "\n";
    return kUsageError;
  }
  if (options.threads > 0) threading.threads = options.threads;
  if (options.threading_layer == "threads") threading.layer = runtime::ThreadingLayer::Threads;
  if (options.threading_layer == "omp") threading.layer = runtime::ThreadingLayer::OpenMP;
  PipelineOptions pipeline;
  pipeline.opt_level = options.flags.opt_level;
  pipeline.boundscheck = options.flags.boundscheck;
  Session session(pipeline, threading);
  bool terminal = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
  std::unique_ptr<LineReader> reader =
      terminal ? make_terminal_reader(history_file_path()) : make_plain_reader(std::cin);
  if (terminal) {
    struct sigaction action {};
    action.sa_handler = on_interrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
  }
  Repl repl(session, *reader);
  return repl.run();
}

}  // namespace parc::tools
