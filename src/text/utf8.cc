#include "text/utf8.h"

#include <cstdio>

namespace actorgraph::text_internal {
namespace {

std::string Hex(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// Length of the valid sequence at `pos`, or 0 with `*what` and `*bad_length` (the bytes the
// ill-formed sequence covers, at least 1) set.
size_t CheckSequence(std::string_view s, size_t pos, std::string* what, size_t* bad_length) {
  unsigned char b0 = static_cast<unsigned char>(s[pos]);
  *bad_length = 1;
  if (b0 < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 3;
    if (b0 == 0xE0) lo = 0xA0;  // below: overlong
    if (b0 == 0xED) hi = 0x9F;  // above: UTF-16 surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 4;
    if (b0 == 0xF0) lo = 0x90;  // below: overlong
    if (b0 == 0xF4) hi = 0x8F;  // above: beyond U+10FFFF
  } else if (b0 >= 0x80 && b0 <= 0xBF) {
    *what = "unexpected continuation byte " + Hex(b0);
    return 0;
  } else if (b0 == 0xC0 || b0 == 0xC1) {
    *what = "overlong encoding starting with " + Hex(b0);
    return 0;
  } else {
    *what = "byte " + Hex(b0) + " never appears in UTF-8";
    return 0;
  }
  for (size_t i = 1; i < need; ++i) {
    if (pos + i >= s.size()) {
      *what = "truncated sequence: expected a continuation byte, got end of input";
      *bad_length = i;
      return 0;
    }
    unsigned char b = static_cast<unsigned char>(s[pos + i]);
    unsigned char min = i == 1 ? lo : 0x80, max = i == 1 ? hi : 0xBF;
    if (b < min || b > max) {
      if (b >= 0x80 && b <= 0xBF) {
        *what = i == 1 && b0 == 0xED   ? "encoded UTF-16 surrogate"
                : i == 1 && b0 == 0xF4 ? "code point above U+10FFFF"
                                       : "overlong encoding starting with " + Hex(b0);
      } else {
        *what = "truncated sequence: expected a continuation byte, got " + Hex(b);
      }
      *bad_length = i;
      return 0;
    }
  }
  return need;
}

}  // namespace

std::optional<Utf8Error> FindInvalidUtf8(std::string_view bytes) {
  size_t pos = 0;
  while (pos < bytes.size()) {
    // ASCII fast path, eight bytes at a time.
    while (pos + 8 <= bytes.size()) {
      unsigned long long word;
      __builtin_memcpy(&word, bytes.data() + pos, 8);
      if (word & 0x8080808080808080ULL) break;
      pos += 8;
    }
    if (pos >= bytes.size()) break;
    std::string what;
    size_t bad_length;
    size_t n = CheckSequence(bytes, pos, &what, &bad_length);
    if (n == 0) return Utf8Error{pos, std::move(what)};
    pos += n;
  }
  return std::nullopt;
}

size_t ReplaceInvalidUtf8(std::string* bytes) {
  if (!FindInvalidUtf8(*bytes)) return 0;
  std::string out;
  out.reserve(bytes->size() + 16);
  size_t replaced = 0;
  size_t pos = 0;
  while (pos < bytes->size()) {
    std::string what;
    size_t bad_length;
    size_t n = CheckSequence(*bytes, pos, &what, &bad_length);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
      pos += bad_length;
    } else {
      out.append(*bytes, pos, n);
      pos += n;
    }
  }
  *bytes = std::move(out);
  return replaced;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace actorgraph::text_internal
