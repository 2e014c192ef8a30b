#include "actors/alias_table.h"

#include <string_view>
#include <unordered_set>

#include "actors/capitalised_names.h"
#include "actors/name_matcher.h"
#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

std::string WithoutTrailingDots(const std::string& text) {
  return text.substr(0, LengthWithoutTrailingDots(text));
}

// The head words a listed chamber is called by alone: "the House", "the Senate".
bool IsChamberHead(std::string_view key) {
  return key == "house" || key == "senate" || key == "parliament" || key == "assembly";
}

bool IsBodyKind(AliasTable::Kind kind) {
  return kind == AliasTable::Kind::kShortBody || kind == AliasTable::Kind::kAcronym;
}

bool HasUpper(const std::string& text) {
  for (char c : text) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

}  // namespace

std::string AliasKey(const Word& word) {
  for (unsigned char c : word.text) {
    if (c >= 0x80) return word.kind == WordKind::kWord ? MakeActorId(word.text) : word.key;
  }
  return word.key;
}

void AliasTable::Add(const std::vector<Word>& words, size_t begin, size_t end,
                     const Actor& actor, Kind kind, bool secondary) {
  if (begin >= end || end > words.size()) return;
  Entry entry;
  entry.actor = actor;
  entry.kind = kind;
  entry.secondary = secondary;
  entry.sentence = sentence_;
  for (size_t i = begin; i < end; ++i) {
    entry.texts.push_back(WithoutTrailingDots(words[i].text));
    entry.keys.push_back(AliasKey(words[i]));
  }
  auto& bucket = by_first_key_[entry.keys[0]];
  for (Entry& existing : bucket) {
    if (existing.keys == entry.keys) {
      // "Cominco" for both "Cominco American Inc" and "Cominco Ltd", or a company's and a
      // person's name: whichever holds it, the document-level look leaves it alone.
      if ((IsBodyKind(kind) || IsBodyKind(existing.kind)) && existing.actor.id != actor.id) {
        existing.shared = true;
      }
      entry.shared = existing.shared;
      if (kind == Kind::kSurname && existing.kind == Kind::kSurname &&
          existing.actor.id != actor.id) {
        if (secondary) return;
        if (existing.secondary) {
          existing = std::move(entry);
          return;
        }
        if (existing.sentence == sentence_) existing.ambiguous = true;
        return;
      }
      if (secondary) return;
      existing = std::move(entry);
      return;
    }
  }
  bucket.push_back(std::move(entry));
}

std::optional<AliasTable::Match> AliasTable::LongestMatch(const std::vector<Word>& words,
                                                          size_t begin) const {
  auto it = by_first_key_.find(AliasKey(words[begin]));
  if (it == by_first_key_.end()) return std::nullopt;
  std::optional<Match> best;
  for (const Entry& entry : it->second) {
    size_t n = entry.keys.size();
    if (entry.ambiguous || begin + n > words.size() || (best && best->end - begin >= n)) {
      continue;
    }
    bool ok = true;
    for (size_t i = 0; i < n && ok; ++i) {
      const Word& word = words[begin + i];
      if (AliasKey(word) != entry.keys[i]) ok = false;
      else if (entry.kind == Kind::kAcronym) ok = WithoutTrailingDots(word.text) == entry.texts[i];
      else if (word.kind == WordKind::kWord && !word.has_upper && HasUpper(entry.texts[i]))
        ok = false;
    }
    if (ok) best = Match{begin + n, &entry.actor, entry.kind, entry.sentence, entry.shared};
  }
  return best;
}

const Actor* AliasTable::PersonWithSurname(const std::string& key) const {
  auto it = by_first_key_.find(key);
  if (it == by_first_key_.end()) return nullptr;
  for (const Entry& entry : it->second) {
    if (entry.kind == Kind::kSurname && entry.keys.size() == 1 && !entry.ambiguous) {
      return &entry.actor;
    }
  }
  return nullptr;
}

