#include "actors/dictionary_names.h"

#include <string_view>
#include <unordered_set>

#include "actors/organizations.h"
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

// Capitalised words that, before "Democrats" or "Republicans", make the name of another
// party or of a party's wing ("Sweden Democrats" is listed; these are parties of many states).
bool IsOtherPartyWord(const Word& word) {
  static const std::unordered_set<std::string_view> kWords = {
      "social", "christian", "liberal", "free", "young", "college", "european", "new",
      "progressive", "national", "swiss", "danish", "dutch", "italian", "japanese"};
  return IsCapitalisedWord(word) && kWords.count(word.key) != 0;
}

// Whether the capital starting at words[begin] is named as a place, not for its government:
// "talks in Tehran", "arrived at the Kremlin", "in central Moscow", "flew to Beijing".
// Not "Washington said", "a warning from Moscow", "talks between Washington and Tehran".
bool CapitalIsPlace(const std::vector<Word>& words, const std::vector<Found>& found,
                    size_t begin) {
  static const std::unordered_set<std::string_view> kLocatives = {
      "in", "at", "near", "outside", "inside", "around", "across", "throughout", "within"};
  static const std::unordered_set<std::string_view> kPlaceAdjectives = {
      "central", "northern", "southern", "eastern", "western", "downtown", "suburban",
      "greater", "north", "south", "east", "west", "the"};
  // Forms of motion verbs whose "to" gives a destination.
  static const std::unordered_set<std::string_view> kMotionVerbs = {
      "travel", "travels", "traveled", "travelled", "traveling", "travelling", "fly",
      "flies", "flew", "flown", "flying", "go", "goes", "went", "gone", "going", "come",
      "comes", "came", "coming", "return", "returns", "returned", "returning", "head",
      "heads", "headed", "heading", "move", "moves", "moved", "moving", "sail", "sailed",
      "drive", "drove", "driven", "driving", "walk", "walked", "marched", "march",
      "rushed", "fled", "flee", "flees", "fleeing", "relocated", "relocate", "arrive",
      "arrived", "back", "way", "flight", "flights", "route", "road", "trip", "trips",
      "journey", "transported", "taken", "brought", "evacuated", "airlifted", "visit",
      "visits", "visiting"};
  size_t k = begin;
  for (int skipped = 0; skipped < 2 && k > 0 && words[k - 1].kind == WordKind::kWord &&
                        kPlaceAdjectives.count(words[k - 1].key) && !words[k - 1].capitalised;
       ++skipped) {
    --k;
  }
  if (k == 0) return false;
  if (words[k - 1].text == "," && k >= 2) {
    const Word& w = words[k - 2];
    // "the Indian capital, New Delhi"; "in Karol Bagh, New Delhi": a city's name before
    // the comma (not an actor found before, as in "Russia, Washington and Beijing").
    if (w.key == "capital") return true;
    bool mention_before = !found.empty() && found.back().end == k - 1;
    if (mention_before) return false;
    size_t city = k - 1;  // words [city, k - 1) are the city's name
    while (city > 0 && k - 1 - city < 3 && words[city - 1].kind == WordKind::kWord &&
           words[city - 1].capitalised && !IsFunctionWord(words[city - 1].key) &&
           !IsDateWord(words[city - 1].key)) {
      --city;
    }
    return city < k - 1 && city > 0 && words[city - 1].kind == WordKind::kWord &&
           kLocatives.count(words[city - 1].key);
  }
  if (words[k - 1].kind != WordKind::kWord) return false;
  const std::string& before = words[k - 1].key;
  // "officials in Washington", "sources in the Kremlin": the people of the government.
  static const std::unordered_set<std::string_view> kGovernmentPeople = {
      "officials", "official", "sources", "diplomats", "leaders", "leadership",
      "authorities", "government", "lawmakers", "policymakers", "politicians", "regime",
      "hardliners", "hawks", "insiders", "spokesman", "spokeswoman", "spokesperson"};
  if (kLocatives.count(before)) {
    return k < 2 || words[k - 2].kind != WordKind::kWord ||
           kGovernmentPeople.count(words[k - 2].key) == 0;
  }
  if (before == "capital") return true;  // "the capital Tehran"
  if (before == "to" && k >= 2 && words[k - 2].kind == WordKind::kWord) {
    return kMotionVerbs.count(words[k - 2].key) != 0;
  }
  return false;
}

// "a Kabul car bombing", "the Baghdad airport", "a Cairo summit", "Washington state": a
// capital before a lower-case noun of a place or of an event there names the city.
bool CapitalBeforePlaceNoun(const std::vector<Word>& words, const NameMatch& match) {
  static const std::unordered_set<std::string_view> kPlaceNouns = {
      "airport", "car", "suicide", "bombing", "bombings", "bomb", "bomber", "bombers",
      "attack", "attacks", "attacker", "attackers", "blast", "blasts", "explosion",
      "explosions", "shooting", "shootings", "massacre", "siege", "earthquake", "fire",
      "flood", "floods", "hospital", "hospitals", "residents", "resident", "street",
      "streets", "suburb", "suburbs", "district", "districts", "neighbourhood",
      "neighborhood", "neighbourhoods", "neighborhoods", "metro", "subway", "hotel",
      "university", "zoo", "marathon", "summit", "protest", "protests", "protesters",
      "demonstrators", "state", "area", "region", "airspace", "skyline", "traffic",
      "prison", "jail", "mosque", "church", "stadium"};
  if (match.end >= words.size()) return false;
  const Word& next = words[match.end];
  return next.kind == WordKind::kWord && !next.has_upper && kPlaceNouns.count(next.key);
}

