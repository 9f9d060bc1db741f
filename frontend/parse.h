// The frontend's entry point: a script's text becomes parc's AST, or every
// problem found becomes a located diagnostic. Checks the encoding (UTF-8, no
// NUL bytes), lexes with Python's line structure, parses with the ANTLR
// grammar, and builds the AST, rejecting constructs outside the subset.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"
#include "frontend/source_manager.h"

#include <memory>

namespace parc {

// nullptr when any error was reported (the diagnostics say why).
std::unique_ptr<ast::Module> parse_module(const SourceManager& sources, FileId file, DiagnosticEngine& diags);

}  // namespace parc
