#include "extract/word_classes.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace actorgraph::words {
namespace {

template <size_t N>
bool In(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

bool IsBe(std::string_view w) {
  static constexpr std::array<std::string_view, 10> k = {
      "be", "is", "are", "was", "were", "been", "being", "'re", "am", "'m"};
  return In(k, w);
}
bool IsHave(std::string_view w) {
  static constexpr std::array<std::string_view, 5> k = {"have", "has", "had", "having", "'ve"};
  return In(k, w);
}
bool IsDo(std::string_view w) {
  static constexpr std::array<std::string_view, 3> k = {"do", "does", "did"};
  return In(k, w);
}
bool IsFuture(std::string_view w) {
  static constexpr std::array<std::string_view, 3> k = {"will", "shall", "'ll"};
  return In(k, w);
}
bool IsModal(std::string_view w) {
  static constexpr std::array<std::string_view, 7> k = {"may",    "might", "could", "would",
                                                        "should", "can",   "must"};
  return In(k, w);
}
bool IsNegation(std::string_view w) {
  static constexpr std::array<std::string_view, 4> k = {"not", "n't", "never", "cannot"};
  return In(k, w);
}
bool IsHedge(std::string_view w) {
  static constexpr std::array<std::string_view, 6> k = {"reportedly", "allegedly", "rarely",
                                                        "seldom",     "hardly",    "scarcely"};
  return In(k, w);
}
bool IsAdverb(std::string_view w) {
  static constexpr std::array<std::string_view, 23> k = {
      "also",  "still",  "already", "now",   "again", "just",   "recently", "once",
      "further", "even", "ever",    "yet",   "long",  "first",  "later",    "soon",
      "then",  "often",  "together", "jointly", "reportedly", "allegedly", "seldom"};
  if (In(k, w)) return true;
  // "-ly" adverbs; a few common -ly words are not adverbs.
  static constexpr std::array<std::string_view, 6> not_adverbs = {"italy", "ally", "rally",
                                                                  "family", "early", "july"};
  return w.size() > 4 && w.ends_with("ly") && !In(not_adverbs, w);
}
bool IsDeterminer(std::string_view w) {
  static constexpr std::array<std::string_view, 14> k = {
      "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our",
      "some", "any"};
  return In(k, w);
}
bool IsPreposition(std::string_view w) {
  static constexpr std::array<std::string_view, 26> k = {
      "with",  "on",    "of",     "against", "to",   "for",     "from",   "in",    "into",
      "at",    "by",    "over",   "toward",  "towards", "about", "upon", "across", "between",
      "among", "after", "before", "during",  "under", "through", "via",  "off"};
  return In(k, w);
}
bool IsRelativePronoun(std::string_view w) {
  return w == "which" || w == "who" || w == "whom" || w == "that";
}
bool IsQuantifier(std::string_view w) {
  static constexpr std::array<std::string_view, 9> k = {"both", "all",  "each",  "one", "two",
                                                        "none", "some", "three", "either"};
  return In(k, w);
}
bool IsCoordinator(std::string_view w) { return w == "and" || w == "&" || w == "or" || w == "nor"; }
bool IsPunctuation(std::string_view w) {
  return std::none_of(w.begin(), w.end(),
                      [](unsigned char c) { return std::isalnum(c) || c >= 0x80; });
}
bool IsTitleWord(std::string_view w) {
  static constexpr std::array<std::string_view, 33> k = {
      "president", "minister",  "prime",      "foreign",    "defence",   "defense",
      "general",   "gen.",      "commander",  "leader",     "spokesman", "spokeswoman",
      "spokesperson", "ambassador", "envoy",  "secretary",  "chancellor", "king",
      "queen",     "prince",    "chief",      "head",       "senator",   "governor",
      "deputy",    "vice",      "supreme",    "ayatollah",  "premier",   "official",
      "chairman",  "chairwoman", "chair"};
  return In(k, w);
}
bool IsStateHead(std::string_view w) {
  static constexpr std::array<std::string_view, 59> k = {
      "forces",   "troops",    "military",   "army",      "navy",    "government", "officials",
      "authorities", "warplanes", "jets",    "soldiers",  "police",  "drones",     "envoy",
      "envoys",   "delegation", "diplomats", "negotiators", "administration", "leadership",
      "regime",   "leaders",   "commanders", "fighters",  "militants", "positions", "base",
      "bases",    "warships",  "embassy",    "junta",     "divisions", "brigades",  "battalions",
      "units",    "militia",   "militias",   "rebels",
      // Bodies of the state that act for it: "a Russian court sentenced ...".
      "parliament", "lawmakers", "legislators", "cabinet", "ministry", "prosecutors",
      "court",    "courts",    "regulators", "judiciary", "consulate", "intelligence",
      "spies",    "guards",    "soldier",    "troop",     "servicemen", "marines",
      "paratroopers", "ambassador", "ambassadors"};
  return In(k, w);
}

bool IsOfficeHead(std::string_view w) {
  if (w == "official" || w == "general" || w == "gen." || w == "head" || w == "chief" ||
      w == "deputy" || w == "vice" || w == "supreme" || w == "foreign" || w == "prime" ||
      w == "defence" || w == "defense")
    return false;
  if (IsTitleWord(w)) return true;
  static constexpr std::array<std::string_view, 17> k = {
      "emir",     "sultan",         "monarch", "government", "army",       "navy",
      "military", "parliament",     "cabinet", "administration", "regime", "leadership",
      "junta",    "ministry",       "embassy", "president-elect", "spokesperson"};
  return In(k, w);
}

bool IsBodyKindNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 48> k = {
      "company", "firm", "group", "faction", "organization", "organisation", "charity",
      "agency", "network", "militia", "movement", "union", "coalition", "alliance", "party",
      "band", "club", "team", "institute", "association", "society", "bank", "broadcaster",
      "newspaper", "magazine", "outlet", "website", "foundation", "nonprofit", "non-profit",
      "promotion", "label", "publisher", "startup", "conglomerate", "insurer", "airline",
      "carrier", "manufacturer", "maker", "producer", "retailer", "lab", "laboratory",
      "watchdog", "regulator", "daily", "tabloid"};
  return In(k, w);
}

bool IsPartNoun(std::string_view w) {
  static constexpr std::array<std::string_view, 11> k = {
      "member", "subsidiary", "unit", "division", "branch", "affiliate", "territory",
      "province", "colony", "dependency", "protectorate"};
  return In(k, w);
}

bool IsPartModifier(std::string_view w) {
  static constexpr std::array<std::string_view, 10> k = {
      "founding", "wholly", "owned", "wholly-owned", "majority-owned", "overseas",
      "commonwealth", "constituent", "unincorporated", "autonomous"};
  return In(k, w);
}

bool IsPluralOfficeHead(std::string_view w) {
  static constexpr std::array<std::string_view, 22> k = {
      "states",     "countries", "nations",     "governments", "navies",      "armies",
      "militaries", "forces",    "leaders",     "presidents",  "ministers",   "premiers",
      "heads",      "delegations", "ambassadors", "envoys",    "parliaments", "monarchs",
      "kings",      "emirs",     "chancellors", "spokesmen"};
  return In(k, w);
}

bool IsStateMateriel(std::string_view w) {
  static constexpr std::array<std::string_view, 27> k = {
      "vessel",  "vessels",  "ship",     "ships",      "boat",      "boats",   "warship",
      "jet",     "warplane", "plane",    "planes",     "aircraft",  "airliner", "helicopter",
      "helicopters", "drone", "missile", "missiles",   "rocket",    "rockets", "airstrike",
      "airstrikes", "submarine", "submarines", "frigate", "destroyer", "gunboats"};
  return In(k, w);
}

bool IsStateHeadPair(std::string_view first, std::string_view second) {
  // Two-word heads whose second word alone would be too wide: "coast guard", "air force",
  // "state media", "air strikes".
  if (first == "coast" && (second == "guard" || second == "guards")) return true;
  if (first == "air" && (second == "force" || second == "strike" || second == "strikes"))
    return true;
  if (first == "border" && second == "guard") return true;
  if (first == "state" && (second == "media" || second == "television" || second == "tv"))
    return true;
  return false;
}

bool IsCatenative(std::string_view lemma, std::string_view* modality, bool* negates) {
  struct Entry {
    std::string_view lemma, modality;
    bool negates;
  };
  static constexpr std::array<Entry, 27> k = {{
      {"continue", "", false}, {"begin", "", false},    {"start", "", false},
      {"seek", "seek", false}, {"try", "try", false},   {"attempt", "try", false},
      {"want", "want", false}, {"plan", "plan", false}, {"intend", "plan", false},
      {"threaten", "threaten", false}, {"vow", "vow", false}, {"promise", "promise", false},
      {"pledge", "promise", false},    {"commit", "promise", false},
      {"decide", "", false}, {"agree", "", false},
      {"refuse", "", true},    {"fail", "", true},      {"appear", "appear", false},
      {"hope", "hope", false}, {"prepare", "plan", false},
      // "claimed to have killed", "aims to expand", "offered to mediate".
      {"claim", "claim", false}, {"aim", "plan", false}, {"offer", "promise", false},
      {"need", "need", false}, {"wish", "want", false},
      {"seem", "appear", false},
  }};
  for (const auto& e : k) {
    if (e.lemma == lemma) {
      *modality = e.modality;
      *negates = e.negates;
      return true;
    }
  }
  return false;
}

bool IsVerbOfGetting(std::string_view lemma) {
  static constexpr std::array<std::string_view, 11> k = {
      "seek", "win",  "receive", "get",     "secure", "gain",
      "earn", "lose", "obtain",  "request", "ask for"};
  return In(k, lemma);
}

namespace {

bool IsDayWord(std::string_view w) {
  return w == "monday" || w == "tuesday" || w == "wednesday" || w == "thursday" ||
         w == "friday" || w == "saturday" || w == "sunday" || w == "yesterday" ||
         w == "today" || w == "tonight" || w == "tomorrow";
}

bool IsMonthWord(std::string_view w) {
  return w == "january" || w == "february" || w == "march" || w == "april" || w == "june" ||
         w == "july" || w == "august" || w == "september" || w == "october" ||
         w == "november" || w == "december";  // "may" is a modal as often as a month
}

// "week", "years", "decade", "weekend", "morning".
bool IsTimeUnitWord(std::string_view w) {
  if (w.ends_with("s")) w.remove_suffix(1);
  return w == "day" || w == "week" || w == "month" || w == "year" || w == "decade" ||
         w == "weekend" || w == "night" || w == "morning" || w == "evening" ||
         w == "afternoon" || w == "centurie" || w == "century";
}

bool IsYear(std::string_view w) {
  return w.size() == 4 && std::all_of(w.begin(), w.end(), [](char c) {
           return std::isdigit(static_cast<unsigned char>(c));
         });
}

// "few", "several", "two", "12": a count before a time unit.
bool IsCountWord(std::string_view w) {
  if (!w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c));
      }))
    return true;
  return w == "few" || w == "several" || w == "many" || w == "two" || w == "three" ||
         w == "four" || w == "five" || w == "six" || w == "seven" || w == "eight" ||
         w == "nine" || w == "ten";
}

}  // namespace

