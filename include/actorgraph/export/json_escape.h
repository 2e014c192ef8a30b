// Escaping for JSON output: one string as a JSON string literal.
#ifndef ACTORGRAPH_EXPORT_JSON_ESCAPE_H_
#define ACTORGRAPH_EXPORT_JSON_ESCAPE_H_

#include <string>
#include <string_view>

namespace actorgraph {

// `text` as a JSON string literal, quotes included, written by RapidJSON: `"` and `\`
// escaped, control characters as \b \f \n \r \t or \u00XX, everything else as UTF-8. Bytes
// that are not well-formed UTF-8 become U+FFFD first, so the result always parses.
std::string JsonQuote(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_JSON_ESCAPE_H_
