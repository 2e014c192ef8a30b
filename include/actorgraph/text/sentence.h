// Tokens and sentences of a document, with byte offsets into the original text.
#ifndef ACTORGRAPH_TEXT_SENTENCE_H_
#define ACTORGRAPH_TEXT_SENTENCE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace actorgraph {

struct Token {
  uint32_t begin = 0;   // bytes [begin, end) in Document::text
  uint32_t end = 0;
  std::string text;     // normalised for matching: curly quotes and apostrophes to ' and ",
                        // hyphens, dashes and minus to '-', "…" to "...", soft hyphens and
                        // zero-width characters dropped; case kept. No-break and other
                        // Unicode spaces separate tokens like spaces. A possessive is a
                        // token of its own ("'s"); hyphenated words, abbreviations with
                        // their periods ("U.S.", "Gen.") and numbers ("1,000") are one
  bool space_before = false;  // white space (any line break included) separates it from the
                              // previous token
};

struct Sentence {
  int index = 0;        // 0-based, in document order
  uint32_t begin = 0;   // bytes [begin, end) in Document::text: from its first token's begin
  uint32_t end = 0;     // to its last token's end
  std::vector<Token> tokens;
  bool heading = false; // the title (bytes before Document::title_end), or a headline or
                        // heading: a whole line whose last token is not . ! ? , ; : (closing
                        // quotes and brackets aside)
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_SENTENCE_H_
