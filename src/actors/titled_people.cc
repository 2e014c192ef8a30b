#include "actors/titled_people.h"

#include <cctype>
#include <unordered_set>

#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

constexpr size_t kMaxNameWords = 5;

// End of the title starting at words[begin], or 0 if none starts there.
// *lowercase_only is set when the title is written in lower case although it is usually
// capitalised ("the general Qasem Soleimani"): then only a full name may follow.
size_t MatchTitle(const std::vector<Word>& words, const std::vector<int>& coverage,
                  size_t begin, bool* lowercase_only) {
  // Most words start no title: one hash lookup rules them out.
  static const std::unordered_set<std::string_view> kFirstKeys = [] {
    std::unordered_set<std::string_view> keys;
    for (const Title& title : Titles()) keys.insert(title.keys[0]);
    return keys;
  }();
  if (kFirstKeys.count(words[begin].key) == 0) return 0;
  for (const Title& title : Titles()) {
    if (title.keys[0] != words[begin].key) continue;
    size_t n = title.keys.size();
    if (begin + n > words.size()) continue;
    // Hyphens are optional on both sides: "Vice-President", "Secretary General".
    size_t w = begin;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) {
      if (w < words.size() && words[w].kind == WordKind::kHyphen && title.keys[k] != "-" &&
          k > 0) {
        ++w;
      }
      if (title.keys[k] == "-" && (w >= words.size() || words[w].kind != WordKind::kHyphen)) {
        continue;
      }
      ok = w < words.size() && coverage[w] < 0 && words[w].key == title.keys[k];
      ++w;
    }
    if (!ok) continue;
    if (lowercase_only) *lowercase_only = !title.lowercase_ok && !words[begin].capitalised;
    return w;
  }
  return 0;
}

bool IsSingleWordTitle(std::string_view key) { return IsSingleWordTitleKey(key); }

// "d'Estaing", "O'Brien", "McCain": written with a capital, if not always first.
bool LooksCapitalised(const Word& word) {
  if (word.capitalised) return true;
  return word.has_upper && word.text.size() > 2 && word.text[1] == '\'';
}

bool CanBeNameWord(const Word& word, int coverage) {
  if (word.kind != WordKind::kWord || !LooksCapitalised(word) || coverage >= 0) return false;
  if (IsFunctionWord(word.key) || IsDateWord(word.key) || IsHeadlineVerb(word.key) ||
      IsRoleWord(word.key) || IsInstitutionWord(word.key)) {
    return false;
  }
  ActorType type;
  if (IsOrganizationHead(word.key, &type)) return false;
  // A title word ends the name: "President Trump Defense Secretary ..."
  return !IsSingleWordTitle(word.key);
}

// End of the name starting at words[begin] (begin itself when there is none).
// A one-word country or capital after a first name is a surname: "Mr. Michael Jordan",
// "Mr. George Washington".
bool IsPlaceAsSurname(const std::vector<Found>& found, int coverage, size_t word) {
  if (coverage < 0) return false;
  const Found& f = found[coverage];
  return f.begin == word && f.end == word + 1 && f.actor.type == ActorType::kCountry &&
         (f.how == Resolution::kDictionary || f.how == Resolution::kCapital) &&
         f.kind != NameKind::kAcronym;
}

