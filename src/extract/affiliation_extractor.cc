#include "extract/affiliation_extractor.h"

#include <algorithm>
#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/extract_util.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "affiliation";

Relation Office(const std::string& titles, std::string_view last) {
  Relation r;
  r.text = "be " + titles + " of";
  r.lemma = last == "gen." ? "general" : std::string(last);
  r.category = Category::kNeutral;
  return r;
}

// Posts of universities, laboratories, newsrooms and firms: "a professor at the University of
// X", "an analyst at Bear Stearns", "economist for the American Soybean Association". Held at
// a body, not at a state or a place ("Professor Jo Roe of South Carolina" is where she is).
bool IsOccupationNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "professor", "lecturer", "researcher", "scientist", "astronomer", "astrophysicist",
      "physicist", "chemist", "biologist", "geologist", "epidemiologist", "virologist",
      "economist", "engineer", "historian", "dean", "provost", "fellow", "reporter",
      "journalist", "columnist", "analyst", "employee", "coach", "physician", "surgeon",
      "curator", "conductor", "drummer", "guitarist", "singer", "bassist", "vocalist",
      "agent", "psychologist", "psychiatrist", "sociologist", "anthropologist",
      "mathematician"};
  return kWords.count(w) != 0;
}

// The head noun of an office, a post or an employment ("minister", "mayor", "member",
// "spokeswoman"); "vice-president" by its last part.
bool IsOfficeNoun(std::string_view w) {
  if (size_t dash = w.rfind('-'); dash != std::string_view::npos && dash + 1 < w.size() &&
                                  w.substr(dash + 1) != "general" && w.substr(dash + 1) != "elect")
    w = w.substr(dash + 1);
  static const std::unordered_set<std::string_view> kWords = {
      "president", "minister", "premier", "chancellor", "secretary", "governor", "mayor",
      "senator", "congressman", "congresswoman", "ambassador", "envoy", "spokesman",
      "spokeswoman", "spokesperson", "director", "director-general", "secretary-general",
      "chief", "head", "leader", "chairman", "chairwoman", "chair", "ceo", "founder",
      "member", "commander", "adviser", "advisor", "commissioner", "speaker", "treasurer",
      "prosecutor", "attorney-general", "executive", "president-elect", "general", "aide",
      "lawyer", "attorney", "king", "queen", "monarch", "emir", "sultan", "deputy",
      "representative", "mp", "mep", "lawmaker", "legislator", "councillor", "councilor",
      "officer", "official", "judge", "justice", "editor", "correspondent", "president",
      // Candidacies and posts of a campaign or an agency: "the presidential nominee of",
      // "a deputy administrator at", "the running mate of" ("mate" only after "running").
      "nominee", "candidate", "administrator", "manager", "mate", "chairperson",
      // A chamber's party posts: "the Senate minority whip".
      "whip",
      // A police force's head: "the county's chief constable".
      "constable",
      // A state's or a body's delegate in talks: "the country's chief debt negotiator".
      "negotiator"};
  return kWords.count(w) != 0 || IsOccupationNoun(w);
}

// A family tie: the owner is a person.
bool IsFamilyNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "wife", "husband", "widow", "widower", "son", "daughter", "father", "mother", "brother",
      "sister", "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "cousin",
      "stepson", "stepdaughter", "fiancee", "fiancée", "fiance", "partner"};
  return kWords.count(w) != 0;
}

// Offices that a person, not only a state or body, can have: "Roe's chief of staff".
bool IsPersonalOffice(std::string_view w) {
  // "Trump's special envoy": a leader's envoy is theirs as much as the state's.
  return w == "aide" || w == "adviser" || w == "advisor" || w == "spokesman" ||
         w == "spokeswoman" || w == "spokesperson" || w == "lawyer" || w == "attorney" ||
         w == "deputy" || w == "staff" || w == "secretary" || w == "mate" || w == "envoy";
}

// Words that may stand inside an office phrase before its head noun: "the former deputy
// home minister", "Ruritania's eleventh governor", "the Democratic chairman".
bool IsOfficeModifier(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "former", "current", "then", "acting", "interim", "incumbent", "new", "outgoing",
      "longtime", "long-time", "deputy", "vice", "chief", "senior", "top", "principal",
      "executive", "assistant", "associate", "first", "second", "third", "prime", "foreign",
      "home", "interior", "defence", "defense", "finance", "health", "justice", "economy",
      "trade", "energy", "education", "state", "transport", "transportation",
      "environment", "agriculture", "labour", "labor", "affairs", "culture", "security",
      "intelligence", "military", "national", "regional", "provincial", "federal", "founding",
      "general", "special", "permanent", "managing", "supreme", "presidential", "press",
      "communications", "party", "opposition", "elected", "sitting", "de", "facto",
      "lieutenant", "staff", "board", "council", "police", "army", "court", "city", "club",
      "union", "team", "campaign", "parliamentary", "peace", "trade", "climate", "crown",
      "running", "vice-presidential", "gubernatorial", "mayoral", "senatorial",
      "congressional", "presumptive", "official", "declared", "personal",
      // A chamber's party leaders: "the Senate majority leader", "the minority whip".
      "majority", "minority",
      // Portfolios: "the oil minister", "Industry Minister".
      "oil", "petroleum", "industry", "commerce", "information", "planning", "fisheries",
      "tourism", "mining"};
  if (kWords.count(w)) return true;
  // A year: "the 2020 presidential nominee".
  if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isdigit(c); }))
    return true;
  // Ordinals: "eleventh", "21st", "46th".
  return w.size() > 2 && (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") ||
                          w.ends_with("rd")) &&
         (std::isdigit(static_cast<unsigned char>(w[0])) || w.ends_with("th"));
}

// A body's name made only of generic words ("Central Bank", "National Bank", "the State
// Council") names a different body in each country; found by pattern (not a dictionary
// name like "Federal Reserve"), it is not enough as a title's owner.
bool IsGenericName(std::string_view name) {
  static const std::unordered_set<std::string_view> kWords = {
      "the", "central", "national", "bank", "state", "federal", "reserve", "people's",
      "council", "committee", "ministry", "assembly", "court", "supreme", "party", "agency",
      "commission", "police", "army", "government", "parliament", "senate", "house"};
  size_t begin = 0;
  while (begin < name.size()) {
    size_t end = name.find(' ', begin);
    if (end == std::string_view::npos) end = name.size();
    std::string word(name.substr(begin, end - begin));
    for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (!word.empty() && kWords.count(word) == 0) return false;
    begin = end + 1;
  }
  return true;
}

// A word of a post's field ("medical microbiology", "politics and economics"): letters
// and hyphens, no article or pronoun.
bool IsFieldWord(std::string_view w) {
  if (w.empty() || w == "the" || w == "a" || w == "an" || w == "his" || w == "her" ||
      w == "their" || w == "its")
    return false;
  return std::all_of(w.begin(), w.end(), [](unsigned char c) { return std::isalpha(c) || c == '-'; });
}

// Whether the noun phrase that names an owner ends before token t: "of Ruritania, said",
// but not "of the United States National Institute ...", "for the Trump administration",
// "Governor Chris Christie" (the office is someone else's there).
bool EndsOwner(const AnalyzedSentence& s, size_t t) {
  if (t >= s.lower.size()) return true;
  const std::string& w = s.lower[t];
  if (w == "'s" || w == "'" || s.mention_at[t] >= 0) return false;
  // "of Hong Kong and Shanghai Banking Corp's branch": "and" goes on with a longer name
  // (capitalised words the finder did not know, ending in a possessive or a firm's word).
  // Only right after an owner's name: "who was NSC director and North's boss" ends it.
  if (w == "and" && t > 0 && s.mention_at[t - 1] >= 0) {
    static const std::unordered_set<std::string_view> kFirmWords = {
        "corp", "corp.", "co", "co.", "inc", "inc.", "ltd", "ltd.", "plc", "bank", "banking",
        "group", "company", "corporation"};
    size_t u = t + 1;
    bool firm = false;
    while (u < s.lower.size() && u < t + 6 && s.mention_at[u] < 0 && IsCapitalised(s, u) &&
           !words::IsPunctuation(s.lower[u])) {
      std::string_view word = s.lower[u];
      if (word.ends_with("'s")) word.remove_suffix(2);
      firm = firm || kFirmWords.count(word) != 0 || s.lower[u].ends_with("'s");
      ++u;
    }
    if (firm || (u > t + 1 && u < s.lower.size() && (s.lower[u] == "'s" || s.lower[u] == "'")))
      return false;
    // "of Hong Kong and [Shanghai Banking Corp]'s Madrid branch": the office is the
    // possessive's.
    if (t + 1 < s.lower.size() && s.mention_at[t + 1] >= 0) {
      bool possessive = false;
      PossessiveAfter(s, s.mentions[s.mention_at[t + 1]], &possessive);
      if (possessive) return false;
    }
  }
  if (!words::IsPunctuation(w) && IsCapitalised(s, t)) return false;
  static const std::unordered_set<std::string_view> kHeads = {
      "administration", "department", "office", "ministry", "campaign", "committee", "team",
      "party", "family", "foundation", "university", "council", "agency", "government",
      "embassy", "delegation", "mission", "commission", "company", "club", "board"};
  if (words::IsStateHead(w) || kHeads.count(w) != 0) return false;
  // "head of the U.S. card products group": lower-case words that end in a unit's head make
  // the owner a modifier of that unit.
  static const std::unordered_set<std::string_view> kUnits = {
      "group", "unit", "division", "business", "operations", "arm", "branch", "subsidiary",
      "bureau", "desk", "section", "department", "office", "team", "committee", "agency"};
  for (size_t u = t; u < s.lower.size() && u < t + 3; ++u) {
    const std::string& x = s.lower[u];
    if (s.mention_at[u] >= 0 || words::IsPunctuation(x) || IsCapitalised(s, u) ||
        words::IsPreposition(x) || words::IsCoordinator(x) || words::IsRelativePronoun(x) ||
        words::IsBe(x) || words::IsHave(x))
      break;
    if (kUnits.count(x) != 0) return false;
  }
  return true;
}

// "of the University of Leeds's medical school", "at Example Corp's research lab": a
// body's possessive before lower-case words that end in a unit of it. The post is held at
// the body. `t` is the token after the possessive; returns the token after the unit, or `t`
// when no such unit follows.
size_t SkipOwnersUnit(const AnalyzedSentence& s, size_t t) {
  static const std::unordered_set<std::string_view> kUnits = {
      "school", "department", "faculty", "institute", "lab", "laboratory", "laboratories",
      "college", "centre", "center", "hospital", "clinic", "division", "unit", "programme",
      "program", "observatory"};
  const size_t n = s.lower.size();
  size_t unit_end = 0;
  for (size_t u = t; u < n && u < t + 3; ++u) {
    const std::string& w = s.lower[u];
    if (s.mention_at[u] >= 0 || IsCapitalised(s, u) || !IsFieldWord(w)) break;
    if (kUnits.count(w) != 0) unit_end = u + 1;
  }
  return unit_end != 0 && EndsOwner(s, unit_end) ? unit_end : t;
}

// "the United States National Institute of Allergy and Infectious Diseases", "the UK
// National Crime Agency": a state's name written before a body's name, no possessive
// between, only says whose body it is; the body is what the phrase names. Only a
// sovereign state's (one with a country code): a region's name opens many a body's own
// name ("the California Independent Producers Association"). Returns the body's mention
// after state mention `m`, or `m`.
int BodyAfterState(const AnalyzedSentence& s, int m) {
  const Mention& state = s.mentions[m];
  if (state.modifier || state.actor.type != ActorType::kCountry || state.actor.code.empty() ||
      state.how == Resolution::kCoreference || state.how == Resolution::kGroupReference ||
      state.how == Resolution::kCapital)
    return m;
  size_t next = state.token_end;
  if (next >= s.lower.size() || s.mention_at[next] < 0) return m;
  int body = HeadMentionAt(s, next);
  if (body < 0 || s.mentions[body].token_begin != next ||
      s.mentions[body].how == Resolution::kCoreference)
    return m;
  ActorType type = s.mentions[body].actor.type;
  return type == ActorType::kOrganization ? body : m;
}

// The office phrase read forward from `from`: optional article, optional owner ("Ruritania's",
// "the Iranian"), modifiers, head noun(s) and a portfolio ("of Justice", "of staff").
// Whether the phrase opening at token b stands after a person's name and its comma ("A,
// former chairman of Y, B, ..."): it is that person's apposition, a list of people with
// their offices, not a title before the name that follows it.
bool FollowsPersonsComma(const AnalyzedSentence& s, size_t b) {
  if (b < 2 || s.lower[b - 1] != ",") return false;
  int m = s.mention_at[b - 2];
  return m >= 0 && !s.mentions[m].modifier && s.mentions[m].actor.type == ActorType::kPerson;
}

