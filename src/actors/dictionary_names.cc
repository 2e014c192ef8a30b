#include "actors/dictionary_names.h"

#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

Resolution ResolutionOf(NameKind kind) {
  switch (kind) {
    case NameKind::kCapital: return Resolution::kCapital;
    case NameKind::kDemonym: return Resolution::kDemonym;
    case NameKind::kName:
    case NameKind::kAcronym: return Resolution::kDictionary;
  }
  return Resolution::kDictionary;
}

bool IsCapitalisedWord(const Word& word) {
  return word.kind == WordKind::kWord && word.capitalised;
}

// "George Washington", "Washington Post", "Moscow State University": the capital is a
// piece of another name. In title-case headings only institution words count, since every
// word there is capitalised.
bool CapitalInsideLongerName(const std::vector<Word>& words, const NameMatch& match,
                             bool heading, bool after_mention) {
  if (!heading && !after_mention && match.begin > 0) {
    const Word& prev = words[match.begin - 1];
    if (IsCapitalisedWord(prev) && !IsFunctionWord(prev.key) && !IsDateWord(prev.key)) {
      return true;
    }
  }
  if (match.end < words.size()) {
    const Word& next = words[match.end];
    if (IsCapitalisedWord(next)) {
      if (IsInstitutionWord(next.key)) return true;
      if (!heading && !IsDateWord(next.key) && !IsFunctionWord(next.key) && next.key != "dc" &&
          next.key != "d.c") {
        return true;
      }
    }
  }
  return false;
}

}  // namespace

void FindDictionaryNames(const NameMatcher& matcher, const AliasTable& aliases,
                         SentenceState* sentence) {
  const auto& words = sentence->words;
  for (size_t i = 0; i < words.size();) {
    if (words[i].kind != WordKind::kWord) {
      ++i;
      continue;
    }
    std::optional<NameMatch> match = matcher.LongestMatch(words, i);
    if (!match) {
      ++i;
      continue;
    }
    if (match->end == i + 1 && match->kind == NameKind::kName &&
        aliases.PersonWithSurname(AliasKey(words[i])) != nullptr) {
      ++i;
      continue;
    }
    if (match->kind == NameKind::kCapital && !match->starts_with_the &&
        CapitalInsideLongerName(words, *match, sentence->heading,
                                !sentence->found.empty() &&
                                    sentence->found.back().end == match->begin)) {
      ++i;
      continue;
    }
    if (match->kind != NameKind::kDemonym && match->end < words.size() &&
        words[match->end].kind == WordKind::kWord && words[match->end].capitalised &&
        IsPublicationWord(words[match->end].key)) {
      i = match->end + 1;
      continue;
    }
    // In a line of capitals an acronym may be an English word ("WHO SAID ...").
    if (sentence->all_capitals && match->kind == NameKind::kAcronym &&
        IsFunctionWord(words[i].key) && words[i].key != "us") {
      i = match->end;
      continue;
    }
    // "US$6 million": a currency, not the country.
    if (match->end < words.size() && !words[match->end].space_before &&
        (words[match->end].text == "$" || words[match->end].text == "\u20ac")) {
      i = match->end;
      continue;
    }
    Found found;
    found.begin = match->begin;
    found.end = match->end;
    found.actor = matcher.ActorOf(match->entry);
    found.how = ResolutionOf(match->kind);
    found.kind = match->kind;
    found.keep_trailing_dot = match->keep_trailing_dot;
    found.core_begin = found.begin;
    // "American Samoa", "French Guiana"-like names: a demonym right before another
    // country's name makes a third place, which is neither.
    if (match->kind != NameKind::kDemonym && found.actor.type == ActorType::kCountry &&
        !sentence->found.empty()) {
      const Found& prev = sentence->found.back();
      if (prev.end == found.begin && prev.kind == NameKind::kDemonym &&
          prev.how == Resolution::kDemonym && prev.actor.id != found.actor.id) {
        sentence->found.pop_back();
        i = match->end;
        continue;
      }
    }
    const std::string& parent = matcher.ParentOf(match->entry);
    if (!parent.empty() && !sentence->found.empty()) {
      Found& prev = sentence->found.back();
      if (prev.end == found.begin && prev.actor.id == parent) {
        found.begin = prev.begin;
        sentence->found.pop_back();
      }
    }
    sentence->found.push_back(std::move(found));
    i = match->end;
  }
}

}  // namespace actorgraph::actors_internal
