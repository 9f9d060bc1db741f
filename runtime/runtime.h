// The C ABI that generated code calls: printing with CPython's formatting,
// raising runtime errors, and the clock. Every function takes the
// parc_context of the current run. Generated code reads `error` (at offset
// 0) after calls that may raise and returns early when it is set; nothing
// unwinds through native frames, so an error never aborts the host.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

extern "C" {

enum parc_error_kind : std::int32_t {
  PARC_OK = 0,
  PARC_ZERO_DIVISION_ERROR = 1,
  PARC_ASSERTION_ERROR = 2,
  PARC_VALUE_ERROR = 3,
  PARC_INDEX_ERROR = 4,
  PARC_MEMORY_ERROR = 5,
};

struct parc_threading;  // thread settings and pool (runtime/parallel.h)
struct parc_profile;    // per-function call counts and times for `parc run --time` (runtime/profile.h)

struct parc_context {
  std::int32_t error;        // a parc_error_kind; generated code tests it
  std::int32_t in_parallel;  // 1 inside a parallel loop's body: loops nested there run serially
  const char* file;          // where the first error was raised
  std::int64_t line;
  char message[256];
  std::FILE* out;              // where print writes
  parc_threading* threading;   // null: parallel loops run serially
  std::int64_t num_threads;    // threads the next parallel loop uses (numba.set_num_threads)
  parc_profile* profile;       // null unless the code was compiled to count calls (parc run --time)
};

// Records the first error of a run (later ones are ignored).
void parc_raise(parc_context* ctx, std::int32_t kind, const char* file, std::int64_t line, const char* message);
// Gives an error raised where no location was known (file null) the
// caller's file and line.
void parc_locate_error(parc_context* ctx, const char* file, std::int64_t line);

void parc_print_i64(parc_context* ctx, std::int64_t value);
void parc_print_u64(parc_context* ctx, std::uint64_t value);
void parc_print_f64(parc_context* ctx, double value);
void parc_print_f32(parc_context* ctx, float value);
void parc_print_bool(parc_context* ctx, bool value);
// Text as is (print's own strings, separators, brackets).
void parc_print_text(parc_context* ctx, const char* text, std::int64_t length);
// A string as repr() shows it, for strings inside tuples: 'text'.
void parc_print_repr(parc_context* ctx, const char* text, std::int64_t length);

double parc_perf_counter();
double parc_lgamma(double x);  // thread-safe lgamma
// round(x, ndigits) on floats, computed as Numba computes it.
double parc_round_digits(double x, std::int64_t ndigits);
}

namespace parc::runtime {

// A context that prints to `out` and runs parallel loops on `threading`
// (serially when null) with all its threads.
parc_context make_context(std::FILE* out, parc_threading* threading = nullptr);
// "file.py:12: ZeroDivisionError: integer division or modulo by zero"
std::string format_error(const parc_context& ctx);
const char* error_kind_name(std::int32_t kind);

// Name and address of every function above, for the JIT's symbol table.
struct Symbol {
  const char* name;
  void* address;
};
const Symbol* symbols(std::size_t* count);

}  // namespace parc::runtime
