// Words: the pieces of a sentence's tokens that actor matching works on. Tokenisers differ
// on "US-Iran" (one token or three) and "Iran's" (one or two); splitting every token into
// words, hyphens and possessive endings makes the finder independent of that choice.
#ifndef ACTORGRAPH_SRC_ACTORS_WORDS_H_
#define ACTORGRAPH_SRC_ACTORS_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/text/sentence.h"

namespace actorgraph::actors_internal {

enum class WordKind {
  kWord,        // letters, digits, inner dots and apostrophes: "Iran", "U.S.", "d'Ivoire"
  kHyphen,      // any dash or hyphen, normalised to "-"
  kPossessive,  // "'s" or a bare "'" ending a token: "Iran’s" -> "Iran" + "'s"
  kPunct,       // any other punctuation character, one a word: "(", ",", "\""
};

struct Word {
  WordKind kind = WordKind::kWord;
  std::string text;        // as written, with apostrophes and dashes normalised
  std::string key;         // for lookup: ASCII lower-cased, trailing dots dropped
  uint32_t begin = 0;      // bytes [begin, end) in the document text
  uint32_t end = 0;
  uint32_t token = 0;      // index of the token it is part of
  bool space_before = false;  // white space separates it from the previous word
  bool capitalised = false;   // first letter upper case ("Iran", "US", "U.S.")
  bool has_upper = false;     // any upper-case letter
  bool all_upper = false;     // letters all upper case and at least two of them ("US", "FSB")
};

// The words of `sentence` in order. `text` is the document text the tokens point into.
std::vector<Word> SplitWords(std::string_view text, const Sentence& sentence);

// The words of a dictionary name or phrase, split the same way as sentences.
std::vector<Word> SplitPhrase(std::string_view phrase);

// The space-separated words of an actor's canonical name: "Bill de Blasio" -> Bill, de, Blasio.
std::vector<std::string> NameWords(std::string_view name);

// A quotation mark: straight, curly or a guillemet.
bool IsQuotationMark(const Word& word);

// The lookup key of a piece of text: ASCII lower-cased, trailing dots dropped.
std::string WordKey(std::string_view text);

// Byte length of `word.text` without its trailing dots (for spans that end on "U.S" vs ".").
size_t LengthWithoutTrailingDots(std::string_view text);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_WORDS_H_
