#include "actors/name_matcher.h"

namespace actorgraph::actors_internal {
namespace {

bool IsCaseFreeFunctionWord(std::string_view key) {
  return key == "the" || key == "of" || key == "and" || key == "de" || key == "d" ||
         key == "-" || key == "'s" || key == "'";
}

std::string_view WithoutTrailingDots(std::string_view text) {
  return text.substr(0, LengthWithoutTrailingDots(text));
}

}  // namespace

// The id-style folding of a word ("Erdoğan" -> "erdogan"), so that a surname written with or
// without its diacritics finds the person.
std::string FoldedKey(std::string_view text) { return MakeActorId(text); }

namespace {

}  // namespace

NameMatcher::NameMatcher(const std::vector<DictionaryEntry>& entries) {
  nodes_.emplace_back();
  actors_.reserve(entries.size());
  for (uint32_t e = 0; e < entries.size(); ++e) {
    const DictionaryEntry& entry = entries[e];
    Actor actor = entry.actor;
    actor.aliases.clear();
    actors_.push_back(std::move(actor));
    adjectives_.push_back(entry.demonyms.empty() ? entry.actor.name : entry.demonyms[0]);
    parents_.push_back(entry.parent);
    entry_of_id_.emplace(entry.actor.id, static_cast<int>(e));
    if (entry.actor.type == ActorType::kPerson) {
      std::vector<Word> name_words = SplitPhrase(entry.actor.name);
      if (name_words.size() > 1 && name_words.back().kind == WordKind::kWord) {
        auto [it, inserted] = person_of_surname_.emplace(FoldedKey(name_words.back().text),
                                                         static_cast<int>(e));
        if (!inserted && it->second != static_cast<int>(e)) it->second = -2;
      }
    }
    Insert(e, NameKind::kName, entry.actor.name);
    for (const auto& name : entry.names) Insert(e, NameKind::kName, name);
    for (const auto& name : entry.acronyms) Insert(e, NameKind::kAcronym, name);
    for (const auto& name : entry.capitals) Insert(e, NameKind::kCapital, name);
    for (const auto& name : entry.demonyms) Insert(e, NameKind::kDemonym, name);
  }
}

int NameMatcher::PersonWithSurname(const std::string& key) const {
  auto it = person_of_surname_.find(key);
  return it == person_of_surname_.end() || it->second < 0 ? -1 : it->second;
}

int NameMatcher::EntryOfId(const std::string& id) const {
  auto it = entry_of_id_.find(id);
  return it == entry_of_id_.end() ? -1 : it->second;
}

void NameMatcher::Insert(uint32_t entry, NameKind kind, std::string_view name) {
  std::vector<Word> words = SplitPhrase(name);
  if (words.empty()) return;
  bool starts_with_the = words.size() > 1 && words[0].key == "the";
  // "the Kremlin" also matches "Kremlin"; the span holds "the" only when the text has it.
  if (starts_with_the) Insert(entry, kind, name.substr(words[1].begin));
  uint32_t node = 0;
  Target target;
  target.entry = entry;
  target.kind = kind;
  target.starts_with_the = starts_with_the;
  target.keep_trailing_dot = !name.empty() && name.back() == '.';
  for (const Word& word : words) {
    auto [it, inserted] = nodes_[node].children.emplace(word.key, 0);
    if (inserted) {
      it->second = static_cast<uint32_t>(nodes_.size());
      nodes_.emplace_back();
    }
    node = it->second;
    target.form.push_back(
        FormWord{word.text, word.has_upper && !IsCaseFreeFunctionWord(word.key)});
  }
  for (const Target& existing : nodes_[node].targets) {
    if (existing.entry == entry && existing.kind == kind) return;
  }
  nodes_[node].targets.push_back(std::move(target));
}

bool NameMatcher::Verify(const Target& target, const std::vector<Word>& words,
                         size_t begin) const {
  for (size_t i = 0; i < target.form.size(); ++i) {
    const Word& word = words[begin + i];
    const FormWord& form = target.form[i];
    if (target.kind == NameKind::kAcronym) {
      if (WithoutTrailingDots(word.text) != WithoutTrailingDots(form.text)) return false;
    } else if (form.must_be_capitalised && !word.has_upper) {
      return false;
    }
  }
  return true;
}

std::optional<NameMatch> NameMatcher::LongestMatch(const std::vector<Word>& words,
                                                   size_t begin) const {
  std::optional<NameMatch> best;
  uint32_t node = 0;
  for (size_t i = begin; i < words.size(); ++i) {
    const Word& word = words[i];
    // A name never spans a gap after a possessive or across a spaced hyphen; a comma only
    // where the name has one ("United Nations Educational, Scientific and Cultural
    // Organization": the trie holds it).
    if (i > begin && word.kind == WordKind::kPunct && word.text != "." && word.text != "&" &&
        word.text != ",") {
      break;
    }
    auto it = nodes_[node].children.find(word.key);
    if (it == nodes_[node].children.end()) break;
    node = it->second;
    for (const Target& target : nodes_[node].targets) {
      if (Verify(target, words, begin)) {
        best = NameMatch{begin, i + 1, target.entry, target.kind, target.starts_with_the,
                         target.keep_trailing_dot};
        break;
      }
    }
  }
  return best;
}

}  // namespace actorgraph::actors_internal