size_t MatchName(const std::vector<Word>& words, const std::vector<int>& coverage,
                 const std::vector<Found>& found, size_t begin) {
  size_t end = begin;
  size_t count = 0;
  while (end < words.size() && count < kMaxNameWords) {
    const Word& word = words[end];
    if (count > 0 && IsPlaceAsSurname(found, coverage[end], end)) {
      ++end;
      ++count;
      continue;
    }
    // "John Major said": a title that is also a surname, after a first name.
    if (count > 0 && word.kind == WordKind::kWord && word.capitalised && coverage[end] < 0 &&
        IsAlsoAName(word.key) && IsSingleWordTitle(word.key) &&
        (end + 1 >= words.size() || !words[end + 1].capitalised)) {
      ++end;
      ++count;
      continue;
    }
    // "Theresa May": a month after a first name is a surname, unless a number follows.
    if (count > 0 && word.kind == WordKind::kWord && word.capitalised && coverage[end] < 0 &&
        IsDateWord(word.key) && word.key.size() >= 3 &&
        (end + 1 >= words.size() || words[end + 1].text.empty() ||
         !std::isdigit(static_cast<unsigned char>(words[end + 1].text[0])))) {
      ++end;
      ++count;
      continue;
    }
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
    // Hyphenated parts stay in the name: "Jean-Yves", "Al-Sadr", "Moon Jae-in".
    while (end + 1 < words.size() && words[end].kind == WordKind::kHyphen &&
           !words[end].space_before && !words[end + 1].space_before &&
           words[end + 1].kind == WordKind::kWord && coverage[end + 1] < 0 &&
           (words[end + 1].has_upper ||
            (words[end + 1].text.size() <= 4 &&
             words[end + 1].key != "led" && words[end + 1].key != "run" &&
             words[end + 1].key != "era" && words[end + 1].key != "born" &&
             words[end + 1].key != "like" && words[end + 1].key != "made"))) {
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
  if (heading || title_begin == 0 || !IsAlsoAName(words[title_begin].key)) return false;
  // Two capitalised words before it ("Martin Luther King"); one is not enough, since
  // "District Judge" and "Roman Catholic Pope" are titles too.
  if (title_begin < 2) return false;
  for (size_t w = title_begin - 2; w < title_begin; ++w) {
    const Word& prev = words[w];
    if (prev.kind != WordKind::kWord || !prev.capitalised || coverage[w] >= 0 ||
        IsFunctionWord(prev.key) || IsTitleAdjective(prev.key) || IsDateWord(prev.key) ||
        IsInstitutionWord(prev.key)) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::string NameOfWords(const std::vector<Word>& words, size_t begin, size_t end,
                        bool keep_trailing_dot) {
  std::string name;
  for (size_t i = begin; i < end; ++i) {
    const Word& word = words[i];
    // "University of California, Los Angeles": a comma sits on the word before it.
    bool glued = word.kind == WordKind::kHyphen || word.kind == WordKind::kPossessive ||
                 (word.kind == WordKind::kPunct && word.text == "," && !word.space_before) ||
                 (i > begin && words[i - 1].kind == WordKind::kHyphen && !word.space_before);
    if (!name.empty() && !glued) name += ' ';
    name += word.text;
  }
  if (!keep_trailing_dot) name.resize(LengthWithoutTrailingDots(name));
  // A generational suffix is written with its full stop ("Robert Roe Sr."), whether or not
  // the text has it, so every finder spells the person alike.
  if (end > begin + 1 && (words[end - 1].key == "jr" || words[end - 1].key == "sr") &&
      !name.ends_with(".")) {
    name += ".";
  }
  return name;
}

Found PatternFound(const std::vector<Word>& words, size_t begin, size_t end, ActorType type) {
  Found found;
  found.begin = begin;
  found.end = end;
  found.core_begin = begin;
  found.how = Resolution::kPattern;
  found.actor.type = type;
  found.actor.name = NameOfWords(words, begin, end);
  found.actor.id = MakeActorId(found.actor.name);
  return found;
}

void FindTitledPeople(const NameMatcher& matcher, const AliasTable& aliases,
                      SentenceState* sentence) {
  const auto& words = sentence->words;
  std::vector<int> coverage = sentence->Coverage();
  for (size_t i = 0; i < words.size(); ++i) {
    if (words[i].kind != WordKind::kWord || coverage[i] >= 0) continue;
    bool lowercase_only = false;
    size_t title_end = MatchTitle(words, coverage, i, &lowercase_only);
    // "in Sultan Kudarat", "in General Santos": after "in", a titled name is a place.
    if (title_end != 0 && i > 0 && words[i - 1].key == "in" && words[i].capitalised) continue;
    if (title_end == 0 || PrecededByName(words, coverage, i, sentence->heading)) continue;
    bool possessive = false;
    Found* affiliation = AffiliationBefore(sentence, i, &possessive);
    size_t name_begin = title_end;
    // "Lord Mayor Candidate Wayne Tseng", "President Elect Joe Biden".
    for (int skipped = 0; skipped < 2 && name_begin < words.size() &&
                          words[name_begin].kind == WordKind::kWord &&
                          (IsRoleWord(words[name_begin].key) ||
                           IsSingleWordTitle(words[name_begin].key));
         ++skipped) {
      ++name_begin;
    }
    bool need_full_name = lowercase_only;
    // "President of India Pranab Mukherjee", "Minister of Information Moammar al-Eryani",
    // "Special Representative for Iran Brian Hook", "Ambassador to Iraq John Doe".
    if (name_begin + 1 < words.size() &&
        (words[name_begin].key == "of" || words[name_begin].key == "for" ||
         words[name_begin].key == "to")) {
      size_t k = name_begin + 1;
      if (words[k].key == "the" && k + 1 < words.size()) ++k;
      if (coverage[k] >= 0 && sentence->found[coverage[k]].begin == k &&
          sentence->found[coverage[k]].actor.type == ActorType::kCountry) {
        if (!affiliation) {
          affiliation = &sentence->found[coverage[k]];
          possessive = true;  // not a modifier: "of India" is its own phrase
        }
        name_begin = sentence->found[coverage[k]].end;
      } else if (words[k].capitalised && IsPortfolioWord(words[k].key)) {
        name_begin = k + 1;
        need_full_name = true;
      }
    }
    // "Iran's foreign minister, Mohammad Javad Zarif": the comma only with an affiliation.
    if ((affiliation || name_begin > title_end) && name_begin < words.size() &&
        words[name_begin].text == ",") {
      ++name_begin;
      need_full_name = true;
    }
    size_t name_end = MatchName(words, coverage, sentence->found, name_begin);
    if (name_end == name_begin) continue;
    if (need_full_name && name_end - name_begin < 2) continue;
    // "Crown Prince Mohammad bin Salman of Saudi Arabia".
    if (!affiliation && name_end + 1 < words.size() && words[name_end].key == "of") {
      int after = coverage[name_end + 1];
      if (after >= 0 && sentence->found[after].begin == name_end + 1 &&
          sentence->found[after].actor.type == ActorType::kCountry) {
        affiliation = &sentence->found[after];
        possessive = true;
      }
    }
    // "General Services Administration", "Queen Victoria Market", "General Santos City":
    // the title starts the name of a body or a place.
    if (name_end < words.size() && words[name_end].kind == WordKind::kWord &&
        words[name_end].capitalised) {
      ActorType ignored;
      const std::string& next = words[name_end].key;
      if (IsInstitutionWord(next) || IsOrganizationHead(next, &ignored)) continue;
    }

    Found person;
    person.begin = name_begin;
    person.end = name_end;
    person.core_begin = name_begin;
    person.how = Resolution::kPattern;
    std::optional<AliasTable::Match> known = aliases.LongestMatch(words, name_begin);
    int listed = name_end - name_begin == 1
                     ? matcher.PersonWithSurname(FoldedKey(words[name_begin].text))
                     : -1;
    if (known && known->end == name_end && known->actor->type == ActorType::kPerson) {
      person.actor = *known->actor;
      if (name_end - name_begin == 1) person.how = Resolution::kAlias;
    } else if (listed >= 0) {
      person.actor = matcher.ActorOf(static_cast<uint32_t>(listed));
      person.how = Resolution::kDictionary;
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
    // Places taken in as surnames are no longer mentions of their own.
    std::erase_if(sentence->found, [&](const Found& f) {
      return f.begin >= name_begin && f.end <= name_end;
    });
    sentence->Add(std::move(person));
    coverage = sentence->Coverage();
    i = name_end - 1;
  }
}

}  // namespace actorgraph::actors_internal
