// print's formatting, byte for byte as CPython's print() writes each value.
#include "runtime/runtime.h"
#include "support/float_repr.h"

#include <cinttypes>
#include <string>

extern "C" {

void parc_print_i64(parc_context* ctx, std::int64_t value) { std::fprintf(ctx->out, "%" PRId64, value); }

void parc_print_u64(parc_context* ctx, std::uint64_t value) { std::fprintf(ctx->out, "%" PRIu64, value); }

void parc_print_f64(parc_context* ctx, double value) {
  std::string text = parc::python_float_repr(value);
  std::fwrite(text.data(), 1, text.size(), ctx->out);
}

// Numba prints a float32 as the float64 it widens to, as CPython would.
void parc_print_f32(parc_context* ctx, float value) { parc_print_f64(ctx, static_cast<double>(value)); }

void parc_print_bool(parc_context* ctx, bool value) { std::fputs(value ? "True" : "False", ctx->out); }

void parc_print_text(parc_context* ctx, const char* text, std::int64_t length) {
  std::fwrite(text, 1, static_cast<std::size_t>(length), ctx->out);
}

void parc_print_repr(parc_context* ctx, const char* text, std::int64_t length) {
  std::string_view s(text, static_cast<std::size_t>(length));
  // CPython quotes with ' unless the text holds ' and no ".
  char quote = s.find('\'') != std::string_view::npos && s.find('"') == std::string_view::npos ? '"' : '\'';
  std::string out(1, quote);
  for (unsigned char c : s) {
    if (c == static_cast<unsigned char>(quote) || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += quote;
  std::fwrite(out.data(), 1, out.size(), ctx->out);
}
}
