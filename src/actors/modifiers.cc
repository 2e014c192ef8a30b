#include "actors/modifiers.h"

#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

// words[hyphen] is a hyphen written without spaces between two words.
bool IsTightHyphen(const std::vector<Word>& words, size_t hyphen) {
  return hyphen > 0 && hyphen + 1 < words.size() && words[hyphen].kind == WordKind::kHyphen &&
         !words[hyphen].space_before && !words[hyphen + 1].space_before &&
         words[hyphen - 1].kind == WordKind::kWord && words[hyphen + 1].kind == WordKind::kWord;
}

// Words [from, to) are a title: "President", "Foreign Minister", "top general".
bool IsTitleBetween(const std::vector<Word>& words, size_t from, size_t to) {
  if (from >= to || to - from > 4) return false;
  bool title = false;
  for (size_t w = from; w < to; ++w) {
    if (words[w].kind == WordKind::kHyphen) continue;
    if (words[w].kind != WordKind::kWord) return false;
    const std::string& key = words[w].key;
    bool single = IsSingleWordTitleKey(key) || IsRoleWord(key);
    title = title || single;
    if (!single && !IsTitleAdjective(key) && !words[w].capitalised) return false;
  }
  return title;
}

}  // namespace

void MarkModifiers(SentenceState* sentence) {
  const auto& words = sentence->words;
  std::vector<int> coverage = sentence->Coverage();
  // "US President Donald Trump" with Donald Trump from the dictionary: the country is the
  // person's, a modifier (titled people found by pattern are marked when found).
  for (size_t f = 0; f + 1 < sentence->found.size(); ++f) {
    Found& country = sentence->found[f];
    const Found& person = sentence->found[f + 1];
    if (person.actor.type == ActorType::kPerson && country.actor.type != ActorType::kPerson &&
        country.how != Resolution::kGroupReference &&
        IsTitleBetween(words, country.end, person.begin)) {
      country.modifier = true;
    }
  }
  for (Found& found : sentence->found) {
    if (found.how == Resolution::kGroupReference) continue;
    // "then-US Secretary", "ex-Iran official": the prefix dates the noun, it does not make
    // the mention a modifier.
    bool dated = found.begin > 1 && (words[found.begin - 2].key == "then" ||
                                     words[found.begin - 2].key == "ex" ||
                                     words[found.begin - 2].key == "now");
    if ((found.begin > 0 && IsTightHyphen(words, found.begin - 1) && !dated) ||
        IsTightHyphen(words, found.end)) {
      found.modifier = true;
      continue;
    }
    if (found.how != Resolution::kDemonym || found.end >= words.size()) continue;
    // "Turks", "Americans": the plural is the people, a noun ("Swiss" is not a plural).
    const std::string& key = words[found.end - 1].key;
    if (key.size() > 3 && key.back() == 's' && key[key.size() - 2] != 's') continue;
    const Word& next = words[found.end];
    if (next.kind != WordKind::kWord) continue;
    if (coverage[found.end] >= 0 || !IsNonNounWord(next.key)) found.modifier = true;
  }
}

}  // namespace actorgraph::actors_internal
