// Reading and writing triples: the triple JSONL format (`actorgraph extract` writes it,
// `actorgraph build --triples` reads it) and a plain TSV form for hand-made input.
#ifndef ACTORGRAPH_GRAPH_TRIPLE_IO_H_
#define ACTORGRAPH_GRAPH_TRIPLE_IO_H_

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "actorgraph/graph/triple.h"
#include "actorgraph/status.h"

namespace actorgraph {

enum class TripleFormat { kJsonl, kTsv };

// kTsv for names ending in .tsv or .tab, else kJsonl.
TripleFormat TripleFormatForPath(std::string_view path);

// Reads triples one per line, calling `sink` for each, in order. Blank lines and, in TSV,
// lines starting with '#' are skipped. The first malformed line stops the read with
// "source:line: what was expected, got ..." (InvalidArgument); a Status returned by `sink`
// that is not ok also stops it and is returned.
Status ReadTriples(std::istream& in, std::string_view source_name, TripleFormat format,
                   const std::function<Status(Triple&&)>& sink);

// One triple as one line of JSONL (with the trailing '\n'), fields in a fixed order.
std::string TripleToJsonLine(const Triple& triple);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_TRIPLE_IO_H_