namespace {

enum class AliasScope { kAll, kPeople, kBodies };

// The document-level look (AliasScope::kBodies) reads sentences before the one that named
// the body, where nothing vouches for the short form yet: it takes only a body's short form
// or acronym that stands alone and is no common word.
struct BodyLook {
  size_t index = 0;  // the sentence looked at
  const std::unordered_set<std::string>* lower_case_keys = nullptr;
};

bool IsCommonCapitalisedWord(std::string_view key) {
  ActorType ignored;
  return IsNameFormingWord(key) || IsFunctionWord(key) || IsDateWord(key) ||
         IsHeadlineVerb(key) || IsInstitutionWord(key) || IsSingleWordTitleKey(key) ||
         IsRoleWord(key) || IsOrganizationHead(key, &ignored);
}

bool FitsBodyLook(const AliasTable& aliases, const AliasTable::Match& match,
                  const std::vector<Word>& words, size_t begin, const BodyLook& look) {
  if (match.actor->type == ActorType::kPerson || !IsBodyKind(match.kind) ||
      match.sentence <= look.index || match.shared) {
    return false;
  }
  // "Hasbro's", "Cominco American", "Video Technology Computers", "Rolls-Royce": a
  // possessive, a capitalised word or an attached hyphen next to it.
  if (match.end < words.size()) {
    const Word& next = words[match.end];
    if (next.kind == WordKind::kPossessive) return false;
    if (next.kind == WordKind::kHyphen && !next.space_before) return false;
    if (next.kind == WordKind::kWord && next.capitalised) return false;
  }
  if (begin > 0) {
    const Word& prev = words[begin - 1];
    if (prev.kind == WordKind::kHyphen && !words[begin].space_before) return false;
    if (prev.kind == WordKind::kWord && prev.capitalised && !IsFunctionWord(prev.key) &&
        !IsDateWord(prev.key)) {
      return false;
    }
  }
  if (match.end != begin + 1) return true;
  const Word& word = words[begin];
  if (LengthWithoutTrailingDots(word.text) < 2) return false;
  // "Leucadia" is no person's surname or given name in the document.
  if (IsGivenName(word.key) || aliases.PersonWithSurname(AliasKey(word))) return false;
  if (match.kind == AliasTable::Kind::kAcronym) return true;
  if (look.lower_case_keys->count(word.key)) return false;
  // "the Senate" before "the US Senate": a listed chamber's bare head word is its own.
  return !IsCommonCapitalisedWord(word.key) ||
         (IsChamberHead(word.key) && !match.actor->affiliation.empty());
}

void FindAliasesIn(const AliasTable& aliases, SentenceState* sentence, AliasScope scope,
                   const BodyLook& look = {}) {
  bool people_only = scope == AliasScope::kPeople;
  std::vector<int> coverage = sentence->Coverage();
  const auto& words = sentence->words;
  for (size_t i = 0; i < words.size();) {
    // "al-Assad" after "Bashar al-Assad": a surname may start with a lower-case particle.
    bool particle = words[i].kind == WordKind::kWord && IsNameParticle(words[i].key) &&
                    i + 1 < words.size() && words[i + 1].kind == WordKind::kHyphen;
    if (coverage[i] >= 0 || words[i].kind != WordKind::kWord ||
        (!words[i].has_upper && !particle)) {
      ++i;
      continue;
    }
    auto match = aliases.LongestMatch(words, i);
    bool free = match.has_value();
    for (size_t j = i; free && j < match->end; ++j) free = coverage[j] < 0;
    // A short form followed by another capitalised word is part of a longer name
    // ("Trump Tower", "Parliament Speaker"), except in title-case headings.
    if (free && match->kind != AliasTable::Kind::kAcronym && !sentence->heading &&
        match->end < words.size() && words[match->end].kind == WordKind::kWord &&
        words[match->end].capitalised && coverage[match->end] < 0) {
      free = false;
    }
    // "Mayor Anne Hidalgo" after "Michel Mayor": a surname that is a title, before a
    // capitalised name, is that name's title.
    if (free && match->kind == AliasTable::Kind::kSurname && match->end == i + 1 &&
        IsSingleWordTitleKey(words[i].key) && match->end < words.size() &&
        words[match->end].kind == WordKind::kWord && words[match->end].capitalised) {
      free = false;
    }
    // "Dorsa Derakhshani" is not "Derakhshani" of another person: a capitalised word before
    // a surname makes it part of a name the finder did not know. So with a person a heading
    // named by one word ("Governor Pierluisi removed"): "Pedro Pierluisi" is the full name.
    bool one_word_person = free && match->kind == AliasTable::Kind::kFullName &&
                           match->end == i + 1 &&
                           match->actor->type == ActorType::kPerson;
    if (free &&
        (match->kind == AliasTable::Kind::kSurname || match->kind == AliasTable::Kind::kShortBody ||
         one_word_person) &&
        !sentence->heading && i > 0 &&
        words[i - 1].kind == WordKind::kWord && words[i - 1].capitalised &&
        coverage[i - 1] < 0 && !IsFunctionWord(words[i - 1].key) &&
        !IsDateWord(words[i - 1].key) &&
        (match->kind == AliasTable::Kind::kSurname || !IsNameParticle(words[i - 1].key)) &&
        !IsSingleWordTitleKey(words[i - 1].key)) {
      free = false;
    }
    // "Theresa May resigned in May 2019": not a month.
    if (free && people_only &&
        (match->actor->type != ActorType::kPerson ||
         (match->end == i + 1 && IsDateWord(words[i].key)))) {
      free = false;
    }
    if (free && scope == AliasScope::kBodies && !FitsBodyLook(aliases, *match, words, i, look)) {
      free = false;
    }
    if (!free) {
      ++i;
      continue;
    }
    Found found;
    found.begin = i;
    found.end = match->end;
    found.actor = *match->actor;
    found.how = Resolution::kAlias;
    found.core_begin = i;
    sentence->Add(std::move(found));
    i = match->end;
  }
}

}  // namespace

