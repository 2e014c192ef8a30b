#include "actors/organizations.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <unordered_set>

#include "actors/capitalised_names.h"
#include "actors/titled_people.h"
#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

bool IsConnector(const Word& word) {
  return word.kind == WordKind::kWord &&
         (word.key == "of" || word.key == "for" || word.key == "on" || word.key == "&" ||
          word.key == "de" || word.key == "du" || word.key == "des");
}

bool IsFreeCapitalised(const Word& word, int coverage) {
  return word.kind == WordKind::kWord && word.capitalised && coverage < 0 &&
         !IsDateWord(word.key);
}

bool IsPlaceMention(const Found& found) {
  return found.how != Resolution::kGroupReference && found.actor.type == ActorType::kCountry;
}

// Whether the "and" at words[and_at] is inside the name of the body whose run starts at
// `begin`, rather than between two names:
//  - "Securities and Exchange Commission", "Law and Justice Party": one capitalised word
//    (not a head, not the sentence's first) before it, and after it capitalised words
//    ending in a head;
//  - "Department of Health and Human Services", "Office of Management and Budget": a
//    government body's "of" tail, with at most three words and no head after it.
// Not: "Senate and House", "House and Senate", "University of Washington and Stanford
// University".
bool AndJoinsName(const std::vector<Word>& words, const std::vector<int>& coverage,
                  size_t begin, size_t and_at) {
  size_t tail_end = and_at + 1;
  size_t tail_heads = 0;
  bool last_is_head = false;
  while (tail_end < words.size() && IsFreeCapitalised(words[tail_end], coverage[tail_end])) {
    ActorType ignored;
    last_is_head = IsOrganizationHead(words[tail_end].key, &ignored);
    if (last_is_head) ++tail_heads;
    ++tail_end;
  }
  size_t tail = tail_end - and_at - 1;
  if (tail == 0) return false;
  ActorType ignored;
  if (and_at == begin + 1 && begin > 0 && !IsOrganizationHead(words[begin].key, &ignored) &&
      words[begin].key != "house") {
    return last_is_head;
  }
  // "House Oversight and Reform Committee", "House Ways and Means Committee": a chamber's
  // committee named by two subjects.
  if ((words[begin].key == "house" || words[begin].key == "senate") && and_at > begin + 1 &&
      and_at <= begin + 3 && tail <= 3 && last_is_head && tail_heads == 1) {
    for (size_t w = begin + 1; w < and_at; ++w) {
      if (IsOrganizationHead(words[w].key, &ignored)) return false;
    }
    return true;
  }
  static const std::unordered_set<std::string_view> kGovernmentHeads = {
      "department", "ministry", "office", "institute", "commission", "committee",
      "authority", "bureau", "agency", "council", "court"};
  // "School of Marine and Atmospheric Science", "Academy of Arts and Sciences", "Centre for
  // Strategic and International Studies": a school's or learned body's "of" or "for" names
  // fields of study; a tail ending in another word ("University of Chicago and Evanston")
  // is a second name as often.
  static const std::unordered_set<std::string_view> kSchoolHeads = {
      "school", "college", "university", "faculty", "academy", "centre", "center", "society",
      "institute", "laboratory"};
  static const std::unordered_set<std::string_view> kFields = {
      "science", "sciences", "technology", "technologies", "arts", "studies", "engineering",
      "medicine", "research", "education", "statistics", "mathematics", "economics", "law",
      "biology", "chemistry", "physics", "humanities", "management", "business", "design",
      "music", "letters", "policy", "culture", "history", "geography", "agriculture",
      "forestry", "nursing", "pharmacy", "dentistry", "health", "evaluation", "development"};
  bool government_of = false;
  bool school_of = false;
  for (size_t w = begin; w + 1 < and_at; ++w) {
    if (kGovernmentHeads.count(words[w].key) && words[w + 1].key == "of") government_of = true;
    if (kSchoolHeads.count(words[w].key) &&
        (words[w + 1].key == "of" || words[w + 1].key == "for")) {
      school_of = true;
    }
  }
  if (tail > 3 || tail_heads != 0) return false;
  return government_of || (school_of && kFields.count(words[tail_end - 1].key) != 0);
}

// Whether the "in" at words[in_at], after a "for" inside a body's name, goes on with the name
// rather than saying where the body is: "Cooperative Institute for Research in Environmental
// Sciences", not "Institute for Economics in Washington" (a place the dictionary knows),
// "Centre for Surgery in Tyumen" (one word: a town as often) or "in New Haven".
bool InJoinsName(const std::vector<Word>& words, const std::vector<int>& coverage,
                 size_t in_at) {
  static const std::unordered_set<std::string_view> kPlaceStarts = {
      "new", "san", "santa", "los", "las", "saint", "st", "fort", "port", "mount", "lake",
      "north", "south", "east", "west", "central", "greater", "upper", "lower"};
  size_t end = in_at + 1;
  while (end < words.size() && IsFreeCapitalised(words[end], coverage[end])) ++end;
  size_t tail = end - in_at - 1;
  if (tail < 2 || tail > 3 || kPlaceStarts.count(words[in_at + 1].key)) return false;
  return end == words.size() || words[end].kind != WordKind::kWord || !words[end].has_upper;
}

// The words after the comma at words[comma] when they name a campus of the university before
// it: "University of California, San Diego", "University of Alabama, Birmingham". One or two
// capitalised words no mention covers, no given name, then punctuation or a lower-case word
// that is no verb of speech ("at the University of Utah, Smith said" names a person).
// Returns the end of the campus's words, or `comma` if there is none.
size_t CampusAfterComma(const std::vector<Word>& words, const std::vector<int>& coverage,
                        size_t comma) {
  static const std::unordered_set<std::string_view> kSpeech = {
      "said", "says", "told", "added", "noted", "wrote", "explained", "stated", "argued"};
  size_t end = comma + 1;
  while (end < words.size() && end < comma + 4 && IsFreeCapitalised(words[end], coverage[end]) &&
         !IsFunctionWord(words[end].key)) {
    ++end;
  }
  size_t campus = end - comma - 1;
  if (campus == 0 || campus > 2 || IsGivenName(words[comma + 1].key)) return comma;
  for (size_t w = comma + 1; w < end; ++w) {
    if (IsOrganizationHead(words[w].key, nullptr)) return comma;
  }
  if (end == words.size()) return end;
  const Word& next = words[end];
  if (next.kind == WordKind::kPunct) return next.text == "(" ? comma : end;
  // "the University of California, San Diego's chancellor".
  if (next.kind == WordKind::kPossessive) return end;
  if (next.kind != WordKind::kWord || next.has_upper || next.key == "and" || next.key == "or" ||
      kSpeech.count(next.key)) {
    return comma;
  }
  return end;
}

