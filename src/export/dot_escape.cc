#include "actorgraph/export/dot_escape.h"

#include "actorgraph/export/xml_escape.h"

namespace actorgraph {

namespace {

std::string Escape(std::string_view text, std::string_view backslash) {
  const std::string clean = SanitizeXmlChars(text);
  std::string out;
  out.reserve(clean.size() + 8);
  for (size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    if (c == '\\') {
      out += backslash;
    } else if (c == '&') {
      out += "&amp;";
    } else if (c == '\r') {
      out += "\\n";
      if (i + 1 < clean.size() && clean[i + 1] == '\n') ++i;
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string DotLabel(std::string_view text) { return Escape(text, "\\\\"); }

std::string DotTooltip(std::string_view text) { return Escape(text, "\\\\\\\\"); }

}  // namespace actorgraph
