// NameMatcher: the dictionary's names, acronyms, capitals and demonyms in a token trie keyed
// by lower-cased words, so that finding the longest name starting at a word costs one hash
// lookup per word, whatever the size of the dictionary.
#ifndef ACTORGRAPH_SRC_ACTORS_NAME_MATCHER_H_
#define ACTORGRAPH_SRC_ACTORS_NAME_MATCHER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/graph/actor.h"
#include "actors/words.h"

namespace actorgraph::actors_internal {

struct NameMatch {
  size_t begin = 0;  // words [begin, end)
  size_t end = 0;
  uint32_t entry = 0;  // index into the dictionary's entries
  NameKind kind = NameKind::kName;
  bool starts_with_the = false;    // the name itself begins with "the" ("the Kremlin")
  bool keep_trailing_dot = false;  // the name itself ends in '.' ("U.S.")
};

// A word folded for surname lookup: MakeActorId's folding ("Erdoğan" -> "erdogan").
std::string FoldedKey(std::string_view text);

class NameMatcher {
 public:
  // Copies what it needs; `entries` may go away afterwards.
  explicit NameMatcher(const std::vector<DictionaryEntry>& entries);

  // The longest name starting at words[begin] whose case rules hold: acronyms match case
  // for case; other names ignore case, except that a word written all in lower case never
  // matches a capitalised word of the name ("turkey" is not "Turkey"). nullopt if none.
  std::optional<NameMatch> LongestMatch(const std::vector<Word>& words, size_t begin) const;

  // The actor of entry `entry`, without its alias list (mentions stay small).
  const Actor& ActorOf(uint32_t entry) const { return actors_[entry]; }
  // The first demonym of the entry ("Iranian"), or its name when it has none.
  const std::string& AdjectiveOf(uint32_t entry) const { return adjectives_[entry]; }
  // The entry with this actor id, or -1.
  int EntryOfId(const std::string& id) const;
  // Id of the body entry `entry` is an organ of ("united_nations"), or empty.
  const std::string& ParentOf(uint32_t entry) const { return parents_[entry]; }
  // The one dictionary person whose canonical name ends in the word with this lookup key
  // ("erdogan" is Recep Tayyip Erdoğan when only he ends so), or -1.
  int PersonWithSurname(const std::string& key) const;

 private:
  struct FormWord {
    std::string text;   // as in the dictionary
    bool must_be_capitalised = false;
  };
  struct Target {
    uint32_t entry = 0;
    NameKind kind = NameKind::kName;
    std::vector<FormWord> form;
    bool starts_with_the = false;
    bool keep_trailing_dot = false;
  };
  struct Node {
    std::unordered_map<std::string, uint32_t> children;
    std::vector<Target> targets;
  };

  void Insert(uint32_t entry, NameKind kind, std::string_view name);
  bool Verify(const Target& target, const std::vector<Word>& words, size_t begin) const;

  std::vector<Node> nodes_;
  std::vector<Actor> actors_;
  std::vector<std::string> adjectives_;
  std::vector<std::string> parents_;
  std::unordered_map<std::string, int> entry_of_id_;
  std::unordered_map<std::string, int> person_of_surname_;  // -2 when two people share it
};

}  // namespace actorgraph::actors_internal

#endif  // ACTORGRAPH_SRC_ACTORS_NAME_MATCHER_H_
