// Every diagnostic parc reports has a stable code (E0001...) so that users
// can look it up in docs/language.md and tests can match it. The list is one
// X-macro: X(enumerator, "E0000", "one-line summary").
#pragma once

#include <string_view>

namespace parc {

#define PARC_DIAGNOSTIC_CODES(X)                                            \
  X(SyntaxError, "E0001", "invalid syntax")                                 \
  X(IndentationError, "E0002", "inconsistent or unexpected indentation")    \
  X(TabError, "E0003", "inconsistent use of tabs and spaces")               \
  X(UnterminatedString, "E0004", "a string literal is not closed")          \
  X(UnclosedBracket, "E0005", "a bracket is not closed or not matched")     \
  X(InvalidCharacter, "E0006", "a character that is not part of the language") \
  X(InvalidEncoding, "E0007", "the file is not valid UTF-8 text")           \
  X(TooDeeplyNested, "E0008", "nesting beyond the parser's limits")         \
  X(InvalidLiteral, "E0009", "a malformed or out-of-range literal")         \
  X(NotSupported, "E0010", "a Python construct parc does not support")      \
  X(UnsupportedModule, "E0011", "an import of a module parc does not provide") \
  X(InvalidTarget, "E0012", "an assignment to something that cannot be assigned") \
  X(UndefinedName, "E0100", "a name that is not defined")                   \
  X(ArgumentCount, "E0101", "a call with the wrong number of arguments")    \
  X(TypeMismatch, "E0102", "an operation on types that do not support it")  \
  X(ConflictingTypes, "E0103", "a variable used with two incompatible types") \
  X(UnsupportedFunction, "E0104", "a builtin or module attribute parc does not provide") \
  X(NotCallable, "E0105", "a call of something that is not a function")     \
  X(RecursiveType, "E0106", "a recursive function whose return type cannot be inferred") \
  X(NotConstant, "E0107", "a module variable read by a function that is not a constant") \
  X(InvalidArgument, "E0108", "an argument of a kind the callee does not take") \
  X(ParallelRace, "E0200", "a variable that parallel iterations of a prange loop would share") \
  X(ParallelControl, "E0201", "break or return inside a prange loop")

enum class DiagCode {
#define PARC_DIAG_ENUM(name, code, summary) name,
  PARC_DIAGNOSTIC_CODES(PARC_DIAG_ENUM)
#undef PARC_DIAG_ENUM
};

// "E0001" for DiagCode::SyntaxError.
std::string_view diag_code_string(DiagCode code);
// The one-line summary of a code, for docs and --explain style listings.
std::string_view diag_code_summary(DiagCode code);

}  // namespace parc
