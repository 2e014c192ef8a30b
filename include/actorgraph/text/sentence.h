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
                        // dashes to '-', no-break spaces dropped; case kept
  bool space_before = false;  // white space separates it from the previous token
};

struct Sentence {
  int index = 0;        // 0-based, in document order
  uint32_t begin = 0;   // bytes [begin, end) in Document::text, trimmed of white space
  uint32_t end = 0;
  std::vector<Token> tokens;
  bool heading = false; // a title, headline or section heading: a line of its own with no
                        // final punctuation
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_SENTENCE_H_