struct OfficePhrase {
  size_t title_begin = 0, title_end = 0;  // the title's tokens (no article, no owner)
  size_t end = 0;                         // first token after the phrase
  int owner = -1;                         // mention of a possessive or modifier owner
  std::string head;                       // the last office or family noun
  bool family = false;
  bool former = false;                    // "formerly a deputy administrator at"
  std::string titles;                     // the title's text when not its tokens' ("Presidents")
  int party = -1;  // a party's adjective before a chamber's owner: "the Republican Senate ..."
};

// A candidacy, whose owner is a party: "nominee", "candidate".
bool IsCandidacy(std::string_view head) { return head == "nominee" || head == "candidate"; }

// A party's own post: "the Labour leader", "the Democratic nominee". Other offices a
// party's adjective goes with ("a Republican senator") are a state's or a chamber's.
bool IsPartyPost(std::string_view head) {
  static const std::unordered_set<std::string_view> kPartyPosts = {
      "leader", "chairman", "chairwoman", "chair", "chairperson", "nominee", "candidate",
      "spokesman", "spokeswoman", "spokesperson", "treasurer", "founder", "member",
      "mate", "whip", "hopeful"};
  return kPartyPosts.count(head) != 0;
}

// A party found by the actor layer: "the Unity Party of America", "Democrats".
bool IsParty(const Actor& actor) {
  return actor.type == ActorType::kOrganization &&
         (actor.name.find(" Party") != std::string::npos ||
          actor.name.find(" party") != std::string::npos);
}

// An office noun within three words from `t`, over office modifiers and other lower-case
// words ("foreign debt negotiator"), before any actor, preposition or punctuation.
bool OfficeNounAhead(const AnalyzedSentence& s, size_t t) {
  const size_t n = s.lower.size();
  for (size_t u = t; u < n && u < t + 3; ++u) {
    const std::string& w = s.lower[u];
    if (s.mention_at[u] >= 0) return false;
    if (IsOfficeNoun(w)) return true;
    if (IsOfficeModifier(w)) continue;
    if (!IsLowerCase(s, u) || words::IsPunctuation(w) || words::IsPreposition(w) ||
        words::IsDeterminer(w) || words::IsCoordinator(w) || words::IsBe(w))
      return false;
  }
  return false;
}

std::optional<OfficePhrase> ReadOfficePhrase(const AnalyzedSentence& s, size_t from) {
  const size_t n = s.lower.size();
  OfficePhrase p;
  size_t t = from;
  // "formerly a deputy administrator at FEMA", "currently a candidate for".
  if (t + 1 < n && (s.lower[t] == "formerly" || s.lower[t] == "previously" ||
                    s.lower[t] == "currently" || s.lower[t] == "now")) {
    p.former = s.lower[t] == "formerly" || s.lower[t] == "previously";
    ++t;
  }
  // "the Senate minority leader" ("the" inside the mention), "the Republican Senate
  // Majority Leader", "Senate majority leader": the chamber a description names before its
  // party office, after the party's adjective of the office's holder.
  {
    size_t c = t;
    if (c < n && s.lower[c] == "the" && s.mention_at[c] < 0) ++c;
    int party = -1;
    if (c < n && s.mention_at[c] >= 0) {
      const Mention& m = s.mentions[s.mention_at[c]];
      if (m.token_begin == c && m.modifier && m.how == Resolution::kDemonym && IsParty(m.actor)) {
        party = s.mention_at[c];
        c = m.token_end;
      }
    }
    if (c < n && s.mention_at[c] >= 0) {
      const Mention& m = s.mentions[s.mention_at[c]];
      if (m.token_begin == c && m.how == Resolution::kCoreference &&
          m.actor.type == ActorType::kOrganization && m.token_end < n &&
          (s.lower[m.token_end] == "majority" || s.lower[m.token_end] == "minority")) {
        p.owner = s.mention_at[c];
        p.party = party;
        t = m.token_end;
      }
    }
  }
  // "the country's home minister": a description the coreference layer resolved keeps its
  // article inside the mention, and is read below as a named owner is ("India's").
  bool description = t < n && s.lower[t] == "the" && s.mention_at[t] >= 0 &&
                     s.mentions[s.mention_at[t]].token_begin == t &&
                     s.mentions[s.mention_at[t]].how == Resolution::kCoreference;
  if (p.owner < 0 && !description && t < n &&
      (s.lower[t] == "the" || s.lower[t] == "a" || s.lower[t] == "an"))
    ++t;
  if (p.owner < 0 && t < n && s.mention_at[t] >= 0) {
    const Mention& m = s.mentions[s.mention_at[t]];
    if (m.token_begin != t) return std::nullopt;
    bool possessive = false;
    size_t skip = PossessiveAfter(s, m, &possessive);
    // A body named as a modifier though the actor layer reads it as a head: "the
    // Republican Party presidential nominee". Only before a lower-case office word: a
    // capitalised one goes on with the body's name ("the Senate Intelligence Committee").
    // "Kurt Volker, the United States special envoy": a state's name written the same way.
    bool body_modifier = !possessive && !m.modifier &&
                         (m.actor.type == ActorType::kOrganization ||
                          m.actor.type == ActorType::kCountry) &&
                         m.how != Resolution::kGroupReference &&
                         m.how != Resolution::kCoreference && m.how != Resolution::kDemonym &&
                         m.token_end < n && !IsCapitalised(s, m.token_end) &&
                         // "Florida Department spokeswoman", "Foreign Department head at
                         // the X Association": a unit the finder cut off from its body.
                         !(m.how == Resolution::kPattern &&
                           (IsGenericName(m.surface) || m.surface.ends_with(" Department"))) &&
                         (IsOfficeModifier(s.lower[m.token_end]) ||
                          IsOfficeNoun(s.lower[m.token_end]));
    // "the U.S. Attorney for ...", "the French Ambassador": a state's name before a
    // capitalised office noun (a body's name there goes on: "the Example Party Leader").
    if (!possessive && !m.modifier && m.actor.type == ActorType::kCountry &&
        m.how != Resolution::kCoreference && m.how != Resolution::kGroupReference &&
        m.token_end < n && IsCapitalised(s, m.token_end) && IsOfficeNoun(s.lower[m.token_end]) &&
        !(m.how == Resolution::kPattern && IsGenericName(m.surface)))
      body_modifier = true;
    // "the Taiwan manager of Standard Chartered": a state before an office of some body is
    // where the office is held, not whose it is.
    if (body_modifier && m.actor.type == ActorType::kCountry) {
      size_t u = m.token_end;
      while (u < n && u < m.token_end + 4 && s.mention_at[u] < 0 &&
             (IsOfficeModifier(s.lower[u]) || IsOfficeNoun(s.lower[u])))
        ++u;
      if (u < n && (s.lower[u] == "of" || s.lower[u] == "at")) body_modifier = false;
    }
    // A demonym with a possessive is some other body's name ("American's chairman").
    // A state's name at the end of a longer name is not the owner: "Socialist Party USA's
    // nominee" (the capitalised word before it belongs to the name).
    bool inside_name = m.actor.type == ActorType::kCountry && t > 1 &&
                       IsCapitalised(s, t - 1) && !words::IsPunctuation(s.lower[t - 1]);
    if (possessive && inside_name) return std::nullopt;
    if (possessive && m.how != Resolution::kDemonym) {
      p.owner = s.mention_at[t];
      t = m.token_end + skip;
    } else if ((m.modifier && m.actor.type != ActorType::kPerson) || body_modifier) {
      p.owner = s.mention_at[t];  // "the Iranian foreign minister"
      t = m.token_end;
    } else {
      return std::nullopt;
    }
  }
  p.title_begin = t;
  size_t head_end = 0;
  for (size_t k = 0; t < n && k < 6; ++t, ++k) {
    if (s.mention_at[t] >= 0) break;
    const std::string& w = s.lower[t];
    bool mate = w == "mate" && !(t > 0 && s.lower[t - 1] == "running");
    if ((IsOfficeNoun(w) && !mate) || IsFamilyNoun(w)) {
      head_end = t + 1;
      p.head = w;
      p.family = IsFamilyNoun(w);
      continue;
    }
    if (head_end != 0) {
      // "the deputy foreign minister", "the chief foreign debt negotiator": a word of rank
      // read as the head goes on to an office noun a few words on.
      if (IsOfficeModifier(p.head) && OfficeNounAhead(s, t)) continue;
      break;  // the head noun(s) ended
    }
    if (!IsOfficeModifier(w) && !(IsCapitalised(s, t) && !words::IsPunctuation(w))) break;
  }
  if (head_end == 0) return std::nullopt;
  // "the then chair and spokesperson for the Example Party", "chairman and chief executive
  // officer of Example Corp": two offices joined by "and" share the owner after the second
  // (a family tie is no office of a body, and an article after "and" opens a second
  // description: SecondDescription).
  // The first office may carry only words of rank or time ("the then chair", "senior vice
  // president"): "a union leader and co-founder of the Example Party" leads a union, and
  // only the second office is the party's.
  static const std::unordered_set<std::string_view> kRankWords = {
      "then", "former", "current", "acting", "interim", "incumbent", "new", "outgoing",
      "longtime", "long-time", "deputy", "vice", "chief", "senior", "executive", "assistant",
      "associate", "principal", "managing", "general", "founding", "first", "co"};
  bool rank_only = true;
  for (size_t u = p.title_begin; u < head_end && rank_only; ++u)
    rank_only = IsOfficeNoun(s.lower[u]) || kRankWords.count(s.lower[u]) != 0;
  if (!p.family && head_end + 2 < n && s.lower[head_end] == "and") {
    size_t second_end = 0;
    for (size_t u = head_end + 1, k = 0; u < n && k < 4 && s.mention_at[u] < 0; ++u, ++k) {
      const std::string& w = s.lower[u];
      if (IsOfficeNoun(w) && !IsFamilyNoun(w) && w != "mate") {
        second_end = u + 1;
        continue;
      }
      if (second_end != 0 || !IsOfficeModifier(w)) break;
    }
    if (second_end != 0 && second_end < n &&
        (s.lower[second_end] == "of" || s.lower[second_end] == "for" ||
         s.lower[second_end] == "at")) {
      if (!rank_only) p.title_begin = head_end + 1;
      head_end = second_end;
      p.head = s.lower[second_end - 1];
    }
  }
  // The last head noun must end the noun phrase: "member states", "minister said" end it;
  // "leader Ali" (a name) is not an office phrase.
  t = head_end;
  // "chief of staff", "Secretary of Justice", "Minister of Foreign Affairs": a portfolio
  // written after the office, in capitals or from the portfolio words.
  if (t + 1 < n && s.lower[t] == "of" && s.mention_at[t + 1] < 0 && !p.family) {
    size_t e = t + 1;
    if (s.lower[e] == "staff") {
      ++e;
    } else {
      while (e < n && s.mention_at[e] < 0 && e < t + 4 &&
             ((IsCapitalised(s, e) && !words::IsPunctuation(s.lower[e]) && s.lower[e] != "the") ||
              (s.lower[e] == "and" && e > t + 1)))
        ++e;
      if (e < n && s.lower[e - 1] == "and") --e;
    }
    // Only a portfolio when the owner follows ("Secretary of Justice for Ruritania") or is
    // known already ("Roe's chief of staff").
    bool owner_follows = e + 1 < n && (s.lower[e] == "for" || s.lower[e] == "of");
    if (e > t + 1 && (owner_follows || p.owner >= 0 || s.lower[e - 1] == "staff")) {
      head_end = e;
    }
  }
  p.title_end = head_end;
  p.end = head_end;
  // "professor of medical microbiology at the University of X", "head of research at
  // Oxfam": a field in lower-case words between the post and "at" the body it is held at.
  // The field is no part of the title; the owner is read after "at".
  if (head_end + 2 < n && p.owner < 0 && !p.family &&
      (s.lower[head_end] == "of" || s.lower[head_end] == "in")) {
    size_t e = head_end + 1;
    while (e < n && e < head_end + 6 && s.mention_at[e] < 0 && !IsCapitalised(s, e) &&
           s.lower[e] != "at" && IsFieldWord(s.lower[e]))
      ++e;
    if (e > head_end + 1 && e + 1 < n && s.lower[e] == "at" && s.lower[e - 1] != "and")
      p.end = e;
  }
  return p;
}

std::string TitleText(const AnalyzedSentence& s, size_t begin, size_t end) {
  std::string titles;
  for (size_t t = begin; t < end; ++t) {
    // A year dates the office, it is no part of it: "the 2020 presidential nominee".
    if (std::all_of(s.lower[t].begin(), s.lower[t].end(),
                    [](unsigned char c) { return std::isdigit(c); }))
      continue;
    if (!titles.empty()) titles += ' ';
    titles += s.lower[t] == "gen." ? "general" : s.lower[t];
  }
  return titles;
}

// "the state of Goa", "the Polish city of Gdansk": words that name the kind of place
// before its name; returns the token after them (or `t`).
size_t SkipPlaceKind(const AnalyzedSentence& s, size_t t) {
  const size_t n = s.lower.size();
  size_t u = t;
  if (u < n && s.lower[u] == "the") ++u;
  if (u < n && s.mention_at[u] >= 0 && s.mentions[s.mention_at[u]].modifier)
    u = s.mentions[s.mention_at[u]].token_end;
  if (u + 1 < n &&
      (s.lower[u] == "state" || s.lower[u] == "city" || s.lower[u] == "province" ||
       s.lower[u] == "region" || s.lower[u] == "town" || s.lower[u] == "capital" ||
       s.lower[u] == "municipality" || s.lower[u] == "district") &&
      s.lower[u + 1] == "of")
    return u + 2;
  return t;
}

