// A REPL session: the imports, functions and statements accepted so far,
// kept as source text (tools/repl_source.h). parc compiles whole scripts
// with statically typed module-level code, so an input is compiled together
// with the session, and variables persist by replay: a run first re-runs
// the session's statements with their output dropped (tools/repl_output.h),
// then runs the new input with its output shown. An input that fails, at
// compile time or at run time, leaves the session as it was. A function
// defined again replaces the earlier definition. An expression statement
// typed at the prompt echoes its value (as print() shows it; a string as
// its repr; None not at all).
//
// When a new definition makes an earlier statement fail (a function now
// takes other arguments), that statement is dropped from the session, with
// a note, and the input is tried again.
#pragma once

#include "api/pipeline.h"
#include "runtime/parallel.h"
#include "tools/repl_source.h"

#include <memory>
#include <string>
#include <vector>

namespace parc::tools {

enum class ShowWhat { Ir, Llvm, Assembly };

struct ExecuteOptions {
  bool echo = true;   // echo the values of expression statements
  bool time = false;  // print compile and run times on standard error
};

class Session {
 public:
  Session(const PipelineOptions& pipeline, const runtime::ThreadingOptions& threading);

  // Compiles and runs an input with the session: its output and echoes go
  // to standard output, errors to standard error. Diagnostics name the
  // input `shown_name` ("<stdin>", a path). True when it succeeded.
  bool execute(const std::shared_ptr<const ReplSource>& source, const std::string& shown_name,
               const ExecuteOptions& options);

  // `:ir f`, `:llvm f`, `:asm f`: prints the code compiled for every
  // specialisation of f in the session; false (and a message) when none.
  bool show(const std::string& function, ShowWhat what);

  void reset() { entries_.clear(); }
  int threads() const { return threading_.threads; }
  void set_threads(int threads) { threading_.threads = threads; }
  bool defines(const std::string& function) const;

 private:
  Composition compose(const std::vector<Chunk>& working, const std::vector<Chunk>& input,
                      const std::vector<bool>& wrap, bool run) const;
  bool drop_blamed(std::vector<Chunk>& working, const std::vector<const Segment*>& blamed,
                   std::vector<std::string>& dropped) const;
  void commit(std::vector<Chunk> working, const std::vector<Chunk>& input);

  PipelineOptions pipeline_;
  runtime::ThreadingOptions threading_;
  std::vector<Chunk> entries_;  // in the order they ran
  std::string marker_;          // the line between replay and new input
};

}  // namespace parc::tools