// A name made only of words every state's body has ("Finance Ministry", "National Bank",
// "Armed Forces", "Supreme Court"): after a state's possessive it names that state's body,
// so the state's adjective joins it ("Poland's National Bank" -> "Polish National Bank").
// A name with a word of its own ("National Institute of Allergy and Infectious Diseases",
// "Tsinghua University") is that body already.
bool IsGenericBodyName(const std::vector<Word>& words, size_t begin, size_t end) {
  static const std::unordered_set<std::string_view> kGeneric = {
      "of", "and", "for", "the", "on", "ministry", "ministries", "bank", "central", "national",
      "reserve", "federal", "foreign", "finance", "economy", "economic", "commerce", "trade",
      "industry", "defence", "defense", "interior", "home", "health", "education",
      "agriculture", "justice", "labour", "labor", "energy", "environment", "transport",
      "communications", "information", "culture", "affairs", "public", "security",
      "intelligence", "armed", "forces", "force", "air", "navy", "army", "military", "police",
      "guard", "coast", "court", "supreme", "high", "constitutional", "stock", "exchange",
      "export-import", "development", "investment", "statistics", "office", "bureau",
      "department", "agency", "board", "council", "committee", "commission", "parliament",
      "senate", "assembly", "house", "congress", "cabinet", "government", "state", "people's",
      "general", "staff", "electoral", "election", "service", "services", "customs", "tax",
      "revenue", "monetary", "authority", "administration", "planning", "petroleum", "oil",
      "mines", "mining", "water", "resources", "social", "welfare", "treasury", "post"};
  for (size_t w = begin; w < end; ++w) {
    if (words[w].kind != WordKind::kWord) continue;
    if (kGeneric.count(words[w].key) == 0) return false;
  }
  return true;
}

// True when `acronym` spells the initials of the words [begin, end): every capitalised word
// gives its initial, connectors may ("NDRRMC", "JCPOA").
bool InitialsMatch(const std::vector<Word>& words, size_t begin, size_t end,
                   std::string_view acronym) {
  std::string letters;
  for (char c : acronym) {
    if (c >= 'A' && c <= 'Z') letters += c;
  }
  std::vector<bool> reach(letters.size() + 1, false);  // letters spelled so far
  reach[0] = true;
  for (size_t w = begin; w < end; ++w) {
    const Word& word = words[w];
    if (word.kind != WordKind::kWord) continue;
    char initial = static_cast<char>(std::toupper(static_cast<unsigned char>(word.text[0])));
    std::vector<bool> next(letters.size() + 1, false);
    for (size_t p = 0; p <= letters.size(); ++p) {
      if (!reach[p]) continue;
      if (!word.capitalised) next[p] = true;
      if (p < letters.size() && letters[p] == initial) next[p + 1] = true;
    }
    reach = std::move(next);
  }
  return reach[letters.size()];
}

// "National Disaster Risk Reduction and Management Council (NDRRMC)": a body found by its
// head, cut short at an "and", takes in the words before it when the acronym spells them;
// "British American Drama Academy (BADA)": so does a body after demonyms or countries'
// names, which are then words of its own name, not its state. Returns the body's index in
// `sentence->found` (mentions before it may have gone).
size_t ExtendToAcronym(std::string_view acronym, const std::vector<int>& coverage,
                       SentenceState* sentence, size_t index) {
  const auto& words = sentence->words;
  Found* body = &sentence->found[index];
  if (body->how != Resolution::kPattern ||
      InitialsMatch(words, body->begin, body->end, acronym)) {
    return index;
  }
  auto rename = [&](Found* found, size_t begin) {
    bool keep_dot = found->keep_trailing_dot;
    found->begin = begin;
    found->core_begin = begin;
    found->actor.name = NameOfWords(words, begin, found->end, keep_dot);
    found->actor.id = MakeActorId(found->actor.name);
  };
  if (body->core_begin == body->begin) {
    size_t begin = body->begin;
    while (begin > 0 && coverage[begin - 1] < 0 && words[begin - 1].kind == WordKind::kWord &&
           (words[begin - 1].capitalised || words[begin - 1].key == "and" ||
            IsConnector(words[begin - 1]))) {
      --begin;
      if (words[begin].capitalised && InitialsMatch(words, begin, body->end, acronym)) {
        rename(body, begin);
        return index;
      }
    }
  }
  // Demonyms and countries' names right before the body, each a mention of its own.
  size_t first = index;  // the earliest of them taken so far
  size_t begin = body->begin;
  while (first > 0) {
    const Found& state = sentence->found[first - 1];
    if (state.end != begin || state.actor.type != ActorType::kCountry ||
        (state.how != Resolution::kDemonym && state.how != Resolution::kDictionary) ||
        !words[state.begin].capitalised || !words[begin].space_before) {
      break;
    }
    --first;
    begin = state.begin;
    if (InitialsMatch(words, begin, body->end, acronym)) {
      rename(body, begin);
      body->actor.affiliation.clear();
      sentence->found.erase(sentence->found.begin() + first, sentence->found.begin() + index);
      return first;
    }
  }
  return index;
}

}  // namespace

bool LooksLikeAcronym(const Word& word) {
  if (word.kind != WordKind::kWord || !word.all_upper) return false;
  size_t letters = 0;
  for (char c : word.text) {
    if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ++letters;
    else if (c != '.' && c != '-' && c != '&') return false;
  }
  return letters >= 2 && letters <= 8;
}

