// `parc`: the command-line entry point. Parses the command line with CLI11
// and hands each subcommand to tools/commands.cpp. See docs/cli.md.
#include "parc/version.hpp"
#include "tools/commands.h"

#include <CLI/CLI.hpp>

#include <iostream>

int main(int argc, char** argv) {
  using namespace parc::tools;
  CLI::App app{"parc: a JIT compiler for a Python subset of array code (NumPy, math, numba.prange)", "parc"};
  app.set_version_flag("--version", "parc " + std::string(parc::version()));
  app.require_subcommand(0, 1);

  std::string file;
  CLI::App* check = app.add_subcommand("check", "Parse and check a script; print its errors, run nothing");
  check->add_option("FILE", file, "the script ('-' reads standard input)")->required();

  EmitOptions emit_options;
  CLI::App* emit = app.add_subcommand("emit", "Print a compiler representation of a script");
  emit->add_flag("--ast", emit_options.ast, "the abstract syntax tree");
  emit->add_option("FILE", file, "the script ('-' reads standard input)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();
    return kOk;
  } catch (const CLI::CallForVersion&) {
    std::cout << "parc " << parc::version() << "\n";
    return kOk;
  } catch (const CLI::ParseError& e) {
    std::cerr << "parc: error: " << e.what() << "\n(run 'parc --help' for usage)\n";
    return kUsageError;
  }

  if (*check) return check_command(file);
  if (*emit) {
    if (!emit_options.ast) {
      std::cerr << "parc: error: emit needs a representation: --ast\n";
      return kUsageError;
    }
    return emit_command(file, emit_options);
  }
  std::cerr << app.help();
  return kUsageError;
}
