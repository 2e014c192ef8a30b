// Document: one news article as read, before analysis.
#ifndef ACTORGRAPH_TEXT_DOCUMENT_H_
#define ACTORGRAPH_TEXT_DOCUMENT_H_

#include <cstddef>
#include <string>

namespace actorgraph {

struct Document {
  std::string id;          // JSONL `id`, else the path it was read from ("-" for stdin)
  std::string text;        // valid UTF-8, at most 4 GiB. For JSONL with a title: title +
                           // "\n\n" + text (text alone when it already opens with the title
                           // and a line break), so that the headline is the first sentence;
                           // byte spans of the evidence are offsets into this string
  size_t title_end = 0;    // bytes [0, title_end) are the title; 0 when there is none
  std::string date;        // ISO date (YYYY-MM-DD) when known, else empty
  std::string source;      // JSONL `source`; may be empty
  std::string url;         // JSONL `url`; may be empty
  std::string extra_json;  // the other JSONL fields as one JSON object ("{}" if none)
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_DOCUMENT_H_
