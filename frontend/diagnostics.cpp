#include "frontend/diagnostics.h"

#include <algorithm>
#include <tuple>

namespace parc {

std::string_view diag_code_string(DiagCode code) {
  switch (code) {
#define PARC_DIAG_CASE(name, text, summary) \
  case DiagCode::name:                      \
    return text;
    PARC_DIAGNOSTIC_CODES(PARC_DIAG_CASE)
#undef PARC_DIAG_CASE
  }
  return "E????";
}

std::string_view diag_code_summary(DiagCode code) {
  switch (code) {
#define PARC_DIAG_CASE(name, text, summary) \
  case DiagCode::name:                      \
    return summary;
    PARC_DIAGNOSTIC_CODES(PARC_DIAG_CASE)
#undef PARC_DIAG_CASE
  }
  return "";
}

Diagnostic& DiagnosticEngine::error(DiagCode code, SourceLoc loc, std::string message) {
  // The same error at the same place (a function specialised twice) once.
  for (Diagnostic& seen : diagnostics_)
    if (seen.code == code && seen.loc == loc && seen.message == message) return seen;
  ++error_count_;
  return diagnostics_.emplace_back(Diagnostic{code, Severity::Error, loc, std::move(message), {}});
}

Diagnostic& DiagnosticEngine::warning(DiagCode code, SourceLoc loc, std::string message) {
  return diagnostics_.emplace_back(Diagnostic{code, Severity::Warning, loc, std::move(message), {}});
}

std::vector<Diagnostic> DiagnosticEngine::sorted() const {
  std::vector<Diagnostic> out = diagnostics_;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.loc.file, a.loc.line, a.loc.col) < std::tie(b.loc.file, b.loc.line, b.loc.col);
  });
  return out;
}

void DiagnosticEngine::clear() {
  diagnostics_.clear();
  error_count_ = 0;
}

}  // namespace parc
