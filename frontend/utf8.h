// Small UTF-8 helpers: validating a script's bytes before lexing, and
// counting code points so that columns and carets match what people see.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace parc {

// Length of the sequence a lead byte starts (1 for a stray continuation byte).
inline std::size_t utf8_sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 1;
}

// Appends the UTF-8 encoding of a code point.
void append_utf8(std::string& out, char32_t code_point);

// Number of code points in valid UTF-8 text.
std::uint32_t utf8_length(std::string_view text);

// Byte offset of the first invalid UTF-8 sequence, or npos when the text is
// valid (overlong forms, surrogates and values above U+10FFFF are invalid).
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace parc
