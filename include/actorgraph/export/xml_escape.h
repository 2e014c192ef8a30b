// Escaping for XML 1.0 output (GraphML): text and attribute escaping that never emits a
// character XML 1.0 forbids, and ids that are valid NMTOKENs.
#ifndef ACTORGRAPH_EXPORT_XML_ESCAPE_H_
#define ACTORGRAPH_EXPORT_XML_ESCAPE_H_

#include <string>
#include <string_view>

namespace actorgraph {

// `text` with every byte sequence that is not a character allowed by XML 1.0 replaced by
// U+FFFD: malformed or overlong UTF-8, encoded surrogates, C0 controls other than tab, LF
// and CR, U+FFFE and U+FFFF. Each malformed byte is replaced on its own. Valid text is
// returned unchanged.
std::string SanitizeXmlChars(std::string_view text);

// Character data for an element: SanitizeXmlChars, then `&`, `<`, `>` as entities and CR as
// "&#13;" (so that a parser's line-end normalisation does not turn it into LF).
std::string XmlEscapeText(std::string_view text);

// An attribute value (for double quotes): as XmlEscapeText, plus `"` and `'` as entities and
// tab and LF as character references (attribute normalisation would turn them into spaces).
std::string XmlEscapeAttribute(std::string_view value);

// An XML NMTOKEN (GraphML node and edge ids) that maps distinct ids to distinct tokens:
// ASCII letters, digits, '_' and '-' are kept, every other byte becomes '.' and two
// upper-case hex digits ("côte" -> "c.C3.B4te"); "" becomes ".".
std::string NmtokenId(std::string_view id);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_XML_ESCAPE_H_
