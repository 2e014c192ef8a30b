// Internal: decoding UTF-8 one code point at a time, for the escaping functions.
#ifndef ACTORGRAPH_SRC_EXPORT_UTF8_H_
#define ACTORGRAPH_SRC_EXPORT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace actorgraph::utf8 {

inline constexpr int32_t kInvalid = -1;
inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Decodes the code point starting at text[pos] and stores its length in *length. Returns
// kInvalid (with *length = 1) for a byte that does not start a well-formed, shortest-form
// sequence of a Unicode scalar value (surrogates and values above U+10FFFF are invalid).
int32_t Decode(std::string_view text, size_t pos, size_t* length);

// `text` with each invalid byte (as Decode sees it) replaced by U+FFFD.
std::string Sanitize(std::string_view text);

}  // namespace actorgraph::utf8

#endif  // ACTORGRAPH_SRC_EXPORT_UTF8_H_