void FindOrganizations(const NameMatcher& matcher, const AliasTable& aliases,
                       SentenceState* sentence) {
  if (sentence->heading) return;
  const auto& words = sentence->words;
  const size_t n = words.size();
  size_t plain_run_at = n;  // a run that takes no possessive in
  for (size_t i = 0; i < n;) {
    std::vector<int> coverage = sentence->Coverage();
    const Word& first = words[i];
    // "First National Bank", "Third Avenue Holdings Inc": a capitalised ordinal opens a
    // body's name, though it is a function word elsewhere.
    bool ordinal = (first.key == "first" || first.key == "second" || first.key == "third") &&
                   i + 1 < n && IsFreeCapitalised(words[i + 1], coverage[i + 1]);
    if (!IsFreeCapitalised(first, coverage[i]) || (IsFunctionWord(first.key) && !ordinal)) {
      ++i;
      continue;
    }
    // The run of capitalised words (and connectors between them) starting at i.
    size_t j = i;
    size_t segment = i;  // first word after the last connector: "Carl Hensman of the
                         // [Bill and Melinda Gates Foundation]"
    std::vector<int> absorbed;  // places inside the run: "Bank of England"
    // "Heinl's Nursery Inc", "Oliver's Stores Inc": a word opening a noun phrase and a
    // possessive may open a company's name (kept below only when a legal suffix ends it,
    // or when the word is "People").
    // Not a word the document has named before ("Nacco's North American Coal Co"), one
    // after a capitalised word ("Nacco Industries' North American Coal Co") or after "and"
    // ("Standard and Poor's Corp").
    auto opens_owner_name = [&](size_t w) {
      return w + 2 < n && words[w + 1].kind == WordKind::kPossessive &&
             IsFreeCapitalised(words[w + 2], coverage[w + 2]) &&
             (w == 0 || words[w - 1].kind != WordKind::kWord ||
              (!words[w - 1].capitalised && words[w - 1].key != "and" &&
               words[w - 1].key != "&")) &&
             !IsOrganizationHead(words[w].key, nullptr) && !aliases.LongestMatch(words, w);
    };
    size_t owner_possessive = n;
    bool after_for = false;  // the last connector of the run was "for"
    while (j < n) {
      if (owner_possessive == n && i != plain_run_at && j == segment + 1 &&
          opens_owner_name(segment)) {
        owner_possessive = j;
        ++j;
        continue;
      }
      if (after_for && j > segment && words[j].key == "in" && InJoinsName(words, coverage, j)) {
        j += 1;
        segment = j;
        continue;
      }
      if (IsFreeCapitalised(words[j], coverage[j])) {
        ++j;
        while (j + 1 < n && words[j].kind == WordKind::kHyphen && !words[j].space_before &&
               !words[j + 1].space_before && IsFreeCapitalised(words[j + 1], coverage[j + 1])) {
          j += 2;
        }
        continue;
      }
      // "University of Southern California", "Bank of Central Asia": after a connector, a
      // point of the compass before a place's name is a region, inside the body's name.
      static const std::unordered_set<std::string_view> kCompass = {
          "southern", "northern", "eastern", "western", "central", "south", "north", "east",
          "west"};
      if (segment > i && j == segment + 1 && coverage[j] >= 0 &&
          kCompass.count(words[j - 1].key) && words[j - 1].capitalised &&
          IsPlaceMention(sentence->found[coverage[j]]) &&
          sentence->found[coverage[j]].begin == j) {
        absorbed.push_back(coverage[j]);
        j = sentence->found[coverage[j]].end;
        continue;
      }
      // "Carl Hensman of the Bill and Melinda Gates Foundation": a segment after a
      // person's "of" may open a name with "and"; after a body's "of" ("University of Leeds
      // and Stanford University") the "and" begins a second body.
      auto body_before = [&](size_t end) {
        for (size_t w = i; w < end; ++w) {
          if (coverage[w] < 0 && IsOrganizationHead(words[w].key, nullptr)) return true;
        }
        return false;
      };
      if (words[j].key == "and" &&
          (AndJoinsName(words, coverage, i, j) ||
           (segment != i && !body_before(segment) &&
            AndJoinsName(words, coverage, segment, j)))) {
        j += 1;
        continue;
      }
      // "Universidad de la República": a Romance head's name goes on past "de la".
      bool romance = std::any_of(words.begin() + i, words.begin() + j, [](const Word& w) {
        return w.capitalised && IsHeadFirstOrganizationHead(w.key);
      });
      if (j > i && j + 1 < n &&
          (IsConnector(words[j]) || (romance && IsRomanceConnector(words[j].key)))) {
        size_t k = j + 1;
        // "Blues Incorporated for The Rolling Stones": a title-cased "The" starts a name
        // of its own.
        if (words[k].key == "the" && words[k].capitalised) break;
        if (words[k].key == "the" && k + 1 < n) ++k;
        if (romance && !words[k].capitalised && IsRomanceArticle(words[k].key) && k + 1 < n) ++k;
        if (IsFreeCapitalised(words[k], coverage[k])) {
          after_for = words[j].key == "for";
          j = k;
          segment = k;
          continue;
        }
        if (coverage[k] >= 0 && IsPlaceMention(sentence->found[coverage[k]]) &&
            sentence->found[coverage[k]].begin == k) {
          absorbed.push_back(coverage[k]);
          j = sentence->found[coverage[k]].end;
          continue;
        }
      }
      break;
    }
    size_t run_end = j;
    // "Agents of the Federal Security Service", "Speaker of the House of Representatives",
    // "Yvette Cooper of the Labour Party": words before the first connector with no head
    // among them are not part of the body's name ("Bank of England" and "Ministry of
    // Foreign Affairs" have theirs before it).
    for (size_t w = i; w < run_end; ++w) {
      ActorType ignored;
      bool house_of = words[w].key == "house" && w + 1 < run_end && words[w + 1].key == "of";
      if (house_of || (coverage[w] < 0 && IsOrganizationHead(words[w].key, &ignored))) break;
      // Only "of" joins a person or an office to the body ("Speaker of the House"); "for"
      // and "on" are inside the name ("Cinema for Peace Foundation").
      if (!IsConnector(words[w]) || words[w].key == "for" || words[w].key == "on" ||
          words[w].key == "&") {
        continue;
      }
      size_t start = w + 1;
      if (start < run_end && words[start].key == "the") ++start;
      i = start;
      break;
    }
    // "Jo Roe of American University", "a member of the Iraqi Parliament": a place or
    // demonym that opens the body's name after the cut joins it as it does elsewhere. A
    // place's name joins only a name every state's body has ("Jo Roe of the Ruritania
    // Energy Commission"): before head words alone it ends another name ("Barnett Banks
    // of Florida Inc" is one company), and a name of its own stays as written ("the United
    // States National Institute of Allergy and Infectious Diseases": the body is named
    // without the country, which keeps its mention and is the body's affiliation).
    bool place_apart = false;
    if (i < run_end && coverage[i] >= 0) {
      const Found& place = sentence->found[coverage[i]];
      bool heads_after = true;
      for (size_t w = place.end; w < run_end && heads_after; ++w) {
        heads_after = IsOrganizationHead(words[w].key, nullptr);
      }
      if (IsPlaceMention(place) && place.begin == i && place.end < run_end &&
          IsFreeCapitalised(words[place.end], coverage[place.end]) && !heads_after) {
        place_apart = place.how != Resolution::kDemonym &&
                      !IsGenericBodyName(words, place.end, run_end);
        i = place.end;
      } else if (IsPlaceMention(place) && place.begin == i && place.end < run_end &&
                 IsFreeCapitalised(words[place.end], coverage[place.end]) &&
                 place.how == Resolution::kDemonym) {
        i = place.end;
      }
    }
    if (i >= run_end || coverage[i] >= 0) {
      i = run_end;
      continue;
    }
    // The last head word of the run.
    size_t head = run_end;
    ActorType type = ActorType::kOrganization;
    for (size_t w = i; w < run_end; ++w) {
      ActorType t;
      bool house_of = words[w].key == "house" && w + 1 < run_end && words[w + 1].key == "of";
      if (house_of) t = ActorType::kOrganization;
      if (coverage[w] < 0 && words[w].kind == WordKind::kWord &&
          (house_of || IsOrganizationHead(words[w].key, &t))) {
        head = w;
        type = t;
      }
    }
    if (head == run_end) {
      i = run_end;
      continue;
    }
    size_t end = head + 1;
    if (end < run_end && IsConnector(words[end])) end = run_end;
    // "Institut National de Recherche Biomédicale": the words after a Romance head are its.
    if (words[head].capitalised && IsHeadFirstOrganizationHead(words[head].key)) end = run_end;
    // "People's Party of Canada", "People's Liberation Army": "People's" owns no body but
    // opens one, whatever its head.
    bool peoples = owner_possessive < n && words[owner_possessive - 1].key == "people";
    if (owner_possessive < end &&
        (head < owner_possessive + (peoples ? 1 : 2) ||
         (!peoples && (end != head + 1 || !IsLegalSuffix(words[head].key))))) {
      plain_run_at = i;  // the run again, ended at the possessive
      continue;
    }
    // "University of California, San Diego": a campus after a comma is part of the name.
    if (end == run_end && end + 1 < n && words[end].text == "," &&
        words[head].key == "university" && head + 2 < end && words[head + 1].key == "of") {
      end = CampusAfterComma(words, coverage, end);
      run_end = end;
    }
    // Keep absorbed places only inside the name.
    absorbed.erase(std::remove_if(absorbed.begin(), absorbed.end(),
                                  [&](int f) {
                                    return sentence->found[f].begin >= end ||
                                           sentence->found[f].begin < i;
                                  }),
                   absorbed.end());

    Found org;
    org.begin = i;
    org.end = end;
    org.core_begin = i;
    org.how = Resolution::kPattern;
    org.actor.type = type;
    int prefix = -1;
    bool possessive = false;
    if (place_apart) {
      org.actor.affiliation = sentence->found[coverage[i - 1]].actor.id;
    } else if (i > 0 && coverage[i - 1] >= 0 && sentence->found[coverage[i - 1]].end == i &&
        IsPlaceMention(sentence->found[coverage[i - 1]])) {
      prefix = coverage[i - 1];
    } else if (i > 1 && words[i - 1].kind == WordKind::kPossessive && coverage[i - 2] >= 0 &&
               sentence->found[coverage[i - 2]].end == i - 1 &&
               IsPlaceMention(sentence->found[coverage[i - 2]])) {
      prefix = coverage[i - 2];
      possessive = true;
    }
    // A bare head ("the Parliament") is an alias or nothing; so are heads alone ("Co Inc",
    // left from "Smith and Co Inc").
    // A railway's or a clinic's word before other heads names the body's trade, as a word
    // of its own does: "Railway Police Force".
    static const std::unordered_set<std::string_view> kTradeHeads = {"railway", "railways",
                                                                     "railroad", "clinic"};
    bool only_heads = true;
    for (size_t w = i; w < end && only_heads; ++w) {
      ActorType ignored;
      only_heads = IsOrganizationHead(words[w].key, &ignored) &&
                   !(w + 1 < end && kTradeHeads.count(words[w].key));
    }
    if (prefix < 0 && only_heads) {
      i = run_end;
      continue;
    }
    const std::string& last_key = words[end - 1].key;
    org.keep_trailing_dot =
        last_key == "corp" || last_key == "inc" || last_key == "ltd" || last_key == "co";
    std::string name = NameOfWords(words, i, end, org.keep_trailing_dot);
    if (prefix >= 0) {
      const Found& place = sentence->found[prefix];
      org.actor.affiliation = place.actor.id;
      if (possessive && IsGenericBodyName(words, i, end)) {
        int entry = matcher.EntryOfId(place.actor.id);
        std::string adjective = entry >= 0 ? matcher.AdjectiveOf(entry) : place.actor.name;
        name = adjective + " " + name;
      } else if (!possessive) {
        // "US Army", "U.S. Senate" and "United States Senate" are one body: an acronym
        // gives way to the country's name.
        org.begin = place.begin;
        // "Native American Rights Fund", "Pan African Congress": a word that joins a
        // demonym into a name of its own; "North Wales Fire and Rescue Service": a point of
        // the compass before a place's name.
        static const std::unordered_set<std::string_view> kDemonymJoiners = {
            "native", "pan", "north", "south", "east", "west", "central", "latin", "royal"};
        static const std::unordered_set<std::string_view> kPlaceJoiners = {
            "north", "south", "east", "west", "central"};
        const auto& joiners =
            place.how == Resolution::kDemonym ? kDemonymJoiners : kPlaceJoiners;
        if ((place.how == Resolution::kDemonym ||
             (place.how == Resolution::kDictionary && place.kind != NameKind::kAcronym)) &&
            place.begin > 0 &&
            IsFreeCapitalised(words[place.begin - 1], coverage[place.begin - 1]) &&
            joiners.count(words[place.begin - 1].key) > 0) {
          org.begin = place.begin - 1;
          org.core_begin = org.begin;
        }
        std::string place_name = place.kind == NameKind::kAcronym
                                     ? place.actor.name
                                     : NameOfWords(words, org.begin, i);
        name = place_name + " " + name;
        absorbed.push_back(prefix);
      }
    } else {
      // "Bank of England" belongs to its country; "University of Washington" may be in a
      // state of the same name as a capital, so capitals give no affiliation here.
      for (int f : absorbed) {
        if (sentence->found[f].how != Resolution::kCapital) {
          org.actor.affiliation = sentence->found[f].actor.id;
          break;
        }
      }
    }
    org.actor.id = MakeActorId(name);
    org.actor.name = std::move(name);
    std::sort(absorbed.begin(), absorbed.end(), std::greater<int>());
    for (int f : absorbed) sentence->found.erase(sentence->found.begin() + f);
    sentence->Add(std::move(org));
    i = end;
  }
}

