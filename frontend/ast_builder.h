// Turns the ANTLR parse tree of a whole script into parc's AST. This is also
// where Python constructs outside parc's subset (class, lambda, try, with,
// yield, comprehensions, f-strings, *args, other modules, ...) are rejected,
// each with its own located "not supported" message, so that the rest of
// the compiler never sees them. Frontend-internal: called by parse.cpp.
#pragma once

#include "frontend/ast.h"
#include "frontend/diagnostics.h"

#include "KernelParser.h"

#include <memory>

namespace parc {

std::unique_ptr<ast::Module> build_ast(kernel_grammar::KernelParser::File_inputContext* tree, FileId file,
                                       DiagnosticEngine& diags);

}  // namespace parc
