// A position in a kernel script: which file, which line and column, and how
// many characters the construct spans. Every AST node and every diagnostic
// carries one. Lines and columns are 1-based; columns and lengths count
// Unicode code points, so a caret lines up under non-ASCII text too.
#pragma once

#include <cstdint>

namespace parc {

using FileId = std::uint32_t;

struct SourceLoc {
  FileId file = 0;
  std::uint32_t line = 0;  // 0: no location (e.g. a whole-file problem)
  std::uint32_t col = 0;
  std::uint32_t len = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const SourceLoc&, const SourceLoc&) = default;
};

}  // namespace parc