namespace {

// Lower-case nouns of a kind of organisation that news puts before its name. Left out:
// nouns that as often come before a person's name ("producer", "publisher", "developer",
// "contractor", "operator").
// *without_of: the kind's names take no "of" ("radio station KNSS-FM of Reno": the station
// is in Reno).
bool IsOrganizationKindNoun(std::string_view key, ActorType* type, bool* without_of) {
  static const std::unordered_set<std::string_view> kOrganizations = {
      "retailer", "manufacturer", "maker", "carmaker", "automaker", "company", "firm",
      "corporation",
      "airline", "carrier", "chain", "supermarket", "newspaper", "daily", "weekly",
      "tabloid", "magazine", "broadcaster", "outlet", "website", "insurer", "lender",
      "bank", "brokerage", "conglomerate", "giant", "supplier", "subsidiary", "startup",
      "agency", "organisation", "organization", "charity", "watchdog", "regulator",
      "group", "union", "exchange", "network", "portal",
      // Bands, labels, clubs and media: "the rock band Cream", "supergroup Blind Faith",
      // "record label Island", "the club Arsenal", "the station Radio Liberty".
      "band", "supergroup", "label", "club", "team", "station", "channel", "publication"};
  static const std::unordered_set<std::string_view> kWithoutOf = {
      "band", "supergroup", "label", "club", "team", "station", "channel", "publication"};
  if (without_of) *without_of = kWithoutOf.count(key) != 0;
  static const std::unordered_set<std::string_view> kGroups = {"militia", "faction"};
  if (kOrganizations.count(key)) {
    *type = ActorType::kOrganization;
    return true;
  }
  if (kGroups.count(key)) {
    *type = ActorType::kGroup;
    return true;
  }
  return false;
}

// Adjectives that make "group" an armed or political group: "militant group", "rebel group".
bool IsArmedGroupAdjective(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      "militant", "rebel", "armed", "jihadist", "jihadi", "terrorist", "terror", "extremist",
      "insurgent", "islamist", "paramilitary", "separatist", "guerrilla", "guerilla"};
  return kWords.count(key) != 0;
}

