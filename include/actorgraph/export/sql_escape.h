// Escaping for the PostgreSQL export: COPY text-format fields, array literals, identifiers.
#ifndef ACTORGRAPH_EXPORT_SQL_ESCAPE_H_
#define ACTORGRAPH_EXPORT_SQL_ESCAPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// `value` as one field of COPY ... FROM stdin in text format: backslash, tab, LF and CR as
// \\, \t, \n, \r; malformed UTF-8 and NUL (which PostgreSQL text cannot hold) as U+FFFD.
std::string CopyTextField(std::string_view value);

// The COPY text field for a text[] value: the array literal {"a","b \"c\""} (every element
// double-quoted, '"' and '\' backslash-escaped), then escaped as CopyTextField. No items
// give "{}".
std::string CopyArrayField(const std::vector<std::string>& items);

// `name` as an SQL identifier: double-quoted, '"' doubled ("my schema" -> "\"my schema\"").
std::string SqlIdentifier(std::string_view name);

// `value` as an SQL string literal: single-quoted, ' doubled ("it's" -> "'it''s'").
std::string SqlStringLiteral(std::string_view value);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_SQL_ESCAPE_H_