void FindAliases(const AliasTable& aliases, SentenceState* sentence, bool people_only) {
  FindAliasesIn(aliases, sentence, people_only ? AliasScope::kPeople : AliasScope::kAll);
}

void FindBodyAliases(const AliasTable& aliases, size_t index,
                     const std::unordered_set<std::string>& lower_case_keys,
                     SentenceState* sentence) {
  BodyLook look;
  look.index = index;
  look.lower_case_keys = &lower_case_keys;
  FindAliasesIn(aliases, sentence, AliasScope::kBodies, look);
}

std::unordered_set<std::string> LowerCaseKeys(const std::vector<SentenceState>& sentences) {
  std::unordered_set<std::string> keys;
  for (const SentenceState& sentence : sentences) {
    if (sentence.heading) continue;
    for (const Word& word : sentence.words) {
      if (word.kind == WordKind::kWord && !word.has_upper) keys.insert(word.key);
    }
  }
  return keys;
}

std::unordered_set<std::string> LoneBodyWords(const std::vector<SentenceState>& sentences,
                                              const std::unordered_set<std::string>& lone_words,
                                              const NameMatcher& matcher) {
  std::unordered_set<std::string> places;  // used as a place or a listed name somewhere
  std::unordered_set<std::string> bodies;  // used alone where a body stands
  static const std::unordered_set<std::string_view> kLocatives = {
      "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"};
  static const std::unordered_set<std::string_view> kBodyBefore = {
      "for", "with", "from", "by", "against", "joined", "signed", "left", "to"};
  static const std::unordered_set<std::string_view> kBodyAfter = {
      "said", "says", "reported", "announced", "told", "added", "agreed", "expects",
      "expected", "plans", "planned", "owns", "owned", "bought", "sold", "acquired"};
  static const std::unordered_set<std::string_view> kAuxiliaries = {
      "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can"};
  for (const SentenceState& sentence : sentences) {
    const auto& words = sentence.words;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].kind != WordKind::kWord || !lone_words.count(words[i].key)) continue;
      auto listed = matcher.LongestMatch(words, i);
      // "from Toronto, Canada": a town before its country.
      std::optional<NameMatch> country;
      if (i + 2 < words.size() && words[i + 1].text == ",") {
        country = matcher.LongestMatch(words, i + 2);
        if (country && matcher.ActorOf(country->entry).type != ActorType::kCountry) {
          country.reset();
        }
      }
      if ((listed && listed->end == i + 1) || country ||
          (i > 0 && kLocatives.count(words[i - 1].key))) {
        places.insert(words[i].key);
      }
      // "Leucadia said", "Leucadia's", "recalled to Scripps where": the word ends its noun
      // phrase ("for African countries" is an adjective's).
      const Word* next = i + 1 < words.size() ? &words[i + 1] : nullptr;
      bool verb_after = next && (kBodyAfter.count(next->key) ||
                                 next->kind == WordKind::kPossessive);
      bool phrase_ends = !next || next->kind == WordKind::kPunct || verb_after ||
                         (next->kind == WordKind::kWord && !next->has_upper &&
                          (IsFunctionWord(next->key) || kAuxiliaries.count(next->key)));
      if (verb_after || (phrase_ends && i > 0 && kBodyBefore.count(words[i - 1].key))) {
        bodies.insert(words[i].key);
      }
    }
  }
  std::unordered_set<std::string> lower = LowerCaseKeys(sentences);
  std::unordered_set<std::string> result;
  for (const std::string& key : lone_words) {
    if (key.size() < 3 || !bodies.count(key) || places.count(key) || lower.count(key) ||
        IsGivenName(key) ||
        IsCommonCapitalisedWord(key)) {
      continue;
    }
    result.insert(key);
  }
  return result;
}

