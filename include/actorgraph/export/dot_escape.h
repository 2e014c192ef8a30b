// Escaping for Graphviz DOT label values. Quoting a value for the DOT syntax is cgraph's job
// (agwrite); this only makes Graphviz's label escapes (\n, \l, \N, ...) and its HTML
// entities display the text as it is.
#ifndef ACTORGRAPH_EXPORT_DOT_ESCAPE_H_
#define ACTORGRAPH_EXPORT_DOT_ESCAPE_H_

#include <string>
#include <string_view>

namespace actorgraph {

// `text` as the value of a Graphviz `label` that renders as `text`: a backslash becomes
// "\\", `&` becomes "&amp;" (Graphviz decodes entities in plain labels), a newline (LF, CR
// or CRLF) becomes "\n" (a centred line break). Characters that would make the SVG invalid
// (other control characters, malformed UTF-8) become U+FFFD.
std::string DotLabel(std::string_view text);

// `text` as the value of a Graphviz `tooltip` that shows as `text`: as DotLabel, except that
// a backslash becomes four, because Graphviz undoes backslash escapes in tooltips twice
// (checked with dot 2.43 by rendering to SVG).
std::string DotTooltip(std::string_view text);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DOT_ESCAPE_H_
