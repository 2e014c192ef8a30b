#include "export/utf8.h"

namespace actorgraph::utf8 {

int32_t Decode(std::string_view text, size_t pos, size_t* length) {
  *length = 1;
  const auto byte = [&](size_t i) { return static_cast<uint8_t>(text[pos + i]); };
  const uint8_t lead = byte(0);
  if (lead < 0x80) return lead;
  size_t count;
  int32_t code_point;
  int32_t min_value;
  if ((lead & 0xE0) == 0xC0) {
    count = 2, code_point = lead & 0x1F, min_value = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    count = 3, code_point = lead & 0x0F, min_value = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    count = 4, code_point = lead & 0x07, min_value = 0x10000;
  } else {
    return kInvalid;
  }
  if (pos + count > text.size()) return kInvalid;
  for (size_t i = 1; i < count; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return kInvalid;
    code_point = (code_point << 6) | (byte(i) & 0x3F);
  }
  if (code_point < min_value || code_point > 0x10FFFF ||
      (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    return kInvalid;
  }
  *length = count;
  return code_point;
}

std::string Sanitize(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t length;
    if (Decode(text, pos, &length) == kInvalid) {
      out += kReplacement;
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

}  // namespace actorgraph::utf8
