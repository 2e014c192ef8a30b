#include "actorgraph/export/xml_escape.h"

#include <cstdint>

#include "export/utf8.h"

namespace actorgraph {
namespace {

bool IsXmlChar(int32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string Escape(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (size_t pos = 0; pos < text.size();) {
    size_t length;
    const int32_t c = utf8::Decode(text, pos, &length);
    if (c == utf8::kInvalid || !IsXmlChar(c)) {
      out += utf8::kReplacement;
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else if (c == '\r') {
      out += "&#13;";
    } else if (attribute && c == '"') {
      out += "&quot;";
    } else if (attribute && c == '\'') {
      out += "&apos;";
    } else if (attribute && c == '\n') {
      out += "&#10;";
    } else if (attribute && c == '\t') {
      out += "&#9;";
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

}  // namespace

std::string SanitizeXmlChars(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t pos = 0; pos < text.size();) {
    size_t length;
    const int32_t c = utf8::Decode(text, pos, &length);
    if (c == utf8::kInvalid || !IsXmlChar(c)) {
      out += utf8::kReplacement;
    } else {
      out.append(text.substr(pos, length));
    }
    pos += length;
  }
  return out;
}

std::string XmlEscapeText(std::string_view text) { return Escape(text, /*attribute=*/false); }

std::string XmlEscapeAttribute(std::string_view value) {
  return Escape(value, /*attribute=*/true);
}

std::string NmtokenId(std::string_view id) {
  if (id.empty()) return ".";
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (char ch : id) {
    const auto byte = static_cast<unsigned char>(ch);
    if ((byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
        (byte >= '0' && byte <= '9') || byte == '_' || byte == '-') {
      out += ch;
    } else {
      out += '.';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

}  // namespace actorgraph