size_t TimePhraseEnd(const std::vector<std::string>& lower, size_t k, size_t end) {
  end = std::min(end, lower.size());
  auto at = [&](size_t i) -> std::string_view { return i < end ? std::string_view(lower[i]) : ""; };
  std::string_view w = at(k);
  if (IsDayWord(w)) return k + 1;
  // "last week", "on Monday", "earlier this year", "late last month".
  if (w == "on" || w == "last" || w == "this" || w == "next" || w == "earlier" ||
      w == "later" || w == "late" || w == "early") {
    std::string_view next = at(k + 1);
    if (IsDayWord(next) || IsTimeUnitWord(next) || (w != "on" && IsMonthWord(next)))
      return k + 2;
    if (w != "on" && (next == "this" || next == "last" || next == "next") &&
        (IsTimeUnitWord(at(k + 2)) || IsMonthWord(at(k + 2))))
      return k + 3;
    return k;
  }
  if (w != "in" && w != "over" && w != "during" && w != "for" && w != "since" && w != "within")
    return k;
  size_t i = k + 1;
  // "in 2019", "since March", "in July 2019".
  if (w != "for" && w != "over" && (IsYear(at(i)) || IsMonthWord(at(i)))) {
    if (IsMonthWord(at(i)) && IsYear(at(i + 1))) return i + 2;
    return i + 1;
  }
  // "in the last few years", "over the past decade", "in recent months", "for years".
  if (at(i) == "the") ++i;
  bool span = at(i) == "last" || at(i) == "past" || at(i) == "next" || at(i) == "coming" ||
              at(i) == "recent";
  if (span) ++i;
  if (!span && (at(k + 1) == "the" || w == "in" || w == "since" || w == "during")) return k;
  if (IsCountWord(at(i))) ++i;
  return IsTimeUnitWord(at(i)) && (span || w == "for" || w == "over") ? i + 1 : k;
}

}  // namespace actorgraph::words