// "the energy company Burisma", "the villainous faction The Example Order", "news agency
// PA": words that say what kind of body the name after them is; returns the token of the
// body's mention after them (or `t` when no organisation's or group's name follows).
size_t SkipBodyKind(const AnalyzedSentence& s, size_t t) {
  const size_t n = s.lower.size();
  size_t u = t;
  if (u < n && s.lower[u] == "the") ++u;
  size_t kind_end = 0;
  for (size_t k = 0; u < n && k < 5; ++u, ++k) {
    const std::string& w = s.lower[u];
    if (s.mention_at[u] >= 0) break;
    // "of Christian anti-poverty organization X": a capitalised adjective may open them.
    bool adjective = k == 0 && u + 1 < n && s.mention_at[u + 1] < 0 && !IsCapitalised(s, u + 1);
    if ((IsCapitalised(s, u) && !adjective) || words::IsPunctuation(w) || words::IsPreposition(w) ||
        words::IsDeterminer(w) || words::IsCoordinator(w) || words::IsRelativePronoun(w))
      return t;
    if (words::IsBodyKindNoun(w)) kind_end = u + 1;
  }
  if (kind_end == 0 || kind_end != u || u >= n) return t;
  int m = s.mention_at[u];
  if (m < 0 || s.mentions[m].token_begin != u || s.mentions[m].modifier) return t;
  ActorType type = s.mentions[m].actor.type;
  return type == ActorType::kOrganization || type == ActorType::kGroup ? u : t;
}

// "of the conservative Example Party", "of the ruling Example Front": one or two lower-case
// words that describe a party or movement before its name; returns the token of the body's
// mention after them (or `t` when no organisation's or group's name follows).
size_t SkipBodyAdjectives(const AnalyzedSentence& s, size_t t) {
  static const std::unordered_set<std::string_view> kAdjectives = {
      "conservative", "liberal", "ruling", "governing", "opposition", "right-wing",
      "left-wing", "far-right", "far-left", "centre-right", "center-right", "centre-left",
      "center-left", "centrist", "nationalist", "populist", "socialist", "progressive",
      "hardline", "moderate", "pro-democracy", "pro-independence", "separatist", "militant",
      "main", "influential", "powerful", "rival", "junior", "leftist", "rightist", "radical",
      "reformist", "pro-government", "anti-government", "pro-european", "eurosceptic"};
  const size_t n = s.lower.size();
  size_t u = t;
  if (u < n && s.lower[u] == "the") ++u;
  size_t first = u;
  while (u < n && u < first + 2 && s.mention_at[u] < 0 && !IsCapitalised(s, u) &&
         kAdjectives.count(s.lower[u]))
    ++u;
  if (u == first || u >= n) return t;
  int m = s.mention_at[u];
  if (m < 0 || s.mentions[m].token_begin != u || s.mentions[m].modifier) return t;
  ActorType type = s.mentions[m].actor.type;
  return type == ActorType::kOrganization || type == ActorType::kGroup ? u : t;
}

// The owner of an office: a mention's actor, or a city named by words no mention covers
// (mention -1; `span` is where the text names it).
struct Owner {
  int mention = -1;
  Actor actor;
  Span span;
  bool sent_to = false;  // an envoy's host, not their sender: "the ambassador to Ruritania"
  bool via_unit = false;  // held in a unit of the body: "of the X Corp's research unit"
};

// Posts held by one state or body at another, written with "to": "ambassador to the UN".
bool IsEnvoyNoun(std::string_view w) {
  return w == "ambassador" || w == "envoy" || w == "emissary" || w == "delegate";
}

// A city read as its own government where the text names its office ("the mayor of
// Gdansk", "Moscow's mayor"): the capitalised words at `t`, or a capital's mention there
// (which elsewhere stands for its state). Fills *end.
std::optional<Owner> CityAt(const AnalyzedSentence& s, size_t t, size_t* end) {
  const size_t n = s.lower.size();
  if (t >= n) return std::nullopt;
  Actor city;
  city.type = ActorType::kCountry;
  int mention = -1;
  if (s.mention_at[t] >= 0) {
    const Mention& m = s.mentions[s.mention_at[t]];
    // A town the actor layer found for its office is that town already.
    bool town = m.how == Resolution::kPattern && m.actor.type == ActorType::kCountry &&
                m.actor.code.empty();
    if (m.token_begin != t || (m.how != Resolution::kCapital && !town)) return std::nullopt;
    if (town) {
      *end = m.token_end;
      Owner owner;
      owner.mention = s.mention_at[t];
      owner.actor = m.actor;
      owner.span = m.span;
      return owner;
    }
    city.name = m.surface;
    city.affiliation = m.actor.id;
    mention = s.mention_at[t];
    *end = m.token_end;
  } else {
    size_t e = t;
    while (e < n && e < t + 4 && s.mention_at[e] < 0 && IsCapitalised(s, e) &&
           !words::IsPunctuation(s.lower[e]) && s.lower[e] != "the")
      ++e;
    if (e == t) return std::nullopt;
    const auto& tokens = s.sentence->tokens;
    city.name = std::string(s.document->text.substr(tokens[t].begin, tokens[e - 1].end - tokens[t].begin));
    *end = e;
  }
  city.id = MakeActorId(city.name);
  Owner member;
  member.mention = mention;
  member.actor = std::move(city);
  member.span = TokenSpan(s, t, *end);
  return member;
}

// "the Trump campaign", "Biden's campaign": a candidate's campaign stands for the candidate
// (as in the clause extractor). The owner is the person; sets *end after "campaign".
std::optional<Owner> CampaignAt(const AnalyzedSentence& s, size_t t, size_t* end) {
  const size_t n = s.lower.size();
  if (t < n && s.lower[t] == "the") ++t;
  if (t >= n || s.mention_at[t] < 0) return std::nullopt;
  const Mention& m = s.mentions[s.mention_at[t]];
  if (m.token_begin != t || m.actor.type != ActorType::kPerson ||
      m.how == Resolution::kGroupReference)
    return std::nullopt;
  bool possessive = false;
  size_t after = m.token_end + PossessiveAfter(s, m, &possessive);
  if (after >= n || s.lower[after] != "campaign") return std::nullopt;
  Owner owner;
  owner.mention = s.mention_at[t];
  owner.actor = m.actor;
  owner.span = m.span;
  *end = after + 1;
  return owner;
}

// "the Libertarian Party's 2020 presidential nomination", "the Democratic nomination",
// "the Green Party": the party a candidacy is for. Sets *end.
std::optional<Owner> NominationAt(const AnalyzedSentence& s, size_t t, size_t* end) {
  const size_t n = s.lower.size();
  if (t < n && s.lower[t] == "the") ++t;
  if (t >= n || s.mention_at[t] < 0) return std::nullopt;
  int index = s.mention_at[t];
  const Mention& m = s.mentions[index];
  if (m.token_begin != t || !IsParty(m.actor)) return std::nullopt;
  bool possessive = false;
  size_t u = m.token_end + PossessiveAfter(s, m, &possessive);
  size_t v = u;
  while (v < n && v < u + 3 && s.lower[v] != "nomination" &&
         (IsOfficeModifier(s.lower[v]) || s.lower[v] == "vice"))
    ++v;
  Owner owner;
  owner.mention = index;
  owner.actor = m.actor;
  owner.span = m.span;
  if (v < n && s.lower[v] == "nomination") {
    *end = v + 1;
  } else if (!m.modifier && !possessive) {
    *end = m.token_end;  // "a candidate for the Green Party"
  } else {
    return std::nullopt;
  }
  return owner;
}

// A person named after words that describe them: "the late Harry Browne", "performance
// artist Vermin Supreme", "businessman John Doe". The mention index, or -1.
int DescribedPersonAt(const AnalyzedSentence& s, size_t t) {
  const size_t n = s.lower.size();
  if (t < n && s.lower[t] == "the") ++t;
  for (size_t k = 0; t < n && k < 3; ++t, ++k) {
    int m = s.mention_at[t];
    if (m >= 0) {
      const Mention& person = s.mentions[m];
      return person.token_begin == t && !person.modifier &&
                     person.actor.type == ActorType::kPerson
                 ? m
                 : -1;
    }
    const std::string& w = s.lower[t];
    // Lower-case describing words only: not a preposition, a conjunction or a name.
    if (IsCapitalised(s, t) || words::IsPunctuation(w) || words::IsPreposition(w) ||
        words::IsDeterminer(w) || words::IsCoordinator(w) || words::IsRelativePronoun(w))
      return -1;
  }
  return t < n && s.mention_at[t] >= 0 && s.mentions[s.mention_at[t]].token_begin == t &&
                 !s.mentions[s.mention_at[t]].modifier &&
                 s.mentions[s.mention_at[t]].actor.type == ActorType::kPerson
             ? s.mention_at[t]
             : -1;
}

// "Dr.", "Mr.", "Ms.": written before a name, no office.
bool IsCourtesyTitle(std::string_view w) {
  return w == "dr." || w == "dr" || w == "mr." || w == "mrs." || w == "ms." || w == "prof.";
}

// Whether the phrase at `b` (a mention, or its article before it) opens a noun phrase: the
// sentence's start, a comma, a preposition or a verb before it, not another name or a
// possessive ("Roe's Ruritanian adviser" is Roe's).
bool OpensNounPhrase(const AnalyzedSentence& s, size_t b) {
  if (b > 0 && words::IsDeterminer(s.lower[b - 1])) {
    // "his Ruritanian adviser" is his.
    const std::string& d = s.lower[b - 1];
    if (d != "the" && d != "a" && d != "an") return false;
    --b;
  }
  if (b == 0) return true;
  const std::string& prev = s.lower[b - 1];
  if (s.mention_at[b - 1] >= 0 || prev == "'s" || prev == "'" || prev.ends_with("'s")) return false;
  return words::IsPunctuation(prev) || !IsCapitalised(s, b - 1);
}

class AffiliationExtractor : public Extractor {
 public:
  explicit AffiliationExtractor(bool title_affiliations)
      : title_affiliations_(title_affiliations) {}
  std::string_view name() const override { return kName; }

  // "The foreign minister of Eritrea, Tesfay Gebremariam,": title of body, then the name.
  void ReadTitleOfBody(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    if (person.modifier || person.actor.type != ActorType::kPerson) return;
    size_t comma = person.token_begin;
    if (comma < 4 || s.lower[comma - 1] != ",") return;
    int owner = s.mention_at[comma - 2];
    if (owner < 0 || s.mentions[owner].token_end != comma - 1 || s.mentions[owner].modifier)
      return;
    const Mention& body = s.mentions[owner];
    std::vector<Actor> bodies = ActorsOf(body);
    if (bodies.size() != 1 || bodies[0].type == ActorType::kPerson) return;
    size_t of = body.token_begin;
    if (of > 0 && words::IsDeterminer(s.lower[of - 1])) --of;
    if (of < 2 || s.lower[of - 1] != "of") return;
    size_t title_end = of - 1;
    size_t title_begin = title_end;
    while (title_begin > 0 && s.mention_at[title_begin - 1] < 0 &&
           words::IsTitleWord(s.lower[title_begin - 1]))
      --title_begin;
    if (title_begin == title_end) return;
    // "the prosecutor general of Tehran": the title must open its noun phrase.
    if (title_begin > 0 && !words::IsDeterminer(s.lower[title_begin - 1]) &&
        s.lower[title_begin - 1] != "," && s.lower[title_begin - 1] != "current" &&
        s.lower[title_begin - 1] != "former" && s.lower[title_begin - 1] != "new")
      return;
    size_t phrase = title_begin;
    if (phrase > 0 && (words::IsDeterminer(s.lower[phrase - 1]) || s.lower[phrase - 1] == "current" ||
                       s.lower[phrase - 1] == "former" || s.lower[phrase - 1] == "new"))
      --phrase;
    if (FollowsPersonsComma(s, phrase)) return;
    std::string titles;
    for (size_t t = title_begin; t < title_end; ++t) titles += (titles.empty() ? "" : " ") + s.lower[t];
    EmitPairs(s, {{static_cast<int>(k), person.actor}}, Office(titles, s.lower[title_end - 1]),
              TokenSpan(s, title_begin, title_end), {{owner, bodies[0]}}, kName, 0.8, out);
  }

