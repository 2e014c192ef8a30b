// Reading articles as users have them: .txt files, directories of them, JSONL article files
// and standard input.
#ifndef ACTORGRAPH_TEXT_DOCUMENT_READER_H_
#define ACTORGRAPH_TEXT_DOCUMENT_READER_H_

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/text/document.h"

namespace actorgraph {

struct ReadOptions {
  // Replace invalid UTF-8 with U+FFFD (one per maximal ill-formed subpart) and warn once per
  // file with the count, instead of failing with the file and byte offset. Default: false.
  bool lenient = false;
  // Where warnings go (one message each, no trailing newline). Default: dropped.
  std::function<void(const std::string&)> warn;
};

using DocumentSink = std::function<Status(Document&&)>;

// One .txt article: the first line is the title when a blank line follows it. `path`
// becomes the document id and prefixes errors ("a.txt: invalid UTF-8 at byte 17: ...").
// The bytes are kept as they are (only repaired when lenient).
Result<Document> ParseTextDocument(std::string bytes, std::string_view path,
                                   const ReadOptions& options);

// JSONL articles, one object a line (blank lines skipped): `id` (string or integer) and
// `text` required; `title`, `date`, `source`, `url` optional strings (or null); other fields
// kept in extra_json. Dates are normalised to YYYY-MM-DD, or left empty with one warning
// per stream. Errors name "source:line: ..." (InvalidArgument); the first error stops.
Status ReadJsonlDocuments(std::istream& in, std::string_view source_name,
                          const ReadOptions& options, const DocumentSink& sink);

// Reads every input in order: a file (.jsonl and .ndjson as JSONL, .json as an array of
// article objects or one, anything else as one text article),
// a directory (its .txt and .jsonl files, recursively, in sorted path order, skipping names
// that start with '.'), or "-" for `stdin_stream` (JSONL if its first non-blank byte is '{',
// else one text article). NotFound for a missing input, IOError for one that cannot be
// read; a sink error stops reading and is returned.
Status ReadInputs(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                  const ReadOptions& options, const DocumentSink& sink);

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_DOCUMENT_READER_H_
