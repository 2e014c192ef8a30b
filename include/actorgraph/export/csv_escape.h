// Escaping for the Neo4j CSV export (neo4j-admin database import, LOAD CSV): RFC 4180 fields
// that neo4j-admin reads with its defaults (delimiter ',', array delimiter ';', quote '"',
// no --multiline-fields).
#ifndef ACTORGRAPH_EXPORT_CSV_ESCAPE_H_
#define ACTORGRAPH_EXPORT_CSV_ESCAPE_H_

#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

// `value` as one CSV field: malformed UTF-8 becomes U+FFFD, each line break (LF, CR, CRLF)
// and every other C0 control character a space (so no field spans lines); then the field is
// quoted, quotes doubled, when it contains ',', '"' or ';', starts or ends with a space, or
// would otherwise be empty (an empty unquoted field is "no value"). "" stays empty.
std::string CsvField(std::string_view value);

// `items` as one CSV field of a neo4j-admin array (`name:string[]`): elements joined by ';',
// a ';' inside an element replaced by U+FF1B FULLWIDTH SEMICOLON (neo4j-admin has no escape
// for the array delimiter), empty elements left out; quoted as CsvField. No items give "".
std::string CsvArrayField(const std::vector<std::string>& items);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_CSV_ESCAPE_H_