// The folded first word of a name, "the" skipped: "Food and Agriculture Organisation" and
// "Food and Agriculture Organization" are one body spelt two ways, "Interstate Commerce
// Commission" and "International Criminal Court" are two.
std::string FirstWordKey(const std::string& name) {
  std::string id = MakeActorId(name);
  if (id.rfind("the_", 0) == 0) id = id.substr(4);
  return id.substr(0, id.find('_'));
}

}  // namespace

void FindOrganizationsAfterKindNouns(const AliasTable& aliases, SentenceState* sentence) {
  // A heading in sentence case keeps its kind noun in lower case; in title case or in
  // capitals the noun is capitalised and nothing matches.
  if (sentence->all_capitals) return;
  const auto& words = sentence->words;
  const size_t n = words.size();
  constexpr size_t kMaxWords = 4;
  for (size_t i = 1; i < n; ++i) {
    const Word& noun = words[i - 1];
    ActorType type;
    bool without_of = false;
    if (noun.kind != WordKind::kWord || noun.has_upper ||
        !IsOrganizationKindNoun(noun.key, &type, &without_of)) {
      continue;
    }
    std::vector<int> coverage = sentence->Coverage();
    size_t begin = i;
    // "the newspaper The Guardian": a capitalised article is part of the name.
    size_t end = begin, name_words = 0;
    if (words[begin].kind == WordKind::kWord && words[begin].key == "the" &&
        words[begin].capitalised && begin + 1 < n) {
      ++end;
    }
    while (end < n && name_words <= kMaxWords) {
      const Word& word = words[end];
      if (word.kind == WordKind::kHyphen && end > begin && !word.space_before && end + 1 < n &&
          !words[end + 1].space_before && words[end + 1].capitalised && coverage[end + 1] < 0) {
        ++end;
        continue;
      }
      if (word.kind == WordKind::kWord && word.key == "&" && end > begin && end + 1 < n &&
          words[end + 1].capitalised) {
        ++end;
        continue;
      }
      // "Petroleos de Venezuela", "Cie de Saint-Gobain", "Bank of Bahrain".
      if (word.kind == WordKind::kWord && name_words > 0 && end + 1 < n &&
          (word.key == "de" || word.key == "del" || word.key == "des" || word.key == "du" ||
           (word.key == "of" && !without_of)) &&
          words[end + 1].kind == WordKind::kWord && words[end + 1].capitalised) {
        ++end;
        continue;
      }
      if (word.kind != WordKind::kWord || !(word.capitalised || word.all_upper) ||
          coverage[end] >= 0 || IsDateWord(word.key) || IsFunctionWord(word.key) ||
          IsHeadlineVerb(word.key)) {
        break;
      }
      ++end;
      ++name_words;
    }
    if (name_words == 0 || name_words > kMaxWords) {
      i = end;
      continue;
    }
    // "rock band Grateful Dead": a run cut short by a capitalised word it could not take
    // ("Dead" reads as a headline's verb) has no clear end.
    // "channel TF-1", "station Unit 2", "publication Ward's Automotive Reports": a name
    // that goes on into a number or a longer title is not all there.
    bool cut_short = false;
    if (end < n) {
      const Word& next = words[end];
      cut_short = (next.kind == WordKind::kWord && next.capitalised && coverage[end] < 0 &&
                   !IsFunctionWord(next.key) && !IsDateWord(next.key)) ||
                  (next.kind == WordKind::kHyphen && !next.space_before) ||
                  (next.kind == WordKind::kWord && !next.text.empty() &&
                   std::isdigit(static_cast<unsigned char>(next.text[0]))) ||
                  (next.kind == WordKind::kPossessive && end + 1 < n &&
                   words[end + 1].kind == WordKind::kWord && words[end + 1].capitalised);
    }
    if (cut_short) {
      i = end;
      continue;
    }
    // "British firm Cable and Wireless" or two firms? Left alone.
    if (end + 1 < n && words[end].kind == WordKind::kWord && words[end].key == "and" &&
        words[end + 1].capitalised) {
      i = end;
      continue;
    }
    // "If I were a bank I'm not sure": a pronoun, not a name.
    if (name_words == 1 && words[begin].key.size() > 1 && words[begin].key[1] == '\'' &&
        words[begin].key[0] == 'i') {
      i = end;
      continue;
    }
    // "the financial daily Handelsblatt", not "the daily SDR price": "daily" and "weekly"
    // name a paper only after a word that describes it.
    static const std::unordered_set<std::string_view> kDeterminers = {
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "our"};
    if ((noun.key == "daily" || noun.key == "weekly") &&
        (i < 2 || words[i - 2].kind != WordKind::kWord ||
         kDeterminers.count(words[i - 2].key))) {
      i = end;
      continue;
    }
    // "the organization Equally American", "the airline Garuda Indonesia": a one-word
    // country or demonym that closes the name (a lower-case word or punctuation after it)
    // is its last word, and the country its affiliation.
    int absorbed = -1;  // index in sentence->found of that country's mention
    if (end + 1 < n && coverage[end] >= 0 && words[end].kind == WordKind::kWord &&
        words[end + 1].kind != WordKind::kHyphen && words[end + 1].kind != WordKind::kPossessive &&
        !(words[end + 1].kind == WordKind::kWord && words[end + 1].has_upper)) {
      const Found& place = sentence->found[static_cast<size_t>(coverage[end])];
      if (place.begin == end && place.end == end + 1 &&
          place.actor.type == ActorType::kCountry && !place.modifier &&
          place.how != Resolution::kGroupReference) {
        absorbed = coverage[end];
        ++end;
      }
    }
    // A name that goes on into a mention ("chain Tesco Polska"?) is left alone when the
    // run ends at another actor's words: their boundary is unclear.
    if (end < n && coverage[end] >= 0 && words[end].kind == WordKind::kWord) {
      i = end;
      continue;
    }
    std::optional<AliasTable::Match> known = aliases.LongestMatch(words, begin);
    if (known && known->end >= end) {
      i = end;
      continue;
    }
    if (IsSingleWordTitleKey(words[begin].key) || IsRoleWord(words[begin].key) ||
        (name_words >= 2 && IsGivenName(words[begin].key))) {
      i = end;
      continue;
    }
    if (noun.key == "group" &&
        !(i >= 2 && words[i - 2].kind == WordKind::kWord && IsArmedGroupAdjective(words[i - 2].key))) {
      type = ActorType::kOrganization;
    } else if (noun.key == "group") {
      type = ActorType::kGroup;
    }
    Found org;
    org.begin = begin;
    org.end = end;
    org.core_begin = begin;
    org.how = Resolution::kPattern;
    org.actor.type = type;
    const std::string& last_key = words[end - 1].key;
    org.keep_trailing_dot = last_key == "corp" || last_key == "inc" || last_key == "ltd" ||
                            last_key == "co" || last_key == "kft";
    org.actor.name = NameOfWords(words, begin, end, org.keep_trailing_dot);
    org.actor.id = MakeActorId(org.actor.name);
    if (absorbed >= 0) {
      org.actor.affiliation = sentence->found[static_cast<size_t>(absorbed)].actor.id;
      sentence->found.erase(sentence->found.begin() + absorbed);
    }
    sentence->Add(std::move(org));
    i = end;
  }
}

