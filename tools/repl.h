// `parc repl` (and `parc` with no arguments): the interactive prompt. Reads
// inputs (tools/repl_reader.h, tools/repl_input.h), runs them in a session
// (tools/repl_session.h) and answers the `:` commands (:help lists them).
// See docs/cli.md, "The REPL".
#pragma once

#include "tools/commands.h"

#include <string>

namespace parc::tools {

struct ReplOptions {
  CompileFlags flags;
  int threads = 0;              // prange threads (0: PARC_NUM_THREADS, OMP_NUM_THREADS or the cores)
  std::string threading_layer;  // omp | threads (empty: PARC_THREADING_LAYER, else omp)
};

// Runs the REPL until end of input. Exit code 0; with standard input not a
// terminal, 1 when an input failed.
int repl_command(const ReplOptions& options);

}  // namespace parc::tools
