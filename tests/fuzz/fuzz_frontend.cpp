// libFuzzer entry point: parses arbitrary bytes as a kernel script and
// renders whatever diagnostics come out (the renderer reads the source too).
#include "frontend/ast_printer.h"
#include "frontend/diagnostic_renderer.h"
#include "frontend/parse.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  parc::SourceManager sources;
  parc::FileId file = sources.add("fuzz.py", std::string(reinterpret_cast<const char*>(data), size));
  parc::DiagnosticEngine diags;
  auto module = parc::parse_module(sources, file, diags);
  std::string rendered = parc::render_diagnostics(diags, sources);
  if (module) rendered += parc::ast::print_ast(*module, "fuzz.py");
  // Errors and an AST never come together.
  if (module && diags.has_errors()) __builtin_trap();
  if (!module && !diags.has_errors()) __builtin_trap();
  return 0;
}
