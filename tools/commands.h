// The `parc` subcommands, each a function from parsed options to an exit
// code: 0 success, 1 an error in the user's program (diagnostics printed on
// stderr), 2 wrong usage (a one-line message).
#pragma once

#include <string>

namespace parc::tools {

enum ExitCode : int { kOk = 0, kUserError = 1, kUsageError = 2 };

struct EmitOptions {
  bool ast = false;
};

// `parc check FILE`: parse and check; print nothing on success.
int check_command(const std::string& path);
// `parc emit --ast FILE`: print the chosen representation on stdout.
int emit_command(const std::string& path, const EmitOptions& options);

}  // namespace parc::tools