namespace {

bool IsSpeechOrReportVerb(std::string_view key) {
  static const std::unordered_set<std::string_view> kVerbs = {
      "said", "says", "reported", "reports", "announced", "announces", "told", "tells",
      "expressed", "stated", "added", "confirmed", "wrote", "writes"};
  return kVerbs.count(key) != 0;
}

// Words after which a defined name is a body's: "wrestled for", "signed by", "joined".
bool IsBodyPreposition(std::string_view key) {
  static const std::unordered_set<std::string_view> kWords = {
      "for", "from", "by", "joined", "signed", "left"};
  return kWords.count(key) != 0;
}

bool IsDefinedNameWord(const Word& word, int coverage) {
  return coverage < 0 && word.kind == WordKind::kWord &&
         (word.capitalised || word.key == "and" || word.key == "the" || IsConnector(word));
}

// Whether [begin, end) is a name no mention covers that `acronym` spells: capitalised words
// first and last, with "and", "the" and connectors inside, that no capitalised word before
// continues ("Israeli Grand Master (GM)" is a title).
bool IsDefinedName(const std::vector<Word>& words, const std::vector<int>& coverage,
                   size_t begin, size_t end, std::string_view acronym) {
  if (begin + 2 > end || !words[begin].capitalised || !words[end - 1].capitalised ||
      words[begin].key == "the" || IsDateWord(words[begin].key)) {
    return false;
  }
  for (size_t w = begin; w < end; ++w) {
    if (!IsDefinedNameWord(words[w], coverage[w])) return false;
  }
  if (begin > 0 && words[begin - 1].kind == WordKind::kWord && words[begin - 1].capitalised &&
      !IsFunctionWord(words[begin - 1].key)) {
    return false;
  }
  return InitialsMatch(words, begin, end, acronym);
}

// The first word of the defined name that ends at `end` (exclusive), or `end` if none.
size_t DefinedNameBegin(const std::vector<Word>& words, const std::vector<int>& coverage,
                        size_t end, std::string_view acronym) {
  constexpr size_t kMaxWords = 8;
  for (size_t begin = end; begin > 0 && end - begin < kMaxWords &&
                           IsDefinedNameWord(words[begin - 1], coverage[begin - 1]);) {
    --begin;
    if (words[begin].capitalised && IsDefinedName(words, coverage, begin, end, acronym)) {
      return begin;
    }
  }
  return end;
}

// Whether the definition that starts at words[begin] and ends with the bracket at
// words[close] stands where a body does: after "for", "from", "by", "joined", ... (with
// "the" between: "for the Crimson Peak Wrestling (CPW)"), or before a speech verb ("(DW)
// reported"). Laws, systems and products defined the same way stand elsewhere ("received a
// Digital Millennium Copyright Act (DMCA) notice").
bool UsedAsBody(const std::vector<Word>& words, size_t begin, size_t close) {
  if (close + 1 < words.size() && IsSpeechOrReportVerb(words[close + 1].key)) return true;
  size_t before = begin;
  if (before > 0 && words[before - 1].key == "the") --before;
  return before > 0 && words[before - 1].kind == WordKind::kWord &&
         !words[before - 1].has_upper && IsBodyPreposition(words[before - 1].key);
}

// "WWE (World Wrestling Entertainment)", "AEW (All Elite Wrestling)": an acronym before
// brackets that hold its expansion.
void FindAcronymsBeforeNames(SentenceState* sentence, AliasTable* aliases) {
  const auto& words = sentence->words;
  constexpr size_t kMaxWords = 10;
  for (size_t open = 1; open + 3 < words.size(); ++open) {
    if (words[open].text != "(" || !LooksLikeAcronym(words[open - 1])) continue;
    size_t close = open + 1;
    while (close < words.size() && close - open <= kMaxWords && words[close].text != ")") ++close;
    if (close >= words.size() || words[close].text != ")") continue;
    std::vector<int> coverage = sentence->Coverage();
    const Word& acronym = words[open - 1];
    if (coverage[open - 1] >= 0) continue;
    Actor actor;
    int named = coverage[open + 1];
    if (named >= 0) {
      const Found& body = sentence->found[named];
      if (body.begin != open + 1 || body.end != close || body.how == Resolution::kGroupReference ||
          body.actor.type == ActorType::kPerson ||
          !InitialsMatch(words, open + 1, close, acronym.text)) {
        continue;
      }
      actor = body.actor;
    } else {
      if (!IsDefinedName(words, coverage, open + 1, close, acronym.text) ||
          !UsedAsBody(words, open - 1, close)) {
        continue;
      }
      Found body = PatternBody(words, open + 1, close);
      actor = body.actor;
      sentence->Add(std::move(body));
    }
    Found alias;
    alias.begin = open - 1;
    alias.end = open;
    alias.core_begin = alias.begin;
    alias.how = Resolution::kAlias;
    alias.keep_trailing_dot = true;
    alias.actor = actor;
    aliases->Add(words, open - 1, open, actor, AliasTable::Kind::kAcronym);
    sentence->Add(std::move(alias));
    open = close;
  }
}

}  // namespace