  // The owner an office phrase names after it: "of Ruritania", "for the Example Forum",
  // "of the UK's National Crime Agency", "of the state of Goa", a city for a mayor. Sets
  // *end to the token after it.
  std::optional<Owner> OwnerAfter(const AnalyzedSentence& s, const OfficePhrase& p,
                                        size_t* end) const {
    const size_t n = s.lower.size();
    size_t t = p.end;
    if (t + 1 >= n) return std::nullopt;
    const std::string& prep = s.lower[t];
    // "a Senator from Colorado": a legislator's state.
    bool legislator = p.head == "senator" || p.head == "representative" ||
                      p.head == "congressman" || p.head == "congresswoman";
    if (prep == "from" && legislator) {
      int m = HeadMentionAt(s, t + 1);
      if (m < 0 || s.mentions[m].actor.type != ActorType::kCountry ||
          s.mentions[m].how == Resolution::kCoreference)
        return std::nullopt;
      return OwnerOf(s, p, m, end);
    }
    // "the former ambassador to the United Nations", "the special envoy to Ruritania": the
    // state or body the envoy is sent to.
    if (prep == "to" && IsEnvoyNoun(p.head)) {
      int m = HeadMentionAt(s, t + 1);
      if (m < 0 || s.mentions[m].how == Resolution::kCoreference ||
          (s.mentions[m].actor.type != ActorType::kCountry &&
           s.mentions[m].actor.type != ActorType::kOrganization))
        return std::nullopt;
      std::optional<Owner> host = OwnerOf(s, p, m, end);
      if (host) host->sent_to = true;
      return host;
    }
    if (prep != "of" && !(prep == "for" && !p.family) && !(prep == "at" && !p.family))
      return std::nullopt;
    // "the Secretary of Justice for Ruritania" is Ruritania's, but "the envoy for Iran" and
    // "the special representative for Syria" are another state's envoys to it.
    bool for_state_only_portfolio = prep == "for" && p.head != "minister" &&
                                    p.head != "secretary" && p.head != "commissioner";
    size_t u = SkipPlaceKind(s, t + 1);
    if (u == t + 1) u = SkipBodyKind(s, u);
    if (u == t + 1) u = SkipBodyAdjectives(s, u);
    if (p.head == "mayor") return CityAt(s, u + (s.lower[u] == "the" ? 1 : 0), end);
    if (std::optional<Owner> campaign = CampaignAt(s, u, end)) return campaign;
    // "a candidate for the Libertarian Party's 2020 presidential nomination": only a party's
    // ("a candidate for the Senate", "for Belarus's presidency" name what is run for).
    if (IsCandidacy(p.head) && prep == "for") return NominationAt(s, u, end);
    // "a Ph.D. candidate at the University of Example" studies there: a post held at a
    // body, as an occupation's (a party's candidate is "of" or "for" it).
    if (IsCandidacy(p.head) && prep == "at") {
      int m = HeadMentionAt(s, u);
      if (m < 0 || s.mentions[m].actor.type != ActorType::kOrganization ||
          IsParty(s.mentions[m].actor) || s.mentions[m].how == Resolution::kCoreference)
        return std::nullopt;
      return OwnerOf(s, p, m, end);
    }
    size_t begin = 0;
    int m = HeadMentionAt(s, u, &begin);
    // "the running mate of the late Harry Browne", "the wife of businessman John Doe": a
    // person's office or tie, the person named after a few words that describe them.
    if (m < 0 && (p.family || IsPersonalOffice(p.head))) m = DescribedPersonAt(s, u);
    if (m < 0) return std::nullopt;
    m = BodyAfterState(s, m);
    // "the UK's National Crime Agency": the body after the possessive.
    bool possessive = false;
    size_t skip = PossessiveAfter(s, s.mentions[m], &possessive);
    size_t unit_end = 0;
    if (possessive) {
      // "of the University of Leeds's medical school": a unit of the body, held at the body.
      size_t unit_begin = s.mentions[m].token_end + skip;
      size_t after_unit = SkipOwnersUnit(s, unit_begin);
      ActorType type = s.mentions[m].actor.type;
      if (after_unit != unit_begin &&
          (type == ActorType::kOrganization || type == ActorType::kGroup) &&
          s.mentions[m].how != Resolution::kCoreference) {
        unit_end = after_unit;
      } else {
        size_t next = s.mentions[m].token_end + skip;
        if (next >= n || s.mention_at[next] < 0 ||
            s.mentions[s.mention_at[next]].token_begin != next)
          return std::nullopt;
        m = s.mention_at[next];
      }
    }
    if (for_state_only_portfolio && s.mentions[m].actor.type == ActorType::kCountry)
      return std::nullopt;
    // "the governor of United States commonwealth of Puerto Rico", "the US state of Texas":
    // a state before a kind of place and "of" names the place's state; the place owns it.
    {
      size_t next = s.mentions[m].token_end;
      if (!possessive && next + 2 < n && s.mention_at[next] < 0 &&
          (s.lower[next] == "commonwealth" || s.lower[next] == "territory" ||
           s.lower[next] == "state" || s.lower[next] == "province" ||
           s.lower[next] == "region") &&
          s.lower[next + 1] == "of") {
        int place = HeadMentionAt(s, next + 2);
        if (place < 0 || s.mentions[place].actor.type != ActorType::kCountry)
          return std::nullopt;
        m = place;
      }
    }
    std::optional<Owner> owner = OwnerOf(s, p, m, end);
    if (owner && unit_end != 0) {
      *end = unit_end;
      owner->via_unit = true;
    }
    return owner;
  }

  // The owner mention `m` stands for, if it can hold this office; sets *end.
  std::optional<Owner> OwnerOf(const AnalyzedSentence& s, const OfficePhrase& p, int m,
                                     size_t* end) const {
    const Mention& body = s.mentions[m];
    std::vector<Actor> actors = ActorsOf(body);
    if (actors.size() != 1) return std::nullopt;
    bool person = actors[0].type == ActorType::kPerson;
    // A person has a family and aides, not ministers; a family has a person.
    bool personal = IsPersonalOffice(p.head) ||
                    (p.title_end > p.title_begin && s.lower[p.title_end - 1] == "staff");
    if (p.family != person && !(person && personal)) return std::nullopt;
    if (body.how == Resolution::kCapital) {
      // "Moscow's mayor": the city itself. A capital with any other office ("the
      // prosecutor general of Tehran") is a province's or a city's, not the state's.
      if (p.head == "mayor") return CityAt(s, body.token_begin, end);
      // "the Kremlin spokesman", "a White House spokeswoman": a seat's spokesperson speaks
      // for the government.
      if (!body.modifier || (p.head != "spokesman" && p.head != "spokeswoman" &&
                             p.head != "spokesperson"))
        return std::nullopt;
    }
    *end = body.token_end;
    Owner member;
    member.mention = m;
    member.actor = actors[0];
    member.span = body.span;
    return member;
  }

  void EmitOffice(const AnalyzedSentence& s, size_t k, const OfficePhrase& p,
                  const Owner& owner, std::vector<Triple>& out,
                  const std::string& leave_verb = "") const {
    const Mention& person = s.mentions[k];
    if (owner.mention == static_cast<int>(k)) return;
    if (IsOccupationNoun(p.head) && owner.actor.type != ActorType::kOrganization &&
        owner.actor.type != ActorType::kGroup)
      return;
    // One triple a pair: the clause extractor may have read "became leader of" already, and
    // a second wording of the same office would score as a false positive.
    if (IsFamilyNoun(p.head) ? HasTie(out, person.actor, owner.actor)
                             : HasPair(out, person.actor, owner.actor))
      return;
    std::string titles = p.titles.empty() ? TitleText(s, p.title_begin, p.title_end) : p.titles;
    if (p.former && !titles.starts_with("former")) titles = "former " + titles;
    Relation relation = Office(titles, p.head);
    if (owner.sent_to) relation.text = "be " + titles + " to";
    // "head of the Example Corp's research unit" heads the unit, not the body: the person
    // works for the body. An occupation is held at the body ("a professor of the University
    // of X's medical school").
    if (owner.via_unit && !IsOccupationNoun(p.head)) {
      relation.text = "work for";
      relation.lemma = "work";
    }
    if (!leave_verb.empty()) {
      relation.text = leave_verb + " as " + titles + (owner.sent_to ? " to" : " of");
      relation.lemma = leave_verb;
    }
    Span relation_span = TokenSpan(s, p.title_begin, p.title_end);
    if (owner.mention >= 0) {
      EmitPairs(s, {{static_cast<int>(k), person.actor}}, relation, relation_span,
                {{owner.mention, owner.actor}}, kName, 0.8, out);
      return;
    }
    // A city no mention covers ("the mayor of South Bend"): its evidence span is its words.
    Triple triple;
    triple.subject = person.actor;
    triple.relation = std::move(relation);
    triple.object = owner.actor;
    triple.confidence = 0.8;
    triple.extractor = std::string(kName);
    Evidence& e = triple.evidence;
    e.doc = s.document->id;
    e.date = s.document->date;
    e.sentence_index = s.sentence->index;
    e.sentence = s.document->text.substr(s.sentence->begin, s.sentence->end - s.sentence->begin);
    e.subject = person.span;
    e.relation = relation_span;
    e.object = owner.span;
    out.push_back(std::move(triple));
  }

  // A party's adjective inside an office phrase: "the Democratic chairman of the Example
  // Committee" chairs the committee, "a Republican senator" and "the Republican Senate
  // Majority Leader" hold a state's or a chamber's office: each is the party's member. Only
  // a party's own post ("the Labour leader", "the Democratic nominee") is an office of the
  // party. Returns whether it read the phrase this way.
  bool ReadPartyAdjective(const AnalyzedSentence& s, size_t k, const OfficePhrase& p,
                          std::vector<Triple>& out) const {
    if (p.owner < 0) return false;
    const Mention& party = s.mentions[p.owner];
    if (!party.modifier || party.how != Resolution::kDemonym || !IsParty(party.actor) ||
        p.family)
      return false;
    // "Senate" in "the Republican Senate Majority Leader": a chamber's office.
    bool chamber = false;
    for (size_t t = p.title_begin; t + 1 < p.title_end; ++t)
      chamber = chamber || (IsCapitalised(s, t) && !IsOfficeModifier(s.lower[t]));
    size_t end = 0;
    std::optional<Owner> owner = OwnerAfter(s, p, &end);
    if (owner && !EndsOwner(s, end)) owner.reset();
    if (IsPartyPost(p.head) && !chamber && !owner) return false;
    EmitPartyMember(s, k, p, p.owner, out);
    if (owner) EmitOffice(s, k, p, *owner, out);
    return true;
  }

