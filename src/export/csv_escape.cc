#include "actorgraph/export/csv_escape.h"

#include "export/utf8.h"

namespace actorgraph {
namespace {

constexpr std::string_view kFullwidthSemicolon = "\xEF\xBC\x9B";  // U+FF1B

// Sanitised UTF-8 with line breaks and other C0 controls as single spaces.
std::string Flatten(std::string_view value) {
  const std::string text = utf8::Sanitize(value);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;  // CRLF: one space
    out += c < 0x20 || c == 0x7F ? ' ' : static_cast<char>(c);
  }
  return out;
}

std::string Quote(const std::string& text) {
  if (text.empty()) return text;
  const bool needs_quotes = text.find_first_of(",\";") != std::string::npos ||
                            text.front() == ' ' || text.back() == ' ';
  if (!needs_quotes) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

}  // namespace

std::string CsvField(std::string_view value) { return Quote(Flatten(value)); }

std::string CsvArrayField(const std::vector<std::string>& items) {
  std::string joined;
  bool first = true;
  for (const std::string& item : items) {
    std::string element = Flatten(item);
    if (element.empty()) continue;
    if (!first) joined += ';';
    first = false;
    for (char c : element) {
      if (c == ';') {
        joined += kFullwidthSemicolon;
      } else {
        joined += c;
      }
    }
  }
  return Quote(joined);
}

}  // namespace actorgraph