// A country that shares its name with a US state named as the state: "Atlanta, Georgia",
// "the state of Georgia"; and "New Mexico", a state named after a country.
bool CountryNameIsAState(const std::vector<Word>& words, const std::vector<Found>& found,
                         const NameMatch& match) {
  if (match.begin == 0) return false;
  const Word& prev = words[match.begin - 1];
  if (prev.kind == WordKind::kWord && prev.capitalised && prev.key == "new") return true;
  static const std::unordered_set<std::string_view> kStateNames = {"georgia"};
  if (match.end != match.begin + 1 || !kStateNames.count(words[match.begin].key)) return false;
  if (match.begin >= 2 && prev.key == "of" && words[match.begin - 2].key == "state") {
    return true;
  }
  if (prev.text == "," && match.begin >= 2 && IsCapitalisedWord(words[match.begin - 2]) &&
      !IsDateWord(words[match.begin - 2].key) &&
      (found.empty() || found.back().end != match.begin - 1)) {
    return true;
  }
  return false;
}


// "CNN Philippines reported", "Shell Canada said", "Exxon U.S.A.", "Merrill Lynch Canada
// Inc": a listed organisation's name and a country's written together are one name, the
// organisation's branch in that country. Returns the end of that name (with the legal
// suffixes after the country), or 0 where the country's name is not part of it: a
// heading (its capitals join anything), an attached hyphen or slash before the
// organisation ("non-OPEC Mexico"), a capitalised word going on after the name ("the AIP
// California Presidential Primary"), and after "told" a word that may open the
// predicate of a clause the country begins ("told Reuters Peru was ..."; not "told CNN
// Philippines the towns ...").
size_t BranchNameEnd(const std::vector<Word>& words, const SentenceState& sentence,
                     const NameMatch& match, const Actor& country) {
  if (sentence.heading || sentence.found.empty() || country.type != ActorType::kCountry ||
      match.starts_with_the ||
      (match.kind != NameKind::kName && match.kind != NameKind::kAcronym)) {
    return 0;
  }
  const Found& org = sentence.found.back();
  if (org.end != match.begin || org.how != Resolution::kDictionary ||
      org.actor.type != ActorType::kOrganization ||
      (org.kind != NameKind::kName && org.kind != NameKind::kAcronym) ||
      !words[match.begin].space_before) {
    return 0;
  }
  if (org.begin > 0 && !words[org.begin].space_before &&
      (words[org.begin - 1].kind == WordKind::kHyphen || words[org.begin - 1].text == "/")) {
    return 0;
  }
  size_t end = match.end;
  while (end < words.size() && IsCapitalisedWord(words[end]) && words[end].space_before &&
         IsOrganizationHead(words[end].key, nullptr)) {
    ++end;
  }
  const Word* next = end < words.size() ? &words[end] : nullptr;
  if (next != nullptr && IsCapitalisedWord(*next) && !IsFunctionWord(next->key) &&
      !IsDateWord(next->key)) {
    return 0;
  }
  if (org.begin > 0 && IsTell(words[org.begin - 1].key) && next != nullptr) {
    // Words that open no predicate: an object, an adverbial or a complement clause.
    static const std::unordered_set<std::string_view> kAfterAddressee = {
        "that", "the", "a", "an", "on", "in", "at", "about", "last", "this", "during",
        "after", "before", "by", "he", "she", "they", "it", "we", "his", "her", "their"};
    if (next->kind == WordKind::kPossessive) return 0;
    if (next->kind == WordKind::kWord && !kAfterAddressee.count(next->key)) return 0;
  }
  return end;
}

}  // namespace

