// UTF-8 checking and decoding for the text module (internal).
#ifndef ACTORGRAPH_SRC_TEXT_UTF8_H_
#define ACTORGRAPH_SRC_TEXT_UTF8_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace actorgraph::text_internal {

struct Utf8Error {
  size_t offset = 0;   // byte offset of the first byte of the bad sequence
  std::string what;    // "expected a continuation byte, got 0x41", ...
};

// The first ill-formed sequence of `bytes` (overlong forms, encoded surrogates and code
// points above U+10FFFF count as ill-formed), or nullopt when all of it is valid UTF-8.
std::optional<Utf8Error> FindInvalidUtf8(std::string_view bytes);

// Replaces each maximal ill-formed subpart of `*bytes` with U+FFFD, as the Unicode
// standard advises (so "\xED\xA0\x80", an encoded surrogate, becomes three). Returns how
// many were replaced.
size_t ReplaceInvalidUtf8(std::string* bytes);

// Decodes the code point at `bytes[pos]`, which must start a valid sequence; sets `*length`
// to its byte length.
inline char32_t DecodeUtf8(std::string_view bytes, size_t pos, size_t* length) {
  unsigned char b0 = static_cast<unsigned char>(bytes[pos]);
  if (b0 < 0x80) {
    *length = 1;
    return b0;
  }
  auto cont = [&](size_t i) { return static_cast<unsigned char>(bytes[pos + i]) & 0x3F; };
  if (b0 < 0xE0) {
    *length = 2;
    return (char32_t(b0 & 0x1F) << 6) | cont(1);
  }
  if (b0 < 0xF0) {
    *length = 3;
    return (char32_t(b0 & 0x0F) << 12) | (char32_t(cont(1)) << 6) | cont(2);
  }
  *length = 4;
  return (char32_t(b0 & 0x07) << 18) | (char32_t(cont(1)) << 12) | (char32_t(cont(2)) << 6) |
         cont(3);
}

// Appends the UTF-8 encoding of `cp` to `*out`.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace actorgraph::text_internal

#endif  // ACTORGRAPH_SRC_TEXT_UTF8_H_
