// Runtime errors: recorded in the context, reported by the caller.
#include "runtime/runtime.h"

#include "runtime/parallel.h"

#include <cstring>

extern "C" void parc_raise(parc_context* ctx, std::int32_t kind, const char* file, std::int64_t line,
                           const char* message) {
  if (ctx->error != PARC_OK) return;
  ctx->error = kind;
  ctx->file = file;
  ctx->line = line;
  std::strncpy(ctx->message, message ? message : "", sizeof ctx->message - 1);
  ctx->message[sizeof ctx->message - 1] = '\0';
}

extern "C" void parc_locate_error(parc_context* ctx, const char* file, std::int64_t line) {
  if (ctx->error == PARC_OK || ctx->file) return;
  ctx->file = file;
  ctx->line = line;
}

namespace parc::runtime {

parc_context make_context(std::FILE* out, parc_threading* threading) {
  parc_context ctx{};
  ctx.out = out;
  ctx.threading = threading;
  ctx.num_threads = max_threads(threading);
  return ctx;
}

const char* error_kind_name(std::int32_t kind) {
  switch (kind) {
    case PARC_ZERO_DIVISION_ERROR: return "ZeroDivisionError";
    case PARC_ASSERTION_ERROR: return "AssertionError";
    case PARC_VALUE_ERROR: return "ValueError";
    case PARC_INDEX_ERROR: return "IndexError";
    case PARC_MEMORY_ERROR: return "MemoryError";
    default: return "Error";
  }
}

std::string format_error(const parc_context& ctx) {
  std::string out = std::string(ctx.file ? ctx.file : "<unknown>") + ":" + std::to_string(ctx.line) + ": " +
                    error_kind_name(ctx.error);
  if (ctx.message[0] != '\0') out += std::string(": ") + ctx.message;
  return out;
}

}  // namespace parc::runtime
