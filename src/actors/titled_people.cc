#include "actors/titled_people.h"

#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

constexpr size_t kMaxNameWords = 5;

// End of the title starting at words[begin], or 0 if none starts there.
size_t MatchTitle(const std::vector<Word>& words, const std::vector<int>& coverage,
                  size_t begin) {
  for (const Title& title : Titles()) {
    size_t n = title.keys.size();
    if (begin + n > words.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      ok = coverage[begin + k] < 0 && words[begin + k].key == title.keys[k];
    }
    if (!ok) continue;
    if (!title.lowercase_ok && !words[begin].capitalised) continue;
    return begin + n;
  }
  return 0;
}

bool CanBeNameWord(const Word& word, int coverage) {
  if (word.kind != WordKind::kWord || !word.capitalised || coverage >= 0) return false;
  if (IsFunctionWord(word.key) || IsDateWord(word.key) || IsHeadlineVerb(word.key)) {
    return false;
  }
  ActorType type;
  if (IsOrganizationHead(word.key, &type)) return false;
  // A title word ends the name: "President Trump Defense Secretary ..."
  for (const Title& title : Titles()) {
    if (title.keys.size() == 1 && title.keys[0] == word.key) return false;
  }
  return true;
}

// End of the name starting at words[begin] (begin itself when there is none).
size_t MatchName(const std::vector<Word>& words, const std::vector<int>& coverage,
                 size_t begin) {
  size_t end = begin;
  size_t count = 0;
  while (end < words.size() && count < kMaxNameWords) {
    const Word& word = words[end];
    bool particle = word.kind == WordKind::kWord && !word.has_upper &&
                    IsNameParticle(word.key) && count > 0 && end + 1 < words.size();
    if (particle) {
      // "bin Salman", "al-Assad": a particle needs a capitalised word after it.
      size_t next = end + 1;
      if (words[next].kind == WordKind::kHyphen && next + 1 < words.size()) ++next;
      if (!CanBeNameWord(words[next], coverage[next])) break;
      end = next;
      continue;
    }
    if (!CanBeNameWord(word, coverage[end])) break;
    ++end;
    ++count;
    // Hyphenated parts stay in the name: "Jean-Yves", "Al-Sadr".
    while (end + 1 < words.size() && words[end].kind == WordKind::kHyphen &&
           !words[end].space_before && !words[end + 1].space_before &&
           words[end + 1].kind == WordKind::kWord && words[end + 1].has_upper &&
           coverage[end + 1] < 0) {
      end += 2;
    }
  }
  // A name of only "Jr." or an initial is not a name.
  if (end == begin + 1 && (words[begin].key == "jr" || words[begin].key == "sr" ||
                           words[begin].key.size() < 2)) {
    return begin;
  }
  return end;
}

// The mention giving the affiliation of a title at words[title_begin]: "Iranian General",
// "Iran's top general", "US President". Sets *possessive; nullptr if none.
Found* AffiliationBefore(SentenceState* sentence, size_t title_begin, bool* possessive) {
  const auto& words = sentence->words;
  size_t k = title_begin;
  for (int skipped = 0; skipped < 2 && k > 0 && words[k - 1].kind == WordKind::kWord &&
                        IsTitleAdjective(words[k - 1].key);
       ++skipped) {
    --k;
  }
  *possessive = k > 0 && words[k - 1].kind == WordKind::kPossessive;
  if (*possessive) --k;
  for (Found& found : sentence->found) {
    if (found.end == k && found.how != Resolution::kGroupReference &&
        found.actor.type != ActorType::kPerson) {
      return &found;
    }
  }
  return nullptr;
}

// The title is part of a longer capitalised name ("Martin Luther King"), not a title.
bool PrecededByName(const std::vector<Word>& words, const std::vector<int>& coverage,
                    size_t title_begin, bool heading) {
  if (heading || title_begin == 0) return false;
  const Word& prev = words[title_begin - 1];
  return prev.kind == WordKind::kWord && prev.capitalised && coverage[title_begin - 1] < 0 &&
         !IsFunctionWord(prev.key) && !IsTitleAdjective(prev.key) && !IsDateWord(prev.key);
}

}  // namespace

std::string NameOfWords(const std::vector<Word>& words, size_t begin, size_t end,
                        bool keep_trailing_dot) {
  std::string name;
  for (size_t i = begin; i < end; ++i) {
    const Word& word = words[i];
    bool glued = word.kind == WordKind::kHyphen ||
                 (i > begin && words[i - 1].kind == WordKind::kHyphen && !word.space_before);
    if (!name.empty() && !glued) name += ' ';
    name += word.text;
  }
  if (!keep_trailing_dot) name.resize(LengthWithoutTrailingDots(name));
  return name;
}

void FindTitledPeople(const AliasTable& aliases, SentenceState* sentence) {
  const auto& words = sentence->words;
  std::vector<int> coverage = sentence->Coverage();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != WordKind::kWord || coverage[i] >= 0) continue;
    size_t title_end = MatchTitle(words, coverage, i);
    if (title_end == 0 || PrecededByName(words, coverage, i, sentence->heading)) continue;
    bool possessive = false;
    Found* affiliation = AffiliationBefore(sentence, i, &possessive);
    size_t name_begin = title_end;
    // "Iran's foreign minister, Mohammad Javad Zarif": the comma only with an affiliation.
    if (affiliation && name_begin < words.size() && words[name_begin].text == ",") {
      ++name_begin;
    }
    size_t name_end = MatchName(words, coverage, name_begin);
    if (name_end == name_begin) continue;
    if (name_begin > title_end && name_end - name_begin < 2) continue;

    Found person;
    person.begin = name_begin;
    person.end = name_end;
    person.core_begin = name_begin;
    person.how = Resolution::kPattern;
    std::optional<AliasTable::Match> known = aliases.LongestMatch(words, name_begin);
    if (known && known->end == name_end && known->actor->type == ActorType::kPerson) {
      person.actor = *known->actor;
      if (name_end - name_begin == 1) person.how = Resolution::kAlias;
    } else {
      std::string name = NameOfWords(words, name_begin, name_end);
      person.actor.id = MakeActorId(name);
      person.actor.name = std::move(name);
      person.actor.type = ActorType::kPerson;
    }
    if (affiliation) {
      if (person.actor.affiliation.empty()) person.actor.affiliation = affiliation->actor.id;
      if (!possessive) affiliation->modifier = true;
    }
    sentence->Add(std::move(person));
    for (size_t w = name_begin; w < name_end; ++w) coverage[w] = 0;
    i = name_end - 1;
  }
}

}  // namespace actorgraph::actors_internal
