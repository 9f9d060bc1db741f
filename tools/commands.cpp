#include "tools/commands.h"

#include "frontend/ast_printer.h"
#include "frontend/diagnostic_renderer.h"
#include "frontend/parse.h"

#include <iostream>
#include <iterator>
#include <optional>

namespace parc::tools {
namespace {

// Loads FILE ("-" is standard input); prints a usage error when it cannot.
std::optional<FileId> load_script(SourceManager& sources, const std::string& path) {
  if (path == "-") {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return sources.add("<stdin>", std::move(text));
  }
  std::string error;
  std::optional<FileId> id = sources.load(path, &error);
  if (!id) std::cerr << "parc: error: cannot read '" << path << "': " << error << "\n";
  return id;
}

// Parses a script, printing its diagnostics; nullptr on any error.
std::unique_ptr<ast::Module> parse_script(SourceManager& sources, FileId file) {
  DiagnosticEngine diags;
  std::unique_ptr<ast::Module> module = parse_module(sources, file, diags);
  std::cerr << render_diagnostics(diags, sources);
  return diags.has_errors() ? nullptr : std::move(module);
}

}  // namespace

int check_command(const std::string& path) {
  SourceManager sources;
  std::optional<FileId> file = load_script(sources, path);
  if (!file) return kUsageError;
  return parse_script(sources, *file) ? kOk : kUserError;
}

int emit_command(const std::string& path, const EmitOptions& options) {
  SourceManager sources;
  std::optional<FileId> file = load_script(sources, path);
  if (!file) return kUsageError;
  std::unique_ptr<ast::Module> module = parse_script(sources, *file);
  if (!module) return kUserError;
  if (options.ast) std::cout << ast::print_ast(*module, sources.file(*file).name());
  return kOk;
}

}  // namespace parc::tools
