// AliasTable: the short forms a document has introduced so far — a person's surname and
// full name, an acronym given in parentheses, a body's name without its country — so that
// later mentions ("Soleimani", "the FSB", "the Parliament") resolve to the full actor.
#ifndef ACTORGRAPH_SRC_ACTORS_ALIAS_TABLE_H_
#define ACTORGRAPH_SRC_ACTORS_ALIAS_TABLE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actorgraph/graph/actor.h"
#include "actors/finder_state.h"
#include "actors/words.h"

namespace actorgraph::actors_internal {

class NameMatcher;

// The key a word is remembered and looked up under: its lookup key, with Latin letters
// folded for words outside ASCII ("Erdoğan" and "Erdogan" are one surname).
std::string AliasKey(const Word& word);

class AliasTable {
 public:
  enum class Kind {
    kFullName,   // "Qasem Soleimani": matched when every word is capitalised
    kSurname,    // "Soleimani"
    kAcronym,    // "FSB": matched case for case
    kShortBody,  // "Parliament" after "the Iraqi Parliament"
  };

  // Remembers `words` (a name as written) as a short form of `actor`; a later Add of the
  // same words replaces the actor (the latest body called "the Parliament" wins), except
  // for surnames. A body's short form or acronym that another actor brings too (a body or
  // a person) is marked shared (Match::shared), whichever holds it; a `secondary` body short form (a company's first
  // word) never displaces another body's. A surname stays with the person who brought it first ("Biden" is Joe
  // Biden after "his son Hunter Biden": news names the relative in full), unless two
  // people bring it in one sentence ("Dorsa and Borna Derakhshani"): then it resolves to
  // neither. A `secondary` surname (the first of two surnames, "Rosselló" of "Ricardo
  // Rosselló Nevares") never displaces or clouds another's.
  void Add(const std::vector<Word>& words, size_t begin, size_t end, const Actor& actor,
           Kind kind, bool secondary = false);

  // Marks the end of a sentence's aliases: surnames added after it come from a later one.
  void NextSentence() { ++sentence_; }

  struct Match {
    size_t end = 0;  // words [begin, end) matched
    const Actor* actor = nullptr;
    Kind kind = Kind::kFullName;
    size_t sentence = 0;  // the sentence that added it (counted by NextSentence)
    bool shared = false;  // a body short form or acronym two bodies of the document brought
  };
  // The longest alias starting at words[begin]; nullopt if none.
  std::optional<Match> LongestMatch(const std::vector<Word>& words, size_t begin) const;

  // The person `key` (an AliasKey) is the surname of, or nullptr.
  const Actor* PersonWithSurname(const std::string& key) const;

 private:
  struct Entry {
    std::vector<std::string> texts;  // as written, dots dropped
    std::vector<std::string> keys;
    Actor actor;
    Kind kind;
    bool ambiguous = false;
    bool secondary = false;
    bool shared = false;
    size_t sentence = 0;  // the sentence that added it
  };
  size_t sentence_ = 0;
  std::unordered_map<std::string, std::vector<Entry>> by_first_key_;
};

// Adds alias mentions (how = kAlias) for words no other mention covers.
// With `people_only`, only people's names and surnames (the second look at a sentence,
// after its own names are registered).
void FindAliases(const AliasTable& aliases, SentenceState* sentence, bool people_only = false);

// Adds alias mentions for bodies' short forms and acronyms only, for words no other mention
// covers: the document-level look at sentence number `index` (as NextSentence counts) once
// every sentence has registered its names ("Hasbro" before "Hasbro Inc" is named). Only
// short forms a later sentence brought (the earlier ones were looked for as the document
// was read), none that two bodies share, none before a possessive ("Hasbro's"), next to
// another capitalised word or hyphen ("Cominco American"), that is a person's surname or
// given name, or (one word) that is a common word or one the document writes in lower
// case (`lower_case_keys`: "General", "Federation").
void FindBodyAliases(const AliasTable& aliases, size_t index,
                     const std::unordered_set<std::string>& lower_case_keys,
                     SentenceState* sentence);

// The keys of the words `sentences` write all in lower case, outside headings.
std::unordered_set<std::string> LowerCaseKeys(const std::vector<SentenceState>& sentences);

// Of `lone_words` (LoneCapitalisedWords), those a company's first word may stand for the
// company by: used somewhere where a body stands ("recalled to Scripps", "Leucadia said",
// "Leucadia's"), and nowhere in `sentences` a listed name, a word after a locative ("in
// Chicago") or before a country ("Toronto, Canada"), or written in lower case; not a given
// name or a common word.
std::unordered_set<std::string> LoneBodyWords(const std::vector<SentenceState>& sentences,
                                              const std::unordered_set<std::string>& lone_words,
                                              const NameMatcher& matcher);

// Remembers the short forms the mentions of `sentence` introduce: the full name and surname
// of a person found by pattern or named in full from the dictionary, a body's name without
// its country or demonym. A company's first word is its short form too ("Scripps" for
// "Scripps Institution of Oceanography", "Leucadia" for "Leucadia National Corp") when it
// is in `lone_body_words` (the words the document uses alone as a body could be named; see
// LoneBodyWords); null for none.
void RegisterAliases(const SentenceState& sentence, AliasTable* aliases,
                     const std::unordered_set<std::string>* lone_body_words = nullptr);

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_ALIAS_TABLE_H_