  // Person k is a member of the party whose adjective (mention `party`) stands in office
  // phrase p ("the Republican Senate Majority Leader").
  void EmitPartyMember(const AnalyzedSentence& s, size_t k, const OfficePhrase& p, int party,
                       std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const Mention& adjective = s.mentions[party];
    if (HasPair(out, person.actor, adjective.actor)) return;
    Relation r;
    r.text = p.former ? "be former member of" : "be member of";
    r.lemma = "member";
    r.category = Category::kNeutral;
    EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, adjective.span,
              {{party, adjective.actor}}, kName, 0.8, out);
  }

  // The office phrase at `from` said of person k: "the Secretary of Justice for Ruritania",
  // "Ruritania's governor", "a member of the Example Party". Returns whether it gave one.
  // With `ends_phrase`, the office phrase must end at punctuation, a preposition, "and" or
  // the sentence's end: after "as", a verb there makes it a clause's subject ("X was killed
  // as the leader of Y arrived").
  bool ReadOfficeAt(const AnalyzedSentence& s, size_t k, size_t from, std::vector<Triple>& out,
                    bool ends_phrase = false, const std::string& leave_verb = "") const {
    std::optional<OfficePhrase> p = ReadOfficePhrase(s, from);
    if (!p) return false;
    if (ReadPartyAdjective(s, k, *p, out)) return true;
    size_t end = 0;
    std::optional<Owner> owner;
    if (p->owner >= 0) {
      owner = OwnerOf(s, *p, p->owner, &end);
    } else {
      owner = OwnerAfter(s, *p, &end);
    }
    size_t after = p->owner >= 0 ? p->end : end;
    if (!owner || !EndsOwner(s, after)) return false;
    if (ends_phrase && after < s.lower.size() && !words::IsPunctuation(s.lower[after]) &&
        !words::IsPreposition(s.lower[after]) && !words::IsCoordinator(s.lower[after]) &&
        s.lower[after] != "until" && s.lower[after] != "since")
      return false;
    EmitOffice(s, k, *p, *owner, out, leave_verb);
    if (p->party >= 0) EmitPartyMember(s, k, *p, p->party, out);
    // "the US ambassador to the European Union": the sender before, the host after "to".
    if (p->owner >= 0 && IsEnvoyNoun(p->head) && p->end < s.lower.size() &&
        s.lower[p->end] == "to") {
      size_t host_end = 0;
      std::optional<Owner> host = OwnerAfter(s, *p, &host_end);
      if (host && EndsOwner(s, host_end)) EmitOffice(s, k, *p, *host, out, leave_verb);
    }
    return true;
  }

  // "Jane Roe, the Secretary of Justice for Ruritania,", "John Doe, Roe's chief of staff,".
  // "Maya Okafor, his wife and the current chairwoman of the Maryland Democratic Party,",
  // "Elijah Cummings, first elected to Congress in 1996,", "Carolyn Maloney, the most senior
  // Democrat on the Oversight Committee,", "Nancy Pelosi, re-elected Speaker of the House,".
  void ReadAppositionAfter(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const size_t n = s.lower.size();
    size_t t = person.token_end;
    if (t + 1 >= n || s.lower[t] != ",") return;
    size_t from = t + 1;
    if (ReadElectedTo(s, k, from, out)) return;
    // "re-elected Speaker of the House", "appointed chairman of the Example Board".
    size_t office_from = from;
    if (IsElected(s.lower[from]) || s.lower[from] == "appointed" || s.lower[from] == "named")
      office_from = from + 1;
    if (std::optional<OfficePhrase> p = ReadOfficePhrase(s, office_from); p && TitlesName(s, *p))
      return;
    ReadOfficeAt(s, k, office_from, out);
    ReadPartyMemberAt(s, k, from, out);
    // The second of two coordinated descriptions.
    if (size_t second = SecondDescription(s, from); second != 0) {
      if (!ReadOfficeAt(s, k, second, out)) ReadPartyMemberAt(s, k, second, out);
    }
  }

  // Whether office phrase p stands right before a person's name, as that name's title: in
  // "X, Labour MP (Member of Parliament) Tom Watson, and Y" or "X, Governor of Ruritania
  // Jane Roe, ..." it is the next item of a list, no description of X. A bracketed aside
  // after the phrase is read over; a possessive name ("X, President Roe's deputy") owns
  // the office that follows it.
  bool TitlesName(const AnalyzedSentence& s, const OfficePhrase& p) const {
    const size_t n = s.lower.size();
    size_t t = p.end;
    size_t owner_end = 0;
    if (p.owner < 0 && OwnerAfter(s, p, &owner_end)) t = owner_end;
    if (t < n && s.lower[t] == "(") {
      size_t close = t + 1;
      while (close < n && close < t + 8 && s.lower[close] != ")") ++close;
      if (close >= n || s.lower[close] != ")") return false;
      t = close + 1;
    }
    if (t >= n || s.mention_at[t] < 0) return false;
    const Mention& name = s.mentions[s.mention_at[t]];
    if (name.modifier || name.actor.type != ActorType::kPerson) return false;
    return name.token_end >= n || (s.lower[name.token_end] != "'s" && s.lower[name.token_end] != "'");
  }

  static bool IsElected(std::string_view w) {
    return w == "elected" || w == "re-elected" || w == "reelected";
  }

  // Where the second description of a coordinated apposition starts ("a lawyer and a
  // member of ...": the "a" after "and"), or 0. The first must be a short noun phrase: an
  // article or office word first, no comma, no verb a relative pronoun would bring.
  static size_t SecondDescription(const AnalyzedSentence& s, size_t from) {
    const size_t n = s.lower.size();
    if (from >= n) return 0;
    const std::string& first = s.lower[from];
    if (!words::IsDeterminer(first) && !IsOfficeModifier(first) && !IsOfficeNoun(first))
      return 0;
    for (size_t u = from + 1; u < n && u < from + 8; ++u) {
      const std::string& w = s.lower[u];
      if (w == "and") {
        if (u + 1 < n && (s.lower[u + 1] == "a" || s.lower[u + 1] == "an" ||
                          s.lower[u + 1] == "the" || s.lower[u + 1] == "formerly" ||
                          s.lower[u + 1] == "currently"))
          return u + 1;
        return 0;
      }
      if (words::IsPunctuation(w) || words::IsRelativePronoun(w) || words::IsBe(w) ||
          words::IsHave(w) || w == "said" || w == "says")
        return 0;
      // A person named inside the first description is whom the second may be about.
      int m = s.mention_at[u];
      if (m >= 0 && !s.mentions[m].modifier && s.mentions[m].actor.type == ActorType::kPerson)
        return 0;
    }
    return 0;
  }

  // "first elected to Congress in 1996", "elected to the Senate in 2008": person k was
  // elected to the body. Returns whether it read one.
  bool ReadElectedTo(const AnalyzedSentence& s, size_t k, size_t from,
                     std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    size_t u = from;
    if (u < n && (s.lower[u] == "first" || s.lower[u] == "originally" || s.lower[u] == "twice" ||
                  s.lower[u] == "later"))
      ++u;
    if (u >= n || !IsElected(s.lower[u])) return false;
    size_t elected = u++;
    if (u >= n || s.lower[u] != "to") return false;
    int m = HeadMentionAt(s, u + 1);
    if (m < 0) return false;
    const Mention& body = s.mentions[m];
    std::vector<Actor> bodies = ActorsOf(body);
    if (bodies.size() != 1 || bodies[0].type != ActorType::kOrganization ||
        body.how == Resolution::kCoreference || !EndsOwner(s, body.token_end))
      return false;
    if (HasPair(out, s.mentions[k].actor, bodies[0])) return true;
    Relation r;
    r.text = "be elected to";
    r.lemma = "elect";
    r.category = Category::kNeutral;
    EmitPairs(s, {{static_cast<int>(k), s.mentions[k].actor}}, r, TokenSpan(s, elected, u + 1),
              {{m, bodies[0]}}, kName, 0.8, out);
    return true;
  }

  // "a Democrat", "the most senior Democrat on the Oversight and Reform Committee", "a
  // former Republican": person k is a member of the party (and of the body the member sits
  // on). Returns whether it read one.
  bool ReadPartyMemberAt(const AnalyzedSentence& s, size_t k, size_t from,
                         std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    size_t u = from;
    if (u < n && (s.lower[u] == "a" || s.lower[u] == "an" || s.lower[u] == "the")) ++u;
    bool former = false;
    static const std::unordered_set<std::string_view> kDescribing = {
        "most", "senior", "ranking", "fellow", "longtime", "long-time", "lifelong", "former",
        "registered", "top", "leading", "prominent", "moderate", "conservative", "liberal",
        "progressive", "veteran"};
    for (size_t i = 0; i < 3 && u < n && kDescribing.count(s.lower[u]); ++i, ++u)
      former = former || s.lower[u] == "former";
    if (u >= n || s.mention_at[u] < 0) return false;
    int m = s.mention_at[u];
    const Mention& party = s.mentions[m];
    // The party's member noun as the head ("Democrat"), not an adjective ("Democratic
    // senator", "Democrats"): one person.
    if (party.token_begin != u || party.modifier || party.how != Resolution::kDemonym ||
        !IsParty(party.actor) || party.surface.ends_with("s"))
      return false;
    size_t after = party.token_end;
    static const std::unordered_set<std::string_view> kEnds = {
        "on", "from", "in", "who", "and", "representing", "since", "for", "of"};
    if (after < n && !words::IsPunctuation(s.lower[after]) && !kEnds.count(s.lower[after]))
      return false;
    const Mention& person = s.mentions[k];
    Relation r;
    r.text = former ? "be former member of" : "be member of";
    r.lemma = "member";
    r.category = Category::kNeutral;
    if (!HasPair(out, person.actor, party.actor))
      EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, party.span, {{m, party.actor}},
                kName, 0.8, out);
    // "the ranking Democrat on the Example Committee": a seat on the body.
    if (after + 1 < n && s.lower[after] == "on") {
      int c = HeadMentionAt(s, after + 1);
      if (c >= 0) {
        std::vector<Actor> bodies = ActorsOf(s.mentions[c]);
        if (bodies.size() == 1 && bodies[0].type == ActorType::kOrganization &&
            !IsParty(bodies[0]) && s.mentions[c].how != Resolution::kCoreference &&
            EndsOwner(s, s.mentions[c].token_end) && !HasPair(out, person.actor, bodies[0]))
          EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, TokenSpan(s, u, after + 1),
                    {{c, bodies[0]}}, kName, 0.8, out);
      }
    }
    return true;
  }

  // "Roe was head of the Example Force", "Doe began serving as Ruritania's eleventh
  // governor", "X is a member of Y", "X, who was mayor of Paris".
  void ReadCopular(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const size_t n = s.lower.size();
    size_t t = person.token_end;
    if (t + 1 < n && s.lower[t] == "," && s.lower[t + 1] == "who") t += 2;
    // "X, a career politician who served as President of Y": the relative clause of a short
    // apposition is the person's too (lower-case words only, no name between).
    if (t + 3 < n && s.lower[t] == "," &&
        (s.lower[t + 1] == "a" || s.lower[t + 1] == "an" || s.lower[t + 1] == "the")) {
      size_t u = t + 2;
      while (u < n && u < t + 5 && s.mention_at[u] < 0 && !IsCapitalised(s, u) &&
             IsFieldWord(s.lower[u]) && !words::IsRelativePronoun(s.lower[u]))
        ++u;
      if (u > t + 2 && u < n && s.lower[u] == "who") t = u + 1;
    }
    while (t < n && (words::IsAdverb(s.lower[t]) || words::IsHave(s.lower[t]))) ++t;
    if (t >= n) return;
    const std::string& verb = s.lower[t];
    // "resigned as governor of Puerto Rico", "stepped down as head of": leaving an office
    // names it; the relation keeps the verb ("resign as governor of").
    std::string leave;
    if (t + 1 < n) {
      std::string_view v = verb;
      bool down = (v == "stepped" || v == "steps" || v == "step") && s.lower[t + 1] == "down";
      if (down && t + 2 < n && s.lower[t + 2] == "as") {
        leave = "step down";
        t += 3;
      } else if ((v == "resigned" || v == "resigns" || v == "retired" || v == "retires" ||
                  v == "quit" || v == "quits") &&
                 s.lower[t + 1] == "as") {
        if (v == "quit" || v == "quits") leave = "quit";
        else if (v.starts_with("resign")) leave = "resign";
        else leave = "retire";
        t += 2;
      }
    }
    if (!leave.empty()) {
      ReadOfficeAt(s, k, t, out, /*ends_phrase=*/false, leave);
      return;
    }
    if (words::IsBe(verb) || verb == "became" || verb == "becomes" || verb == "remains" ||
        verb == "remained") {
      ++t;
    } else if (verb == "served" || verb == "serves" || verb == "serving") {
      ++t;
    } else if ((verb == "began" || verb == "begins") && t + 1 < n &&
               (s.lower[t + 1] == "serving" || s.lower[t + 1] == "his" ||
                s.lower[t + 1] == "her")) {
      t += 2;
      if (t < n && s.lower[t] == "term") ++t;
    } else {
      return;
    }
    // "Roe is also a professor at Y", "X was still head of Y" ("formerly", "currently" and
    // "now" are read with the office phrase).
    while (t < n && words::IsAdverb(s.lower[t]) && s.lower[t] != "formerly" &&
           s.lower[t] != "previously" && s.lower[t] != "currently" && s.lower[t] != "now" &&
           s.lower[t] != "first")
      ++t;
    if (ReadElectedTo(s, k, t, out)) return;  // "was first elected to Congress"
    // "was elected / appointed / named / sworn in as".
    if (t < n && (s.lower[t] == "elected" || s.lower[t] == "appointed" ||
                  s.lower[t] == "named" || s.lower[t] == "serving"))
      ++t;
    if (t + 1 < n && s.lower[t] == "sworn" && s.lower[t + 1] == "in") t += 2;
    if (t < n && s.lower[t] == "as") ++t;
    if (t < n && words::IsNegation(s.lower[t])) return;
    if (!ReadOfficeAt(s, k, t, out)) ReadPartyMemberAt(s, k, t, out);
  }

  // "Ruritania's President Jane Roe", "Roe's chief of staff John Doe", "Doe's wife, Jane
  // Doe": an owner's office right before the name. In apposition (a comma before the
  // name) the owner may also be a modifier inside the office phrase: "the Ruritanian
  // foreign minister, Jane Roe,", "an Example Agency spokeswoman, Dr. Jo Doe," (without
  // the comma, "Ruritanian Foreign Minister Jane Roe" only names her: no triple).
  // Person k works for, or is a member of, the body of mention `body`: "John Doe of the
  // National Crime Agency", "the Example Fund's Jo Roe". `relation_span` is the words that
  // say so ("of", "'s").
  void EmitBelongs(const AnalyzedSentence& s, size_t k, int body, Span relation_span,
                   std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const Actor& owner = s.mentions[body].actor;
    if (HasPair(out, person.actor, owner)) return;
    Relation r;
    // "Jo Jorgensen of the Libertarian Party" is its member (or candidate); so are a
    // movement's and an armed group's people ("Morgan Tsvangirai of the MDC").
    // The name as written counts too: "the Law and Justice Party" for "Law and Justice".
    std::string lower_name = owner.name + " " + s.mentions[body].surface;
    for (char& c : lower_name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool party = IsParty(owner) || owner.type == ActorType::kGroup ||
                 lower_name.ends_with(" party") || lower_name.find(" party ") != std::string::npos ||
                 lower_name.find("movement") != std::string::npos;
    r.text = party ? "be member of" : "work for";
    r.lemma = party ? "member" : "work";
    r.category = Category::kNeutral;
    EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, relation_span, {{body, owner}}, kName,
              0.7, out);
  }

  // "the Example University's Institute for Health said", "Example Corp's Example Airlines
  // unit said": a body's possessive right before another body's name, the name ending its
  // noun phrase (or "unit", "subsidiary", "division" after it), names a part of the first.
  // Not a state's possessive ("China's Huawei" is where it is from), a reference ("the
  // company's X": whose it is is the reference's guess), nor a body that only modifies a
  // noun ("the Example Party's US Senate nomination").
  // The body whose possessive ends right before token b ("the Example Fund's" before "Jo
  // Roe"), or -1: an organisation or group named outright, not a reference, a demonym or a
  // modifier.
  static int BodyPossessorBefore(const AnalyzedSentence& s, size_t b) {
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& body = s.mentions[m];
      if (body.token_end > b || body.token_end + 1 < b || body.modifier) continue;
      bool possessive = false;
      size_t skip = PossessiveAfter(s, body, &possessive);
      if (!possessive || body.token_end + skip != b) continue;
      if ((body.actor.type != ActorType::kOrganization && body.actor.type != ActorType::kGroup) ||
          body.how == Resolution::kCoreference || body.how == Resolution::kGroupReference ||
          body.how == Resolution::kDemonym)
        return -1;
      return static_cast<int>(m);
    }
    return -1;
  }

  void ReadBodyOfBody(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& part = s.mentions[k];
    if (part.modifier || part.how == Resolution::kCoreference ||
        part.how == Resolution::kGroupReference ||
        (part.actor.type != ActorType::kOrganization && part.actor.type != ActorType::kGroup))
      return;
    size_t b = part.token_begin;
    int m = BodyPossessorBefore(s, b);
    if (m < 0 || m == static_cast<int>(k)) return;
    const Mention& whole = s.mentions[m];
    if (whole.actor.id == part.actor.id) return;
    size_t after = part.token_end;
    if (after < s.lower.size()) {
      const std::string& w = s.lower[after];
      bool unit = w == "unit" || w == "subsidiary" || w == "division" || w == "affiliate";
      bool owns = w == "'s" || w == "'";
      if (!unit && !owns && !EndsPersonsNounPhrase(s, after)) return;
    }
    if (HasPair(out, part.actor, whole.actor)) return;
    Relation r;
    r.text = "be part of";
    r.lemma = "part";
    r.category = Category::kNeutral;
    EmitPairs(s, {{static_cast<int>(k), part.actor}}, r, TokenSpan(s, whole.token_end, b),
              {{m, whole.actor}}, kName, 0.7, out);
  }

  // Whether token t can follow a person's name that is a whole noun phrase: punctuation, a
  // preposition, a coordinator, a relative pronoun, an auxiliary or a verb form ("Jo Roe
  // said", "attended", "says"), not a noun she names ("Jo Roe space telescope", "Jo Roe
  // Center").
  static bool EndsPersonsNounPhrase(const AnalyzedSentence& s, size_t t) {
    const std::string& w = s.lower[t];
    if (words::IsPunctuation(w)) return true;
    if (IsCapitalised(s, t)) return false;
    if (words::IsPreposition(w) || words::IsCoordinator(w) || words::IsRelativePronoun(w) ||
        words::IsBe(w) || words::IsHave(w))
      return true;
    static const std::unordered_set<std::string_view> kVerbs = {
        "said", "told", "wrote", "spoke", "thought", "saw", "took", "made", "gave", "met",
        "led", "ran", "went", "came", "became", "will", "would", "can", "could", "may",
        "might", "should", "must", "also", "does", "did", "do", "added", "noted"};
    if (kVerbs.count(w)) return true;
    return w.size() > 3 && (w.ends_with("ed") || (w.ends_with("s") && !w.ends_with("ss")));
  }

  // "The Example Fund's Jo Roe said", "Wikinews' Jo Roe": a body's possessive right before a
  // person's name, with no title between, names someone who works for it or belongs to it.
  // Not a state's ("Norway's Jo Roe" is where she is from) nor a person's ("Roe's Jo Doe").
  void ReadBodyPossessive(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    if (person.how == Resolution::kCoreference || person.how == Resolution::kGroupReference)
      return;
    size_t b = person.token_begin;
    int m = BodyPossessorBefore(s, b);
    if (m < 0) return;
    // The name must be the whole noun phrase: "the Example Fund's Jo Roe Center" is a place,
    // "NASA's Jo Roe space telescope" a thing named for her.
    if (person.token_end < s.lower.size() && !EndsPersonsNounPhrase(s, person.token_end)) return;
    EmitBelongs(s, k, m, TokenSpan(s, s.mentions[m].token_end, b), out);
  }

  void ReadPossessiveBefore(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    size_t name = person.token_begin;
    // "director, Dr. Jo Doe": a courtesy title between the comma and the name.
    while (name > 0 && s.mention_at[name - 1] < 0 && IsCourtesyTitle(s.lower[name - 1])) --name;
    bool apposition = name > 0 && s.lower[name - 1] == ",";
    size_t stop = apposition ? name - 1 : person.token_begin;
    // Eight words back, a name counting as one ("the Example Institute of Allergy and
    // Infectious Diseases' director").
    size_t b = stop;
    for (int back = 0; back < 8 && b > 0; ++back) {
      --b;
      int m = s.mention_at[b];
      if (m < 0 || m == static_cast<int>(k)) continue;
      b = s.mentions[m].token_begin;
      bool possessive = false;
      PossessiveAfter(s, s.mentions[m], &possessive);
      if (!possessive && !(apposition && OpensNounPhrase(s, b))) return;
      std::optional<OfficePhrase> p = ReadOfficePhrase(s, b);
      if (!p || p->owner != m || p->end != stop) return;
      if (!possessive && ReadPartyAdjective(s, k, *p, out)) return;
      size_t end = 0;
      std::optional<Owner> owner = OwnerOf(s, *p, m, &end);
      if (owner) EmitOffice(s, k, *p, *owner, out);
      return;
    }
  }

  // "President Jane Roe of Ruritania said", "The mayor of Springfield, John Doe,",
  // "First Minister of Ruritania Jane Roe", "John Doe of the UK's National Crime Agency".
  void ReadOfAroundName(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const size_t n = s.lower.size();
    // Title, name, "of", owner: the title right before the name (or inside its mention).
    size_t title_end = person.token_begin;
    size_t title_begin = title_end;
    while (title_begin > 0 && s.mention_at[title_begin - 1] < 0 &&
           IsCapitalised(s, title_begin - 1) &&
           (words::IsTitleWord(s.lower[title_begin - 1]) || IsOfficeNoun(s.lower[title_begin - 1]) ||
            IsOfficeModifier(s.lower[title_begin - 1])))
      --title_begin;
    size_t after = person.token_end;
    // "Jo Roe, of the Example Institute, said": the same between commas, for a body only.
    bool comma_of = after + 2 < n && s.lower[after] == "," && s.lower[after + 1] == "of";
    if (comma_of) ++after;
    if (after + 1 < n && s.lower[after] == "of") {
      bool owner_before = title_begin > 0 && s.mention_at[title_begin - 1] >= 0;
      OfficePhrase p;
      p.end = after;
      p.title_begin = title_begin;
      p.title_end = title_end;
      if (title_begin < title_end) p.head = s.lower[title_end - 1];
      size_t end = 0;
      std::optional<Owner> owner;
      if (!owner_before) owner = OwnerAfter(s, p, &end);
      // The owner's name must end there: "Jane Roe of Ruritania's ..." is another phrase.
      if (owner && EndsOwner(s, end)) {
        if (title_begin < title_end) {
          if (!comma_of && (IsOfficeNoun(p.head) || words::IsTitleWord(p.head)))
            EmitOffice(s, k, p, *owner, out);
        } else if ((owner->actor.type == ActorType::kOrganization ||
                    owner->actor.type == ActorType::kGroup) &&
                   owner->mention >= 0 &&
                   s.mentions[owner->mention].how != Resolution::kCoreference) {
          // No title: "John Doe of the National Crime Agency", "John Geiger of USGS" work
          // for it ("John Doe of Ruritania" is where he comes from: a state is no owner).
          EmitBelongs(s, k, owner->mention, TokenSpan(s, after, after + 1), out);
        }
      }
    }
    // Title of owner, then the name: scan back for the phrase that ends at the name.
    size_t stop = person.token_begin;
    bool comma = stop > 0 && s.lower[stop - 1] == ",";
    if (comma) --stop;
    size_t begin = ReadTitleOfOwnerEndingAt(s, k, stop, comma, out);
    // "The manager of Harbor Publicity and Director of the Example Partnership, Jo Roe":
    // two titles of owners joined by "and" before the name in apposition are both hers.
    if (comma && begin > 0 && s.lower[begin - 1] == "and")
      ReadTitleOfOwnerEndingAt(s, k, begin - 1, comma, out);
  }

  // The phrase "<title> of <owner>" that ends at token `stop` before person k's name (a
  // comma between with `comma`): emits the office; returns the phrase's first token, or 0.
  size_t ReadTitleOfOwnerEndingAt(const AnalyzedSentence& s, size_t k, size_t stop, bool comma,
                                  std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    for (size_t back = 3; back <= 10 && back <= stop; ++back) {
      size_t b = stop - back;
      // The phrase must open a noun phrase: not "the prosecutor general of Tehran". A
      // capitalised title may follow a verb ("including First Minister of Scotland Nicola
      // Sturgeon"): any lower-case word that cannot be part of an office phrase.
      const std::string& prev = b > 0 ? s.lower[b - 1] : s.lower[b];
      bool after_verb = b > 0 && IsCapitalised(s, b) && !IsCapitalised(s, b - 1) &&
                        !words::IsPunctuation(prev) && !IsOfficeNoun(prev) &&
                        !IsOfficeModifier(prev) && !words::IsTitleWord(prev) &&
                        !IsFamilyNoun(prev) && !prev.ends_with("'s");
      bool former = false;
      bool after_state = b > 0 && StateBeforeTitle(s, b, &former);
      if (b > 0 && !words::IsPunctuation(prev) && !words::IsDeterminer(prev) &&
          !words::IsPreposition(prev) && prev != "and" && !after_verb && !after_state)
        continue;
      if (s.mention_at[b] >= 0) continue;
      std::optional<OfficePhrase> p = ReadOfficePhrase(s, b);
      if (!p || p->owner >= 0 || p->title_begin != b + (words::IsDeterminer(s.lower[b]) ? 1 : 0))
        continue;
      size_t end = 0;
      std::optional<Owner> owner = OwnerAfter(s, *p, &end);
      if (!owner || end != stop) continue;
      if (comma && (FollowsPersonsComma(s, b) ||
                    (b > 0 && words::IsDeterminer(s.lower[b - 1]) && FollowsPersonsComma(s, b - 1))))
        return 0;
      // Without a comma the title is capitalised like a name's ("President of Argentina
      // Alberto Fernandez"); a lower-case one only of a body, whose name ends where the
      // found person's begins ("director of the Example Trust Jo Roe said").
      bool of_body = owner->actor.type == ActorType::kOrganization ||
                     owner->actor.type == ActorType::kGroup;
      if (!comma && !IsCapitalised(s, p->title_end - 1) && !of_body) return 0;
      // Without a comma a one-word "name" is as likely the rest of the body's name
      // ("President of the Japan Chamber of Commerce").
      if (!comma && person.token_end - person.token_begin < 2) return 0;
      if (after_state) {
        // "US Ambassador to the United Nations Nikki Haley": the sender's name only
        // pre-modifies the title (as in "US President Donald Trump"); the host after "to"
        // is stated. "Hong Kong director of Amnesty International Jo Roe": where the office
        // is held; the body after "of" is the owner. A state as the owner after "of" is
        // the same state twice or a title the finder cut ("US Secretary of State").
        if (owner->actor.type == ActorType::kCountry && !owner->sent_to) return 0;
        p->former = p->former || former;
      }
      EmitOffice(s, k, *p, *owner, out);
      return b;
    }
    return 0;
  }

  // Whether a state's name (or demonym) that opens its noun phrase ends right before token
  // b, a title's first word: "Former US [Ambassador to ...]", "the Hong Kong [director of
  // ...]". Sets *former for "former" or "then" before the state.
  static bool StateBeforeTitle(const AnalyzedSentence& s, size_t b, bool* former) {
    int m = s.mention_at[b - 1];
    if (m < 0) return false;
    const Mention& state = s.mentions[m];
    if (state.token_end != b || state.actor.type != ActorType::kCountry ||
        state.how == Resolution::kCoreference || state.how == Resolution::kGroupReference ||
        state.how == Resolution::kCapital)
      return false;
    size_t begin = state.token_begin;
    if (begin > 0 && (s.lower[begin - 1] == "former" || s.lower[begin - 1] == "then")) {
      *former = s.lower[begin - 1] == "former";
      --begin;
    }
    return OpensNounPhrase(s, begin);
  }

  // "Presidents Macky Sall of Senegal and Nana Akufo-Addo of Ghana", "foreign ministers
  // Wang Yi of China and Sergey Lavrov of Russia": a plural title over a list of names,
  // each with its own "of" owner.
  void ReadPluralTitles(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t t = 0; t + 1 < n; ++t) {
      const std::string& w = s.lower[t];
      if (s.mention_at[t] >= 0 || w.size() < 4 || !w.ends_with("s")) continue;
      std::string singular = w.ends_with("ies") ? w.substr(0, w.size() - 3) + "y"
                                                : w.substr(0, w.size() - 1);
      if (!IsOfficeNoun(singular) || singular == "member" || singular == "official" ||
          singular == "officer")
        continue;
      size_t title_begin = t;
      while (title_begin > 0 && t - title_begin < 3 && s.mention_at[title_begin - 1] < 0 &&
             IsOfficeModifier(s.lower[title_begin - 1]))
        --title_begin;
      OfficePhrase p;
      p.title_begin = title_begin;
      p.title_end = t + 1;
      p.head = singular;
      p.titles = TitleText(s, title_begin, t) + (title_begin < t ? " " : "") + singular;
      // Each name of the list, with its owner: "X of A, Y of B, and Z of C".
      size_t u = t + 1;
      for (int listed = 0; listed < 8 && u < n; ++listed) {
        int k = s.mention_at[u];
        if (k < 0 && listed < 7) {
          // A name the actor layer did not find ("Presidents Jo Unknown of A and Y of B"):
          // capitalised words and their "of" owner, stepped over.
          size_t v = u;
          while (v < n && v < u + 4 && s.mention_at[v] < 0 && IsCapitalised(s, v) &&
                 !words::IsPunctuation(s.lower[v]))
            ++v;
          if (v == u || v + 1 >= n || s.lower[v] != "of") break;
          int owner = HeadMentionAt(s, v + 1);
          if (owner < 0) break;
          size_t next = s.mentions[owner].token_end;
          if (next < n && s.lower[next] == ",") ++next;
          if (next < n && s.lower[next] == "and") ++next;
          u = next;
          continue;
        }
        if (k < 0 || s.mentions[k].token_begin != u || s.mentions[k].modifier ||
            s.mentions[k].actor.type != ActorType::kPerson)
          break;
        size_t next = s.mentions[k].token_end;
        if (next + 1 < n && s.lower[next] == "of") {
          p.end = next;
          size_t end = 0;
          std::optional<Owner> owner = OwnerAfter(s, p, &end);
          if (!owner || !EndsOwner(s, end)) break;
          EmitOffice(s, k, p, *owner, out);
          next = end;
        }
        if (next < n && s.lower[next] == ",") ++next;
        if (next < n && s.lower[next] == "and") ++next;
        if (next == s.mentions[k].token_end) break;  // the list ended
        u = next;
      }
    }
  }

  // "some Democrats, such as former candidate Pete Buttigieg,", "Republicans including Mitt
  // Romney and Susan Collins": the people given as examples of a party's members.
  void ReadPartyExamples(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& party = s.mentions[m];
      if (party.modifier || party.how != Resolution::kDemonym || !IsParty(party.actor) ||
          !party.surface.ends_with("s"))
        continue;
      size_t u = party.token_end;
      if (u < n && s.lower[u] == ",") ++u;
      if (u + 1 < n && s.lower[u] == "such" && s.lower[u + 1] == "as") {
        u += 2;
      } else if (u < n && (s.lower[u] == "including" || s.lower[u] == "like")) {
        ++u;
      } else {
        continue;
      }
      Relation r;
      r.text = "be member of";
      r.lemma = "member";
      r.category = Category::kNeutral;
      for (int listed = 0; listed < 8 && u < n; ++listed) {
        // A title before each name: "former candidate", "Senator", "Rep.".
        for (size_t i = 0; i < 3 && u < n && s.mention_at[u] < 0 &&
                           (IsOfficeModifier(s.lower[u]) || IsOfficeNoun(s.lower[u]) ||
                            words::IsTitleWord(s.lower[u]) || s.lower[u] == "rep." ||
                            s.lower[u] == "sen." || s.lower[u] == "gov.");
             ++i)
          ++u;
        int k = u < n ? s.mention_at[u] : -1;
        if (k < 0 || s.mentions[k].token_begin != u || s.mentions[k].modifier ||
            s.mentions[k].actor.type != ActorType::kPerson)
          break;
        const Mention& person = s.mentions[k];
        if (!HasPair(out, person.actor, party.actor))
          EmitPairs(s, {{k, person.actor}}, r, party.span, {{static_cast<int>(m), party.actor}},
                    kName, 0.75, out);
        size_t next = person.token_end;
        if (next < n && s.lower[next] == ",") ++next;
        if (next < n && (s.lower[next] == "and" || s.lower[next] == "or")) ++next;
        if (next == person.token_end) break;
        u = next;
      }
    }
  }

  // "two Democratic senators, Jo Roe and Al Doe,", "Republican members of the Example
  // Committee, A, B and C": a party's adjective over a plural office noun, the names in
  // apposition after it. Each is the party's member, and a member of a body named after
  // "members of". Without the comma the words only title the names, as for one name.
  void ReadPluralPartyMembers(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t m = 0; m < s.mentions.size(); ++m) {
      const Mention& party = s.mentions[m];
      if (!party.modifier || party.how != Resolution::kDemonym || !IsParty(party.actor)) continue;
      size_t t = party.token_end;
      for (int k = 0; k < 3 && t < n && s.mention_at[t] < 0 && IsOfficeModifier(s.lower[t]); ++k)
        ++t;
      if (t >= n || s.mention_at[t] >= 0) continue;
      const std::string& w = s.lower[t];
      if (w.size() < 4 || !w.ends_with("s")) continue;
      std::string singular = w.ends_with("ies") ? w.substr(0, w.size() - 3) + "y"
                                                : w.substr(0, w.size() - 1);
      if (!IsOfficeNoun(singular) || IsFamilyNoun(singular)) continue;
      size_t u = t + 1;
      int body = -1;
      std::vector<Actor> bodies;
      if (singular == "member" && u + 1 < n && s.lower[u] == "of") {
        body = HeadMentionAt(s, u + 1);
        if (body < 0) continue;
        bodies = ActorsOf(s.mentions[body]);
        if (bodies.size() != 1 || bodies[0].type != ActorType::kOrganization ||
            IsParty(bodies[0]) || s.mentions[body].how == Resolution::kCoreference ||
            !EndsOwner(s, s.mentions[body].token_end))
          continue;
        u = s.mentions[body].token_end;
      }
      if (u + 1 >= n || s.lower[u] != ",") continue;
      ++u;
      Relation r;
      r.text = "be member of";
      r.lemma = "member";
      r.category = Category::kNeutral;
      std::vector<int> listed;
      for (int i = 0; i < 8 && u < n; ++i) {
        int k = s.mention_at[u];
        if (k < 0 || s.mentions[k].token_begin != u || s.mentions[k].modifier ||
            s.mentions[k].actor.type != ActorType::kPerson)
          break;
        listed.push_back(k);
        size_t next = s.mentions[k].token_end;
        if (next < n && s.lower[next] == ",") ++next;
        if (next < n && s.lower[next] == "and") ++next;
        if (next == s.mentions[k].token_end) break;  // the list ended
        u = next;
      }
      // A list of two or more: one name after the comma is the singular apposition's.
      if (listed.size() < 2) continue;
      for (int k : listed) {
        const Actor& person = s.mentions[k].actor;
        if (!HasPair(out, person, party.actor))
          EmitPairs(s, {{k, person}}, r, party.span, {{static_cast<int>(m), party.actor}},
                    kName, 0.75, out);
        if (body >= 0 && !HasPair(out, person, bodies[0]))
          EmitPairs(s, {{k, person}}, r, TokenSpan(s, t, t + 1), {{body, bodies[0]}}, kName,
                    0.75, out);
      }
    }
  }

  // The state's office written before person k's name: "Egyptian foreign minister [Sameh
  // Shoukry]", "French Defence Minister [Jo Roe]". Sets *titles and *head; false when no
  // state's title stands right before the name.
  static bool StateTitleBefore(const AnalyzedSentence& s, size_t k, std::string* titles,
                               std::string* head) {
    const Mention& person = s.mentions[k];
    size_t b = person.token_begin;
    while (b > 0 && person.token_begin - b < 4 && s.mention_at[b - 1] < 0 &&
           (IsOfficeNoun(s.lower[b - 1]) || IsOfficeModifier(s.lower[b - 1]) ||
            words::IsTitleWord(s.lower[b - 1])))
      --b;
    if (b == person.token_begin || b == 0) return false;
    const std::string& last = s.lower[person.token_begin - 1];
    if (!IsOfficeNoun(last) && !words::IsTitleWord(last)) return false;
    int m = s.mention_at[b - 1];
    if (m < 0 || s.mentions[m].token_end != b || s.mentions[m].actor.type != ActorType::kCountry)
      return false;
    *titles = TitleText(s, b, person.token_begin);
    *head = last;
    return true;
  }

  // "Egyptian foreign minister Sameh Shoukry met his Greek counterpart Nikos Dendias", "X and
  // his Greek, Cypriot and French counterparts, A, B and C, respectively": each counterpart
  // holds the first person's office for the state named before "counterpart".
  void ReadCounterparts(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t t = 1; t + 1 < n; ++t) {
      if (s.lower[t] != "counterpart" && s.lower[t] != "counterparts") continue;
      // The states before it, last first: "his Greek, Cypriot and French".
      std::vector<int> states;
      size_t u = t;
      while (u > 0) {
        int m = s.mention_at[u - 1];
        if (m >= 0 && s.mentions[m].token_end == u &&
            s.mentions[m].actor.type == ActorType::kCountry &&
            s.mentions[m].how != Resolution::kCoreference) {
          states.push_back(m);
          u = s.mentions[m].token_begin;
        } else if (!states.empty() && (s.lower[u - 1] == "," || s.lower[u - 1] == "and")) {
          --u;
        } else {
          break;
        }
      }
      if (states.empty() || u == 0 || (s.lower[u - 1] != "his" && s.lower[u - 1] != "her"))
        continue;
      std::reverse(states.begin(), states.end());
      // Whose counterparts: the nearest person before "his", with a state's title.
      int holder = -1;
      for (size_t v = u - 1; v > 0 && v + 12 > u && holder < 0; --v) {
        int m = s.mention_at[v - 1];
        if (m >= 0 && s.mentions[m].actor.type == ActorType::kPerson && !s.mentions[m].modifier)
          holder = m;
      }
      std::string titles, head;
      if (holder < 0 || !StateTitleBefore(s, holder, &titles, &head)) continue;
      // A minister's counterpart holds the same portfolio; a head of government's or a
      // secretary's may be titled otherwise ("Chancellor X met her French counterpart").
      if (head != "minister" || titles.starts_with("prime") || titles.starts_with("first"))
        continue;
      // The names after it: "counterpart Jo Roe", "counterparts, A, B and C, respectively".
      std::vector<int> names;
      size_t v = t + 1;
      if (v < n && s.lower[v] == ",") ++v;
      while (v < n) {
        int m = s.mention_at[v];
        if (m < 0 || s.mentions[m].token_begin != v || s.mentions[m].modifier ||
            s.mentions[m].actor.type != ActorType::kPerson)
          break;
        names.push_back(m);
        v = s.mentions[m].token_end;
        if (names.size() == states.size()) break;
        if (v < n && s.lower[v] == ",") ++v;
        if (v < n && s.lower[v] == "and") ++v;
      }
      if (names.size() != states.size()) continue;
      // Several states over several names pair up only in order ("respectively").
      if (states.size() > 1 &&
          !(v + 1 < n && s.lower[v] == "," && s.lower[v + 1] == "respectively"))
        continue;
      for (size_t i = 0; i < names.size(); ++i) {
        const Mention& counterpart = s.mentions[names[i]];
        const Mention& state = s.mentions[states[i]];
        // The United States' and the United Kingdom's ministers are secretaries.
        if (state.actor.id == "united_states" || state.actor.id == "united_kingdom") continue;
        if (HasPair(out, counterpart.actor, state.actor)) continue;
        EmitPairs(s, {{names[i], counterpart.actor}}, Office(titles, head), TokenSpan(s, t, t + 1),
                  {{states[i], state.actor}}, kName, 0.75, out);
      }
    }
  }

  // "the Reform Party ticket of the late Ross Perot", "the party's 2016 ticket of Jill Stein
  // for president and Ajamu Baraka for vice president": each name on a party's ticket is
  // its candidate.
  void ReadTickets(const AnalyzedSentence& s, std::vector<Triple>& out) const {
    const size_t n = s.lower.size();
    for (size_t t = 1; t + 2 < n; ++t) {
      if (s.lower[t] != "ticket" || s.lower[t + 1] != "of") continue;
      // The party right before: "Reform Party ticket", "the party's 2016 presidential ticket".
      size_t b = t;
      while (b > 0 && t - b < 4 && s.mention_at[b - 1] < 0 &&
             (IsOfficeModifier(s.lower[b - 1]) || s.lower[b - 1] == "'s" ||
              s.lower[b - 1] == "'" || s.lower[b - 1] == "original" || s.lower[b - 1] == "vice"))
        --b;
      if (b == 0 || s.mention_at[b - 1] < 0) continue;
      int m = s.mention_at[b - 1];
      const Mention& party = s.mentions[m];
      std::vector<Actor> parties = ActorsOf(party);
      if (party.token_end != b || parties.size() != 1 || !IsParty(parties[0])) continue;
      Relation r;
      r.text = "be candidate of";
      r.lemma = "candidate";
      r.category = Category::kNeutral;
      size_t u = t + 2;
      for (int listed = 0; listed < 3 && u < n; ++listed) {
        // Words describing the candidate: "former New Mexico governor", "the late".
        size_t v = u;
        while (v < n && v < u + 6 &&
               !(s.mention_at[v] >= 0 && s.mentions[s.mention_at[v]].actor.type ==
                                             ActorType::kPerson) &&
               !words::IsPunctuation(s.lower[v]) && !words::IsCoordinator(s.lower[v]) &&
               s.lower[v] != "for" && !words::IsRelativePronoun(s.lower[v]) &&
               !words::IsBe(s.lower[v]))
          ++v;
        int k = v < n ? s.mention_at[v] : -1;
        if (k < 0 || s.mentions[k].token_begin != v || s.mentions[k].modifier ||
            s.mentions[k].actor.type != ActorType::kPerson)
          break;
        const Mention& person = s.mentions[k];
        if (!HasPair(out, person.actor, parties[0]))
          EmitPairs(s, {{k, person.actor}}, r, TokenSpan(s, t, t + 1), {{m, parties[0]}}, kName,
                    0.75, out);
        // "for president", "for vice president", then "and" the next name.
        size_t next = person.token_end;
        if (next < n && s.lower[next] == "for") {
          ++next;
          if (next < n && s.lower[next] == "vice") ++next;
          if (next < n && (s.lower[next] == "president" || s.lower[next] == "vice-president"))
            ++next;
        }
        if (next < n && s.lower[next] == ",") ++next;
        if (next < n && s.lower[next] == "and") {
          u = next + 1;
        } else {
          break;
        }
      }
    }
  }

  // "Jorgensen was on the ballot as the running mate of Harry Browne", "Tancredo ran for
  // Governor of Colorado in 2010 as the nominee of the Constitution Party", "his role as
  // the running mate of X": an office the person acts in, after "as".
  void ReadAsOffice(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const size_t n = s.lower.size();
    size_t t = person.token_end;
    if (person.modifier) {
      // A possessive pronoun or name: "his role as", "Roe's tenure as".
      if (t + 1 < n && (s.lower[t] == "role" || s.lower[t] == "position" ||
                        s.lower[t] == "tenure" || s.lower[t] == "time") &&
          s.lower[t + 1] == "as")
        ReadOfficeAt(s, k, t + 2, out, /*ends_phrase=*/true);
      return;
    }
    if (t + 1 < n && s.lower[t] == "," && s.lower[t + 1] == "who") t += 2;
    while (t < n && (words::IsAdverb(s.lower[t]) || words::IsHave(s.lower[t]))) ++t;
    static const std::unordered_set<std::string_view> kVerbs = {
        "was", "is", "ran", "runs", "served", "serves", "stood", "stands", "went", "appeared",
        "campaigned", "returned", "entered", "joined", "remained", "remains", "been"};
    if (t >= n || !kVerbs.count(s.lower[t])) return;
    for (size_t u = t + 1, words_read = 0; u < n && words_read < 9; ++u, ++words_read) {
      const std::string& w = s.lower[u];
      // "was sworn in at 5 p.m. (2100 UTC) as": a bracketed aside is read over.
      if (w == "(") {
        size_t close = u + 1;
        while (close < n && close < u + 6 && s.lower[close] != ")" && s.mention_at[close] < 0)
          ++close;
        if (close >= n || s.lower[close] != ")") return;
        u = close;
        continue;
      }
      if (w == "as") {
        ReadOfficeAt(s, k, u + 1, out, /*ends_phrase=*/true);
        return;
      }
      int m = s.mention_at[u];
      if ((m >= 0 && s.mentions[m].actor.type == ActorType::kPerson) ||
          words::IsPunctuation(w) || words::IsCoordinator(w) || words::IsRelativePronoun(w))
        return;
    }
  }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& person = s.mentions[k];
      if (person.modifier || person.actor.type != ActorType::kPerson) continue;
      ReadAppositionAfter(s, k, out);
      ReadCopular(s, k, out);
      ReadPossessiveBefore(s, k, out);
      ReadOfAroundName(s, k, out);
      ReadBodyPossessive(s, k, out);
    }
    for (size_t k = 0; k < s.mentions.size(); ++k)
      if (s.mentions[k].actor.type == ActorType::kPerson &&
          s.mentions[k].how != Resolution::kGroupReference)
        ReadAsOffice(s, k, out);
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadBodyOfBody(s, k, out);
    ReadPluralTitles(s, out);
    ReadPartyExamples(s, out);
    ReadPluralPartyMembers(s, out);
    ReadTickets(s, out);
    ReadCounterparts(s, out);
    for (size_t k = 0; k < s.mentions.size(); ++k) ReadTitleOfBody(s, k, out);
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& person = s.mentions[k];
      if (person.modifier || person.actor.type != ActorType::kPerson) continue;
      // Title words inside the mention ("General Qasem Soleimani") and right before it.
      size_t title_end = person.token_begin;
      while (title_end < person.token_end && words::IsTitleWord(s.lower[title_end]))
        ++title_end;
      size_t title_begin = person.token_begin;
      // "Mali's foreign minister, Abdoulaye Traore": the name in apposition to the title.
      bool apposition = title_begin == title_end && title_begin >= 2 &&
                        s.lower[title_begin - 1] == "," &&
                        words::IsTitleWord(s.lower[title_begin - 2]);
      if (apposition) {
        title_end = title_begin - 1;
        title_begin = title_end;
      }
      while (title_begin > 0 && s.mention_at[title_begin - 1] < 0 &&
             words::IsTitleWord(s.lower[title_begin - 1]))
        --title_begin;
      // "Senate majority leader Jo Roe": a chamber's party office, its modifier before the
      // title word.
      if (title_begin < title_end && title_begin > 1 &&
          (s.lower[title_begin - 1] == "majority" || s.lower[title_begin - 1] == "minority") &&
          s.mention_at[title_begin - 1] < 0 && s.mention_at[title_begin - 2] >= 0 &&
          s.mentions[s.mention_at[title_begin - 2]].how == Resolution::kCoreference)
        --title_begin;
      // "Northamptonshire's chief constable Jo Roe", "CIA agent Jo Roe", "Example Corp
      // analyst Jo Roe": an office or post noun right before the name, with title words and
      // lower-case modifiers before it (not a second post: "candidate Congressman Jo Roe").
      bool post = false;
      if (title_begin == title_end && !apposition && title_begin > 0 &&
          s.mention_at[title_begin - 1] < 0 && IsOfficeNoun(s.lower[title_begin - 1])) {
        post = true;
        --title_begin;
        while (title_begin > 0 && s.mention_at[title_begin - 1] < 0 &&
               (words::IsTitleWord(s.lower[title_begin - 1]) ||
                (IsOfficeModifier(s.lower[title_begin - 1]) && !IsCapitalised(s, title_begin - 1))))
          --title_begin;
      }
      if (title_begin == title_end) continue;

      if (title_begin == 0) continue;
      // The state or body just before the titles: a modifier ("Iranian") or a possessive
      // ("Iran's").
      size_t before = title_begin;
      if (before > 0 && (s.lower[before - 1] == "'s" || s.lower[before - 1] == "'")) --before;
      if (before == 0) continue;
      int owner = s.mention_at[before - 1];
      if (owner < 0 || s.mentions[owner].token_end != before) continue;
      const Mention& body = s.mentions[owner];
      bool possessive = false;
      PossessiveAfter(s, body, &possessive);
      // A body's name before a post noun pre-modifies it, whether or not the actor layer
      // marked it so ("CIA agent Jo Roe").
      bool body_before_post = post && (body.actor.type == ActorType::kOrganization ||
                                       body.actor.type == ActorType::kGroup);
      if (!body.modifier && !possessive && !body_before_post) continue;
      // "American's chairman John Kerr": a demonym takes no possessive; the word names
      // something else (here a company called American).
      if (possessive && body.how == Resolution::kDemonym) continue;
      // "US President Donald Trump": a title that only pre-modifies the name is how the
      // article refers to the person, not a relation the sentence states; the office stays
      // on the person (Actor::affiliation).
      std::vector<Actor> bodies = ActorsOf(body);
      // A body's name before the title is no way of naming a state: "Hezbollah leader
      // Hassan Nasrallah", "Labour leader Keir Starmer" state the office.
      // Not when a word before the body makes it part of a longer name the finder did not
      // know ("State Congress President", "Philippine Red Cross chair").
      size_t body_begin = body.token_begin;
      // "United States Central Intelligence Agency agent": the state's name before the
      // body's is no part of it (BodyAfterState).
      if (body_begin > 0 && s.mention_at[body_begin - 1] >= 0 &&
          BodyAfterState(s, s.mention_at[body_begin - 1]) == owner)
        body_begin = s.mentions[s.mention_at[body_begin - 1]].token_begin;
      // "Former CIA agent Jo Roe": a word of time before it opens the phrase.
      const std::string& opener = body_begin > 0 ? s.lower[body_begin - 1] : s.lower[0];
      bool time_word = opener == "former" || opener == "then" || opener == "acting";
      bool longer_name = body_begin > 0 && !time_word &&
                         (s.mention_at[body_begin - 1] >= 0 ||
                          (IsCapitalised(s, body_begin - 1) &&
                           !words::IsPunctuation(s.lower[body_begin - 1])));
      // "House Ways and Means Committee" found from "Means": the name goes on before it.
      if (body_begin > 1 && (s.lower[body_begin - 1] == "and" || s.lower[body_begin - 1] == "of" ||
                             s.lower[body_begin - 1] == "&") &&
          IsCapitalised(s, body_begin - 2) && s.mention_at[body_begin - 2] < 0)
        longer_name = true;
      bool body_title = bodies.size() == 1 && !longer_name && !(body.how == Resolution::kPattern && IsGenericName(body.surface)) &&
                        (bodies[0].type == ActorType::kOrganization ||
                         bodies[0].type == ActorType::kGroup);
      if (!possessive && !title_affiliations_ && !body_title) continue;
      if (bodies.size() != 1 || bodies[0].type == ActorType::kPerson) continue;
      if (post) {
        // A post held at a body, not at a state ("Ruritania's economist Jo Roe").
        if (IsOccupationNoun(s.lower[title_end - 1]) &&
            bodies[0].type != ActorType::kOrganization && bodies[0].type != ActorType::kGroup)
          continue;
        // "Socialist Party USA's nominee": the owner's name goes on before it; "Tehran's
        // mayor" is the city's (ReadPossessiveBefore reads it).
        if (longer_name || body.how == Resolution::kCapital) continue;
        // "Mysore Divisional Railway Manager Jo Roe": a capitalised post after a name the
        // pattern finder cut may end a longer title ("Divisional Railway Manager").
        if (IsCapitalised(s, title_end - 1) && body.how == Resolution::kPattern) continue;
        // "Ruritania's acting U.N. representative": the post is the possessive's, held at
        // the body.
        size_t u = body_begin;
        while (u > 0 && s.mention_at[u - 1] < 0 && IsOfficeModifier(s.lower[u - 1])) --u;
        if (u > 0 && (s.lower[u - 1] == "'s" || s.lower[u - 1] == "'" ||
                      s.lower[u - 1].ends_with("'s")))
          continue;
      }
      std::string titles;
      for (size_t t = title_begin; t < title_end; ++t) {
        if (!titles.empty()) titles += ' ';
        titles += s.lower[t] == "gen." ? "general" : s.lower[t];
      }
      Relation r;
      r.text = "be " + titles + " of";
      r.lemma = s.lower[title_end - 1] == "gen." ? "general" : s.lower[title_end - 1];
      r.category = Category::kNeutral;
      // "Democratic Senator Jane Roe": a party's adjective over a state's office names the
      // party's member; "Labour leader Tom Hale" holds the party's own post.
      if (body.how == Resolution::kDemonym && !possessive && IsParty(bodies[0]) &&
          !IsPartyPost(r.lemma)) {
        if (HasPair(out, person.actor, bodies[0])) continue;
        r.text = "be member of";
        r.lemma = "member";
      }
      EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, TokenSpan(s, title_begin, title_end),
                {{owner, bodies[0]}}, kName, 0.8, out);
    }
  }

 private:
  bool title_affiliations_;
};

}  // namespace

std::unique_ptr<Extractor> MakeAffiliationExtractor(const ExtractorContext& context) {
  return std::make_unique<AffiliationExtractor>(context.title_affiliations);
}

bool IsPostNoun(std::string_view w) { return IsOfficeNoun(w); }

}  // namespace actorgraph::extract