// Whether `word` of a short name in parentheses comes from the body's name words
// [begin, end): one of its words ("State"), the first four or more letters of one ("Penn"
// of "Pennsylvania"), or capitals spelling initials of its words ("CU" of "University of
// Colorado").
bool FromBodyName(const std::vector<Word>& words, size_t begin, size_t end, const Word& word) {
  if (word.kind != WordKind::kWord || !word.capitalised) return false;
  for (size_t w = begin; w < end; ++w) {
    const Word& name = words[w];
    if (name.kind != WordKind::kWord || !name.capitalised) continue;
    if (name.key == word.key) return true;
    if (word.key.size() >= 4 && name.key.size() > word.key.size() &&
        name.key.compare(0, word.key.size(), word.key) == 0)
      return true;
  }
  if (!word.all_upper || word.text.size() > 4) return false;
  for (char c : word.text) {
    bool initial = false;
    for (size_t w = begin; w < end && !initial; ++w)
      initial = words[w].kind == WordKind::kWord && words[w].capitalised && words[w].text[0] == c;
    if (!initial) return false;
  }
  return true;
}

// "Pennsylvania State University (Penn State)", "the University of Colorado at Boulder (CU
// Boulder)": a short name of two or three words in parentheses right after a body's name,
// each word from that name (FromBodyName), is the body's wherever the document uses it.
void FindParenthesisedShortNames(SentenceState* sentence, AliasTable* aliases) {
  const auto& words = sentence->words;
  const size_t n = words.size();
  for (size_t open = 1; open + 3 < n; ++open) {
    if (words[open].text != "(") continue;
    size_t close = open + 1;
    while (close < n && close < open + 4 && words[close].text != ")") ++close;
    if (close >= n || words[close].text != ")" || close - open < 3) continue;
    std::vector<int> coverage = sentence->Coverage();
    int named = coverage[open - 1];
    if (named < 0) continue;
    const Found& body = sentence->found[named];
    if (body.end != open || body.actor.type != ActorType::kOrganization ||
        body.how == Resolution::kGroupReference || body.how == Resolution::kCoreference)
      continue;
    // The pattern finder may have read the short name as a body of its own ("KV
    // Institute"): it is this body's.
    int own = coverage[open + 1];
    bool own_body = own >= 0 && sentence->found[own].begin == open + 1 &&
                    sentence->found[own].end == close &&
                    sentence->found[own].how == Resolution::kPattern &&
                    sentence->found[own].actor.type == ActorType::kOrganization;
    bool from_name = true;
    for (size_t w = open + 1; w < close && from_name; ++w)
      from_name = (own_body || coverage[w] < 0) &&
                  FromBodyName(words, body.begin, body.end, words[w]);
    if (!from_name) continue;
    Actor actor = body.actor;
    if (own_body) sentence->found.erase(sentence->found.begin() + own);
    Found alias;
    alias.begin = open + 1;
    alias.end = close;
    alias.core_begin = alias.begin;
    alias.how = Resolution::kAlias;
    alias.actor = std::move(actor);
    aliases->Add(words, open + 1, close, alias.actor, AliasTable::Kind::kFullName);
    sentence->Add(std::move(alias));
  }
}

