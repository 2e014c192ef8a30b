// Tokenizer for the text module (internal): splits text into tokens with byte offsets and
// normalised forms, and marks what the segmenter needs to place sentence boundaries.
#ifndef ACTORGRAPH_SRC_TEXT_TOKENIZER_H_
#define ACTORGRAPH_SRC_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "actorgraph/text/sentence.h"

namespace actorgraph::text_internal {

enum class TokenKind : uint8_t {
  kWord,          // letters, digits and marks, with inner hyphens and apostrophes
  kNumber,        // starts with a digit: "1,000", "3.5", "10:30", "1990-95"
  kAbbreviation,  // ends in its period: "U.S.", "Gen.", "W.", "e.g."
  kTerminal,      // ".", "!", "?", runs of them ("?!"), and ellipses ("...", "…")
  kOpenBracket,   // ( [ {
  kCloseBracket,  // ) ] }
  kQuote,         // ' " and their curly forms (normalised text says which)
  kOther,         // any other punctuation or symbol: , ; : - / $ % ...
};

enum class AbbreviationClass : uint8_t {
  kNone,
  kTitle,      // Mr. Gen. Lt. Dr. St. ...: always followed by a name, never ends a sentence
  kOther,      // U.S. Jan. Inc. W. etc.: ends a sentence only before a sentence opener
};

struct RawToken {
  Token token;
  TokenKind kind = TokenKind::kOther;
  AbbreviationClass abbreviation = AbbreviationClass::kNone;
  uint8_t newlines_before = 0;  // line breaks in the white space before it (capped at 2;
                                // a paragraph separator or blank line counts 2)
  bool indented = false;        // first on a line that starts with spaces or tabs
  bool has_lower = false;       // has a lower-case letter
  bool upper_initial = false;   // first character is an upper-case or title-case letter
  bool lower_initial = false;   // first character is a lower-case letter
  char32_t quote = 0;           // for kQuote: the original character (“ ” ‘ ’ " ')
};

// Tokens of `text` in order. Invalid UTF-8 bytes become kOther tokens of their own.
void Tokenize(std::string_view text, std::vector<RawToken>* tokens);

}  // namespace actorgraph::text_internal

#endif  // ACTORGRAPH_SRC_TEXT_TOKENIZER_H_