void RegisterAliases(const SentenceState& sentence, AliasTable* aliases,
                     const std::unordered_set<std::string>* lone_body_words) {
  const auto& words = sentence.words;
  for (const Found& found : sentence.found) {
    bool listed_person = found.how == Resolution::kDictionary &&
                         found.actor.type == ActorType::kPerson && found.end > found.begin + 1;
    // "the United States House of Representatives", then "the House"; "the US Senate",
    // then "the Senate": a listed chamber named in full stands for its bare head word.
    if (found.how == Resolution::kDictionary && found.actor.type == ActorType::kOrganization &&
        !found.actor.affiliation.empty() && found.end >= found.begin + 2) {
      size_t head = found.end - 1;
      for (size_t w = found.begin; w + 1 < found.end; ++w) {
        if (words[w].key == "house" && words[w + 1].key == "of") head = w;
      }
      if (words[head].capitalised && IsChamberHead(words[head].key)) {
        aliases->Add(words, head, head + 1, found.actor, AliasTable::Kind::kShortBody);
      }
    }
    if (found.how != Resolution::kPattern && !listed_person) continue;
    if (found.actor.type == ActorType::kPerson) {
      aliases->Add(words, found.begin, found.end, found.actor, AliasTable::Kind::kFullName);
      size_t last = found.end - 1;
      // "Jr." is not a surname; "al-Assad" is, from the particle on.
      if (last > found.begin && (words[last].key == "jr" || words[last].key == "sr")) --last;
      size_t surname = last;
      while (surname > found.begin && words[surname - 1].kind == WordKind::kHyphen &&
             !words[surname].space_before) {
        surname = surname >= found.begin + 2 ? surname - 2 : found.begin;
      }
      if (surname > found.begin) {
        aliases->Add(words, surname, last + 1, found.actor, AliasTable::Kind::kSurname);
        // "Assad" as well as "al-Assad".
        if (surname + 2 == last && IsNameParticle(words[surname].key) &&
            words[last].capitalised) {
          aliases->Add(words, last, last + 1, found.actor, AliasTable::Kind::kSurname);
        }
        // "De Blasio" (opening a sentence) as well as "Blasio" after "Bill de Blasio".
        if (surname == last && surname >= found.begin + 2 &&
            words[surname - 1].kind == WordKind::kWord && !words[surname - 1].capitalised &&
            IsNameParticle(words[surname - 1].key)) {
          aliases->Add(words, surname - 1, last + 1, found.actor, AliasTable::Kind::kSurname);
        }
        // "Ricardo Rosselló Nevares", then "Rosselló": Spanish and Portuguese names carry
        // two surnames and the press shortens them to the first. Not a middle given name
        // ("Elijah Eugene Cummings") or an initial.
        size_t first_surname = surname - 1;
        if (surname == last && first_surname > found.begin &&
            words[first_surname].kind == WordKind::kWord && words[first_surname].capitalised &&
            words[first_surname].text.size() > 2 && !IsGivenName(words[first_surname].key) &&
            !IsNameParticle(words[first_surname].key)) {
          aliases->Add(words, first_surname, first_surname + 1, found.actor,
                       AliasTable::Kind::kSurname, /*secondary=*/true);
          // "Rivera Schatz" after "Thomas Rivera Schatz": both surnames together.
          aliases->Add(words, first_surname, last + 1, found.actor, AliasTable::Kind::kSurname);
        }
      }
    } else {
      if (found.core_begin > found.begin && found.core_begin < found.end) {
        aliases->Add(words, found.core_begin, found.end, found.actor,
                     AliasTable::Kind::kShortBody);
      }
      // "retailer Tesco", then "Tesco": a name no head word marks is found again only
      // as an alias.
      if (found.core_begin == found.begin && found.actor.type != ActorType::kCountry) {
        ActorType ignored;
        bool has_head = false;
        for (size_t w = found.begin; w < found.end && !has_head; ++w) {
          has_head = IsOrganizationHead(words[w].key, &ignored);
        }
        if (!has_head) {
          aliases->Add(words, found.begin, found.end, found.actor, AliasTable::Kind::kShortBody);
        }
      }
      // "Best Buy Co Inc" is "Best Buy" from then on: a company without its legal suffixes;
      // "Salling Group" and "Mahan Air" are "Salling" and "Mahan".
      static const std::unordered_set<std::string_view> kSuffixes = {
          "inc", "corp", "co", "ltd", "plc", "llc", "sa", "s.a", "ag", "nv", "n.v", "gmbh",
          "corporation", "incorporated", "limited", "&", "and", "-"};
      static const std::unordered_set<std::string_view> kKindWords = {
          "group", "air", "airlines", "airways", "holdings"};
      size_t end = found.end;
      while (end > found.core_begin + 1 && kSuffixes.count(words[end - 1].key)) --end;
      if (end < found.end && end > found.core_begin && words[end - 1].capitalised) {
        aliases->Add(words, found.core_begin, end, found.actor, AliasTable::Kind::kShortBody);
      }
      // "Scripps Institution of Oceanography", then "recalled to Scripps": a company's first
      // word, where the document uses it alone (and not as a place or a common word).
      if (lone_body_words && found.how == Resolution::kPattern &&
          found.actor.type == ActorType::kOrganization && found.core_begin == found.begin &&
          found.end > found.begin + 1 && words[found.begin].capitalised &&
          words[found.begin + 1].kind == WordKind::kWord &&
          lone_body_words->count(words[found.begin].key)) {
        aliases->Add(words, found.begin, found.begin + 1, found.actor,
                     AliasTable::Kind::kShortBody, /*secondary=*/true);
      }
      // Not after a demonym: "Canadian Pacific Airlines" is not "Pacific".
      if (found.core_begin == found.begin && end > found.core_begin + 1 &&
          kKindWords.count(words[end - 1].key) && words[end - 2].capitalised) {
        aliases->Add(words, found.core_begin, end - 1, found.actor,
                     AliasTable::Kind::kShortBody);
      }
    }
  }
  aliases->NextSentence();
}

}  // namespace actorgraph::actors_internal
