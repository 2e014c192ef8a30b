// LinkParser: a thin, thread-safe wrapper around the Link Grammar parser (English
// dictionary). One dictionary is shared by the whole process; parse options are made once
// per thread, so Parse may be called from several threads at once.
#ifndef ACTORGRAPH_SRC_EXTRACT_LINK_PARSER_H_
#define ACTORGRAPH_SRC_EXTRACT_LINK_PARSER_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/status.h"

namespace actorgraph::extract {

// One word of a linkage. Walls have begin == end == kNoByte.
struct LinkWord {
  static constexpr size_t kNoByte = static_cast<size_t>(-1);
  std::string text;       // as Link Grammar prints it, with its subscript: "ruled.v-d"
  size_t begin = kNoByte;  // bytes [begin, end) in the parsed text
  size_t end = kNoByte;
};

// One link between two words (left < right).
struct Link {
  std::string label;  // "Ss*s", "Os", "MVp", ...
  int left = 0;
  int right = 0;
};

// The best linkage of a sentence.
struct Linkage {
  std::vector<LinkWord> words;
  std::vector<Link> links;
  int null_count = 0;  // words left out of the linkage
};

struct LinkParserOptions {
  // Seconds one sentence may take before the parser gives up: a bound far above what a
  // sentence of at most 30 tokens needs (milliseconds), so that load does not change results.
  // Default: 5.
  int max_parse_time = 5;
  // Linkages the parser enumerates before picking the best (beyond it, a random sample:
  // the best may be missed). Default: 60.
  int linkage_limit = 60;
  // Longest link (in words) for most link types. Shorter is faster (6 ms against 16 ms a
  // Reuters sentence at 10) but loses coordinations and catenatives. Default: 16.
  int short_length = 16;
  // When no full parse exists, retry allowing up to this many words left out. Default: 1.
  // About one window in six of news has no full parse, often for one stray word (a
  // quotation fragment, an unknown abbreviation); the retry reads most of them. It costs
  // about a quarter more parse time, and two words out adds nothing one does not.
  int max_null_count = 1;
};

class LinkParser {
 public:
  // The process-wide parser; nullptr when the Link Grammar English dictionary cannot be
  // opened (the reason is then in *error when given). Made on first call; thread-safe.
  static const LinkParser* Shared(std::string* error = nullptr);

  // Parses `text` (words separated by spaces). Returns false when no linkage is found
  // within the time and null-count bounds. Thread-safe.
  bool Parse(std::string_view text, Linkage* linkage) const;

  const LinkParserOptions& options() const { return options_; }

 private:
  explicit LinkParser(void* dictionary) : dictionary_(dictionary) {}
  void* dictionary_;  // ::Dictionary, kept opaque so this header needs no LG include
  LinkParserOptions options_;
};

}  // namespace actorgraph::extract

#endif  // ACTORGRAPH_SRC_EXTRACT_LINK_PARSER_H_