void FindOrganizationsBeforeKindNouns(const AliasTable& aliases, SentenceState* sentence) {
  if (sentence->heading) return;
  const auto& words = sentence->words;
  const size_t n = words.size();
  constexpr size_t kMaxWords = 4;
  // Words after the kind noun that close its noun phrase: "a company that ...", "a charity
  // based in ...", not "a company spokesman".
  static const std::unordered_set<std::string_view> kClosers = {
      "that", "which", "whose", "based", "owned", "founded", "run", "in", "with", "from",
      "specialising", "specializing", "known", "headquartered"};
  std::vector<int> coverage = sentence->Coverage();
  for (size_t comma = 1; comma + 3 < n; ++comma) {
    if (words[comma].text != "," || (words[comma + 1].key != "a" && words[comma + 1].key != "an") ||
        words[comma + 1].has_upper) {
      continue;
    }
    size_t k = comma + 2;  // the kind noun, after at most one lower-case word describing it
    ActorType type;
    bool without_of = false;
    if (k + 1 < n && words[k].kind == WordKind::kWord && !words[k].has_upper &&
        !IsOrganizationKindNoun(words[k].key, &type, &without_of)) {
      ++k;
    }
    if (k >= n || words[k].kind != WordKind::kWord || words[k].has_upper ||
        !IsOrganizationKindNoun(words[k].key, &type, &without_of)) {
      continue;
    }
    if (k + 1 < n && words[k + 1].kind == WordKind::kWord && !kClosers.count(words[k + 1].key)) {
      continue;
    }
    size_t begin = comma;
    while (begin > 0 && comma - begin < kMaxWords + 1 && coverage[begin - 1] < 0 &&
           words[begin - 1].kind == WordKind::kWord && words[begin - 1].capitalised &&
           !IsFunctionWord(words[begin - 1].key) && !IsDateWord(words[begin - 1].key)) {
      --begin;
    }
    if (begin == comma || comma - begin > kMaxWords) continue;
    // The whole name: no capitalised word, possessive or hyphen glued before it; not a
    // person's ("Anna Pike, a company director" is cut by the closers, "Anna Pike, a
    // firm that" is still hers); not the opening words of a sentence, whose capitals say
    // nothing.
    if (begin == 0 || words[begin - 1].kind != WordKind::kWord || words[begin - 1].has_upper ||
        IsGivenName(words[begin].key)) {
      continue;
    }
    // "Business and Society Review, a business publication": an "and" after a capitalised
    // word may be inside the name.
    if (begin >= 2 && (words[begin - 1].key == "and" || words[begin - 1].key == "&") &&
        words[begin - 2].kind == WordKind::kWord && words[begin - 2].capitalised) {
      continue;
    }
    // A name the document has given an actor stays that actor's.
    if (std::optional<AliasTable::Match> known = aliases.LongestMatch(words, begin);
        known && known->end >= comma) {
      continue;
    }
    Found body = PatternFound(words, begin, comma, type);
    sentence->Add(std::move(body));
    coverage = sentence->Coverage();
  }
}

void FindParenthesisedAcronyms(SentenceState* sentence, AliasTable* aliases) {
  if (sentence->heading) return;
  FindAcronymsBeforeNames(sentence, aliases);
  FindParenthesisedShortNames(sentence, aliases);
  const auto& words = sentence->words;
  const size_t n = words.size();
  for (size_t open = 1; open + 2 < n; ++open) {
    if (words[open].text != "(" || words[open + 2].text != ")") continue;
    const Word& acronym = words[open + 1];
    if (!LooksLikeAcronym(acronym)) continue;
    std::vector<int> coverage = sentence->Coverage();
    if (coverage[open + 1] >= 0) {
      // A dictionary acronym keeps its own actor, unless the text defines it for another
      // body it has just named: "Singapore National Printers Ltd (SNP)" is not the party.
      const Found& listed = sentence->found[coverage[open + 1]];
      int named = coverage[open - 1];
      if (listed.kind != NameKind::kAcronym || listed.how != Resolution::kDictionary ||
          listed.begin != open + 1 || listed.end != open + 2 || named < 0 ||
          sentence->found[named].end != open ||
          sentence->found[named].how != Resolution::kPattern ||
          sentence->found[named].actor.type != ActorType::kOrganization ||
          sentence->found[named].actor.id == listed.actor.id ||
          listed.actor.type == ActorType::kCountry ||
          FirstWordKey(sentence->found[named].actor.name) == FirstWordKey(listed.actor.name)) {
        continue;  // a variant of the listed name ("Food and Agriculture Organisation (FAO)")
      }
      sentence->found.erase(sentence->found.begin() + coverage[open + 1]);
      coverage = sentence->Coverage();
    }
    Found alias;
    alias.begin = open + 1;
    alias.end = open + 2;
    alias.core_begin = alias.begin;
    alias.how = Resolution::kAlias;
    alias.keep_trailing_dot = true;
    int before = coverage[open - 1];
    // "Notes from Poland (NFP)": an acronym the dictionary does not give a country is the
    // country's only when it spells the name ("Papua New Guinea (PNG)").
    if (before >= 0 && sentence->found[before].end == open &&
        sentence->found[before].how != Resolution::kGroupReference &&
        sentence->found[before].actor.type != ActorType::kPerson &&
        (sentence->found[before].actor.type != ActorType::kCountry ||
         InitialsMatch(words, sentence->found[before].begin, sentence->found[before].end,
                       acronym.text))) {
      before = static_cast<int>(ExtendToAcronym(acronym.text, coverage, sentence, before));
      alias.actor = sentence->found[before].actor;
    } else if (size_t begin = DefinedNameBegin(words, coverage, open, acronym.text);
               before < 0 && begin < open && UsedAsBody(words, begin, open + 2)) {
      // "All Elite Wrestling (AEW)": a name no mention covers, defined as a body's.
      Found body = PatternBody(words, begin, open);
      alias.actor = body.actor;
      sentence->Add(std::move(body));
    } else {
      continue;
    }
    aliases->Add(words, open + 1, open + 2, alias.actor, AliasTable::Kind::kAcronym);
    sentence->Add(std::move(alias));
  }
}

Found PatternBody(const std::vector<Word>& words, size_t begin, size_t end) {
  return PatternFound(words, begin, end, ActorType::kOrganization);
}

void ExtendOverTickers(SentenceState* sentence) {
  const std::vector<Word>& words = sentence->words;
  for (size_t f = 0; f < sentence->found.size(); ++f) {
    Found& found = sentence->found[f];
    size_t open = found.end;
    if (found.actor.type != ActorType::kOrganization || found.modifier ||
        open + 2 >= words.size() || words[open].text != "<" || !words[open].space_before)
      continue;
    size_t close = open + 1;
    while (close < words.size() && close < open + 4 && words[close].text != ">" &&
           !words[close].space_before && (words[close].kind == WordKind::kWord ||
                                          words[close].text == "."))
      ++close;
    if (close == open + 1 || close >= words.size() || words[close].text != ">" ||
        words[close].space_before || !words[open + 1].all_upper)
      continue;
    if (f + 1 < sentence->found.size() && sentence->found[f + 1].begin <= close) continue;
    found.end = close + 1;
    found.keep_trailing_dot = false;
  }
}

bool IsLegalSuffix(std::string_view key) {
  static const std::unordered_set<std::string_view> kSuffixes = {
      "inc", "corp", "co", "cos", "ltd", "plc", "llc", "sa", "ag", "nv", "gmbh"};
  return kSuffixes.count(key) != 0;
}

}  // namespace actorgraph::actors_internal