void FindDictionaryNames(const NameMatcher& matcher, const AliasTable& aliases,
                         SentenceState* sentence) {
  const auto& words = sentence->words;
  size_t place_end = 0;  // end of the last capital dropped as a place
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
    if (match->kind == NameKind::kCapital && !match->starts_with_the &&
        !sentence->heading && CapitalBeforePlaceNoun(words, *match)) {
      i = match->end;
      continue;
    }
    if (match->kind == NameKind::kName && !sentence->heading &&
        matcher.ActorOf(match->entry).type == ActorType::kCountry &&
        CountryNameIsAState(words, sentence->found, *match)) {
      i = match->end;
      continue;
    }
    // "the Libyan House of Representatives", "the Philippine Congress": a state's body
    // that the dictionary gives to another state, named after this one's demonym or name,
    // is this state's body; the head-word rule finds it.
    if (match->kind == NameKind::kName && !sentence->heading && !sentence->found.empty()) {
      const Actor& body = matcher.ActorOf(match->entry);
      const Found& prev = sentence->found.back();
      if (!body.affiliation.empty() && body.type == ActorType::kOrganization &&
          prev.end == match->begin && prev.how != Resolution::kGroupReference &&
          prev.actor.type == ActorType::kCountry && prev.actor.id != body.affiliation) {
        i = match->end;
        continue;
      }
      // "the Maryland General Assembly": a region's body, not the international one whose
      // short name it shares.
      if (body.type == ActorType::kOrganization && body.affiliation.empty() &&
          prev.end == match->begin && prev.how != Resolution::kGroupReference &&
          prev.actor.type == ActorType::kCountry && !prev.actor.affiliation.empty() &&
          !prev.modifier && match->end > match->begin + 1) {
        i = match->end;
        continue;
      }
    }
    // An acronym the document has defined for another body ("Singapore National Printers
    // Ltd (SNP)") is that body's from then on; the alias pass finds it.
    if (match->kind == NameKind::kAcronym) {
      std::optional<AliasTable::Match> defined = aliases.LongestMatch(words, i);
      if (defined && defined->end == match->end && defined->kind == AliasTable::Kind::kAcronym &&
          defined->actor->id != matcher.ActorOf(match->entry).id) {
        i = match->end;
        continue;
      }
    }
    // "Social Democrats", "Christian Democrats", "Young Republicans": a party's member noun
    // after one of these words names another party or a wing, not the listed party.
    if (match->kind == NameKind::kDemonym && match->begin > 0 &&
        matcher.ActorOf(match->entry).type != ActorType::kCountry &&
        IsOtherPartyWord(words[match->begin - 1])) {
      i = match->end;
      continue;
    }
    // "Maryland General Assembly", "National Security Council": a body's name after a
    // capitalised word is the tail of another body's name, found by its head word.
    if (match->kind == NameKind::kName && match->end > match->begin + 1 && match->begin > 0 &&
        IsCapitalisedWord(words[match->begin - 1]) && !sentence->heading &&
        (sentence->found.empty() || sentence->found.back().end != match->begin) &&
        !IsFunctionWord(words[match->begin - 1].key) &&
        !IsDateWord(words[match->begin - 1].key) &&
        matcher.ActorOf(match->entry).type == ActorType::kOrganization &&
        IsOrganizationHead(words[match->end - 1].key, nullptr)) {
      i = match->end;
      continue;
    }
    // A capital named as a place stands for no actor; neither does one joined to it
    // ("in Tehran and Baghdad", "in Moscow, Beijing").
    if (match->kind == NameKind::kCapital &&
        (CapitalIsPlace(words, sentence->found, match->begin) ||
         (place_end > 0 && match->begin == place_end + 1 &&
          (words[place_end].key == "and" || words[place_end].key == "or" ||
           words[place_end].text == ",")))) {
      place_end = match->end;
      i = match->end;
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
    // "American Indian", "the Fort Peck Indian Reservation", "Indian tribes": the native
    // peoples of the Americas, not India.
    if (match->kind == NameKind::kDemonym && match->end == match->begin + 1 &&
        words[match->begin].key == "indian") {
      static const std::unordered_set<std::string_view> kNativeNouns = {
          "community", "communities", "tribe",  "tribes", "reservation", "reservations",
          "nations",   "country",     "affairs"};
      bool native = (match->begin > 0 && (words[match->begin - 1].key == "american" ||
                                          words[match->begin - 1].key == "native")) ||
                    (match->end < words.size() && kNativeNouns.count(words[match->end].key));
      if (native) {
        i = match->end;
        continue;
      }
    }
    if (size_t branch_end = BranchNameEnd(words, *sentence, *match, matcher.ActorOf(match->entry));
        branch_end != 0) {
      size_t begin = sentence->found.back().begin;
      sentence->found.pop_back();
      Found branch = PatternBody(words, begin, branch_end);
      // "Shell Canada" after "Shell Canada Ltd": the branch the document has named.
      std::optional<AliasTable::Match> known = aliases.LongestMatch(words, begin);
      if (known && known->end == branch_end && !known->shared &&
          known->actor->type == ActorType::kOrganization) {
        branch.actor = *known->actor;
      }
      branch.keep_trailing_dot = branch_end == match->end && match->keep_trailing_dot;
      sentence->found.push_back(std::move(branch));
      i = branch_end;
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
    // "Chevron Corp said", "Texaco Inc.": a listed company's legal suffix is part of the
    // name as written (the actor stays the listed one), so the clause reads past it.
    if (found.actor.type == ActorType::kOrganization && !sentence->heading &&
        (found.kind == NameKind::kName || found.kind == NameKind::kAcronym)) {
      while (found.end < words.size() && words[found.end].space_before &&
             words[found.end].capitalised && words[found.end].kind == WordKind::kWord &&
             IsLegalSuffix(words[found.end].key)) {
        found.keep_trailing_dot = words[found.end].text.ends_with(".");
        ++found.end;
      }
    }
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
