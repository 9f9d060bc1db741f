// Renders diagnostics for people:
//
//   k.py:3:8: error[E0001]: expected ':' after function signature
//       3 | def f()
//         |        ^
//
// then each note the same way. The text is plain (no colour codes) so that
// tests and logs compare byte for byte.
#pragma once

#include "frontend/diagnostics.h"
#include "frontend/source_manager.h"

#include <string>

namespace parc {

std::string render_diagnostic(const Diagnostic& diag, const SourceManager& sources);
// All diagnostics of an engine, sorted by location, each rendered.
std::string render_diagnostics(const DiagnosticEngine& diags, const SourceManager& sources);

}  // namespace parc
