// Diagnostics are values: a code, a severity, a location, a message and
// notes. Every layer reports into a DiagnosticEngine; nothing prints
// directly. The CLI renders them (diagnostic_renderer.h), the embedding API
// hands them to the host inside an exception.
#pragma once

#include "frontend/diagnostic_codes.h"
#include "frontend/source_loc.h"

#include <string>
#include <vector>

namespace parc {

enum class Severity { Error, Warning, Note };

struct DiagnosticNote {
  SourceLoc loc;  // may be invalid: a note without a place
  std::string message;
};

struct Diagnostic {
  DiagCode code = DiagCode::SyntaxError;
  Severity severity = Severity::Error;
  SourceLoc loc;
  std::string message;
  std::vector<DiagnosticNote> notes;
};

class DiagnosticEngine {
 public:
  // Reports an error and returns it, so that the caller can attach notes;
  // an error identical to one already reported is not repeated.
  Diagnostic& error(DiagCode code, SourceLoc loc, std::string message);
  Diagnostic& warning(DiagCode code, SourceLoc loc, std::string message);

  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }
  // Diagnostics sorted by file, line and column (stable for equal places).
  std::vector<Diagnostic> sorted() const;
  void clear();

 private:
  std::vector<Diagnostic> diagnostics_;
  std::size_t error_count_ = 0;
};

}  // namespace parc
