#include "actors/coreference.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "actors/capitalised_names.h"
#include "actors/word_lists.h"

namespace actorgraph::actors_internal {
namespace {

// Sentences a reference looks back over; a title ("the president") is rarer and more
// specific, so it may look further.
constexpr size_t kLookBack = 3;
constexpr size_t kTitleLookBack = 5;
// Words a lead-in before the subject may have ("On Monday," "Earlier this week,").
constexpr size_t kMaxLeadIn = 6;
// Words a subordinate clause before the subject may have ("When X announced ...,").
constexpr size_t kMaxSubordinateClause = 30;
// Words (marks included) a quotation has at least to count as speech.
constexpr size_t kSpeechWords = 8;

using WordSet = std::unordered_set<std::string_view>;

bool In(const WordSet& set, std::string_view key) { return set.count(key) > 0; }

bool IsReportingVerb(std::string_view key) {
  static const WordSet kVerbs = {
      "said", "says", "say", "added", "adds", "announced", "announces", "stated", "states",
      "warned", "warns", "claimed", "claims", "insisted", "insists", "confirmed", "confirms",
      "denied", "denies", "noted", "notes", "argued", "argues", "told", "tells", "believes",
      "believed", "hopes", "hoped", "expects", "expected", "declared", "declares", "explained",
      "reported", "reports", "wrote", "writes", "tweeted", "asserted", "maintained",
      "acknowledged", "admitted", "promised", "pledged", "vowed", "threatened", "indicated",
      "suggested", "revealed", "disclosed", "alleged", "countered", "replied", "responded",
      "stressed", "emphasised", "emphasized", "urged", "accused", "demanded", "agreed",
      "decided", "thinks", "thought", "knew", "feels", "felt", "estimated", "predicted"};
  return In(kVerbs, key);
}

// A word that can be the verb after a subject "it": an auxiliary or modal, or a verb form
// ending in -ed or -s ("it agreed", "it plans").
bool LooksLikeVerb(std::string_view key) {
  static const WordSet kAuxiliaries = {
      "would", "will", "had", "has", "have", "was", "is", "could", "can", "may", "might",
      "should", "must", "did", "does", "do", "'d", "'s", "'ll", "shall", "also", "still",
      "now", "already", "never", "not", "no", "sold", "bought", "made", "took", "won", "lost",
      "paid", "held", "began", "saw", "got", "gave", "met", "sent", "left", "became", "knew"};
  if (In(kAuxiliaries, key)) return true;
  if (key.size() > 3 && key.ends_with("ed")) return true;
  return key.size() > 3 && key.ends_with("s") && !key.ends_with("ss") && !key.ends_with("us");
}

// Words that close a clause: a person before one can be the antecedent of "him" after it.
bool IsClauseBoundary(const Word& word) {
  static const WordSet kWords = {"that", "and", "but", "or", "who", "which", "when", "after",
                                 "before", "because", "while", "if", "as", "since", "although",
                                 "though", "whether", "until", "where", "so"};
  if (word.kind == WordKind::kPunct) {
    return word.text == "," || word.text == ";" || word.text == ":" || IsQuotationMark(word) ||
           word.text == "(" || word.text == ")";
  }
  return word.kind == WordKind::kWord && (In(kWords, word.key) || IsReportingVerb(word.key));
}

// Words that may open a sentence before a comma and its subject: "On Monday,", "However,".
bool IsLeadInStart(std::string_view key) {
  static const WordSet kWords = {
      "on", "in", "at", "last", "earlier", "later", "meanwhile", "however", "yesterday",
      "today", "also", "separately", "additionally", "then", "now", "speaking", "during",
      "this", "next", "previously", "recently", "in", "since", "by", "according", "overall",
      "furthermore", "moreover", "nevertheless", "still", "instead", "afterwards", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "following", "early"};
  return In(kWords, key);
}

// Words that open a subordinate clause before the main one: "When ...,", "After ...,".
bool IsSubordinator(std::string_view key) {
  static const WordSet kWords = {"when",   "after",  "before", "while",  "although",
                                 "though", "because", "as",    "once",   "until",
                                 "unless", "if",     "whereas", "whilst"};
  return In(kWords, key);
}

// Common first names whose bearer's gender the news rarely leaves in doubt.
Gender FirstNameGender(std::string_view key) { return GivenNameGender(key); }

// The gender a title before a name shows: "Mr.", "Queen", "Congresswoman".
Gender TitleGender(std::string_view key) {
  static const WordSet kFemale = {"mrs", "ms", "miss", "queen", "princess", "dame", "lady",
                                  "congresswoman", "spokeswoman", "chairwoman", "sister",
                                  "madam", "duchess", "empress"};
  static const WordSet kMale = {"mr", "mufti", "king", "prince", "sir", "lord", "congressman",
                                "spokesman", "chairman", "sheikh", "emir", "sultan", "pope",
                                "father", "brother", "duke", "emperor", "ayatollah", "imam",
                                "rabbi", "cardinal", "archbishop", "bishop"};
  if (In(kFemale, key)) return Gender::kFemale;
  if (In(kMale, key)) return Gender::kMale;
  return Gender::kUnknown;
}

// Titles held by one person of a realm or church at a time: "the Queen" is the one the
// document names, however far back.
bool IsSovereignTitle(std::string_view key) {
  return key == "queen" || key == "king" || key == "pope" || key == "emperor";
}

// Title words a person may be referred back to by ("the president", "the minister").
const WordSet& TitleHeads() {
  static const WordSet kHeads = {
      "president", "minister", "leader", "senator", "chancellor", "king", "queen", "governor",
      "mayor", "secretary", "premier", "ambassador", "chairman", "chairwoman", "pope", "prince",
      "princess", "emir", "sultan", "general", "commander", "envoy", "spokesman",
      "spokeswoman", "congressman", "congresswoman", "judge", "prosecutor", "monarch",
      "ayatollah", "emperor"};
  return kHeads;
}

// One actor mention as a candidate antecedent.
struct Candidate {
  size_t begin = 0;  // words in its sentence
  size_t end = 0;
  Actor actor;
  bool in_quote = false;
  bool modifier = false;  // "Iranian officials", "US-Iran talks", "his"
  bool foreign_presence = false;  // "US troops", "U.S. citizens": see IsForeignPresenceHead
  bool affiliation_only = false;  // the state a body belongs to: counts, never chosen
  bool qualifier = false;  // "Scripps director Margaret Leinen": qualifies a role, no person
  // Inside a quotation of at least kSpeechWords words in its sentence: speech, not a
  // nickname or a title in quotation marks ("nicknamed the 'Kim Kardashian of X'").
  bool in_speech = false;
  // Before a currency: "the rise of the Taiwan dollar against the U.S. Dollar". Either may
  // be the country in focus, so it counts, but it is never chosen on its own strength.
  bool currency = false;
  // For a description resolved before ("the coalition"), its head: what the sentence
  // calls that actor, which another description ("the group") does not name again.
  std::string kind = "";
};

// Lower-case heads after an actor that make it a modifier of something else: "US troops",
// "EU law", "Iranian officials". A country so named is seldom the country a later "the
// country" means ("5000 U.S. troops now in the country" is Iraq).
bool IsCurrencyHead(std::string_view key) {
  return key == "dollar" || key == "dollars" || key == "dlr" || key == "dlrs";
}

bool IsForeignPresenceHead(std::string_view key) {
  static const WordSet kWords = {
      "troops", "forces", "soldiers", "military", "citizens", "nationals", "embassy",
      "diplomats", "officials", "official", "law", "laws", "media", "army", "navy", "police",
      "court", "courts", "agents", "personnel", "envoy", "ambassador", "delegation",
      "companies", "firms", "banks", "investors", "tourists", "residents", "students",
      "workers", "journalists", "warships", "jets", "drones", "bases", "base", "intelligence"};
  return In(kWords, key);
}

struct SentenceInfo {
  std::vector<Candidate> candidates;  // named and resolved mentions, in order
  int subject = -1;                   // index into candidates, or -1
  // A person the finder did not know is in focus: a "he"/"she" left unresolved, or an
  // unknown capitalised subject ("Richardson served as ..."). A later pronoun cannot look
  // past it.
  bool unknown_person = false;
  // A "he" (or "she") of this sentence left unresolved: a later one of the same gender in
  // the sentence is most likely the same unknown person ("She married X, whom she
  // divorced"), so it is left alone too.
  bool unresolved_male = false;
  bool unresolved_female = false;
  size_t unresolved_at = 0;  // the word after the last such pronoun
  // A "he" (or "she") inside a quotation that named no one before it: the speech is about
  // a man (a woman) it does not name, so a person named outside it, most often the
  // speaker, is not the only one in focus ("X said, 'He was a great leader.' His daughter").
  bool quoted_male = false;
  bool quoted_female = false;
};

// What a reference needs of its antecedent.
enum class Need {
  kPerson,
  kCountry,
  kGovernment,  // a country, exactly one in focus
  kSubState,    // a state of a federation or a province: a country with a sovereign
  kCompany,
  kCompanyOrGroup,
  kHeadNamed,  // an organisation or group whose name has the description's head
  kChamber,    // a legislature or one of its chambers ("the Senate", "the parliament")
  kBloc,
  kTitled,     // a person with a title ending in the head
  kItActor,    // "it": a country, organisation, company or armed group
};

// Words whose presence in a body's name shows it is not a firm.
bool HasNonCompanyHead(std::string_view name) {
  static const WordSet kHeads = {
      "parliament", "ministry", "council", "army", "party", "court", "guard", "guards",
      "corps", "forces", "force", "agency", "committee", "commission", "police", "front",
      "movement", "union", "organization", "organisation", "association", "institute",
      "university", "assembly", "senate", "congress", "navy", "department", "office",
      "authority", "service", "bureau", "federation", "league", "alliance", "coalition",
      "brigade", "brigades", "militia", "fund", "foundation", "tribunal", "secretariat",
      "directorate", "command", "board", "nations", "government", "administration",
      "state", "states", "republic", "kingdom", "house", "cabinet", "bank", "reserve",
      "community", "pact", "treaty", "church", "school", "college", "hospital", "network",
      "times", "journal", "post", "news", "press", "daily"};
  std::string word;
  auto flush = [&] {
    bool hit = In(kHeads, word);
    word.clear();
    return hit;
  };
  for (char c : name) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    } else if (!word.empty() && flush()) {
      return true;
    }
  }
  return !word.empty() && flush();
}

bool NameHasWord(std::string_view name, std::string_view head) {
  std::string word;
  for (size_t i = 0; i <= name.size(); ++i) {
    char c = i < name.size() ? name[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c))) {
      word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
      continue;
    }
    if (word == head) return true;
    word.clear();
  }
  return false;
}

bool IsBloc(const Actor& actor) {
  static const WordSet kBlocs = {"european_union", "asean", "african_union", "opec",
                                 "mercosur", "gulf_cooperation_council", "arab_league",
                                 "eurasian_economic_union", "brics", "g7", "g20", "nato",
                                 "shanghai_cooperation_organisation", "ecowas"};
  return In(kBlocs, actor.id);
}

struct Description {
  std::vector<std::string_view> keys;  // after "the"
  Need need;
  // A body's kind ("the court", "the network"): the antecedent must be the only one in
  // reach, and the description must end where a noun phrase can (see BodyDescriptionEnds).
  bool body = false;
};

const std::vector<Description>& Descriptions() {
  static const std::vector<Description> kDescriptions = {
      {{"prime", "minister"}, Need::kTitled},
      {{"foreign", "minister"}, Need::kTitled},
      {{"defence", "minister"}, Need::kTitled},
      {{"defense", "minister"}, Need::kTitled},
      {{"secretary", "-", "general"}, Need::kTitled},
      {{"secretary", "general"}, Need::kTitled},
      {{"supreme", "leader"}, Need::kTitled},
      {{"country"}, Need::kCountry},
      {{"nation"}, Need::kCountry},
      {{"government"}, Need::kGovernment},
      {{"company"}, Need::kCompany},
      {{"firm"}, Need::kCompany},
      {{"carrier"}, Need::kCompany},
      {{"airline"}, Need::kCompany},
      {{"group"}, Need::kCompanyOrGroup},
      {{"organisation"}, Need::kHeadNamed},
      {{"organization"}, Need::kHeadNamed},
      {{"agency"}, Need::kHeadNamed},
      {{"alliance"}, Need::kHeadNamed},
      {{"party"}, Need::kHeadNamed},
      {{"militia"}, Need::kHeadNamed},
      {{"movement"}, Need::kHeadNamed},
      {{"network"}, Need::kHeadNamed, true},
      {{"broadcaster"}, Need::kHeadNamed, true},
      {{"commission"}, Need::kHeadNamed, true},
      {{"court"}, Need::kHeadNamed, true},
      {{"coalition"}, Need::kHeadNamed, true},
      {{"council"}, Need::kHeadNamed, true},
      {{"ministry"}, Need::kHeadNamed, true},
      {{"university"}, Need::kHeadNamed, true},
      {{"police"}, Need::kHeadNamed, true},
      {{"fire", "service"}, Need::kHeadNamed, true},
      {{"state", "senate"}, Need::kChamber, true},
      {{"senate"}, Need::kChamber, true},
      {{"house"}, Need::kChamber, true},
      {{"congress"}, Need::kChamber, true},
      {{"parliament"}, Need::kChamber, true},
      {{"legislature"}, Need::kChamber, true},
      // "Wisconsin ... the state using the National Guard": a state of a federation.
      {{"state"}, Need::kSubState, true},
      {{"bloc"}, Need::kBloc},
      {{"president"}, Need::kTitled},
      {{"minister"}, Need::kTitled},
      {{"leader"}, Need::kTitled},
      {{"senator"}, Need::kTitled},
      {{"chancellor"}, Need::kTitled},
      {{"premier"}, Need::kTitled},
      {{"king"}, Need::kTitled},
      {{"queen"}, Need::kTitled},
      {{"governor"}, Need::kTitled},
      {{"mayor"}, Need::kTitled},
      {{"ambassador"}, Need::kTitled},
      {{"chairman"}, Need::kTitled},
      {{"pope"}, Need::kTitled},
      {{"emperor"}, Need::kTitled},
      {{"emir"}, Need::kTitled},
      {{"prince"}, Need::kTitled},
      {{"princess"}, Need::kTitled},
      {{"sultan"}, Need::kTitled},
      {{"judge"}, Need::kTitled},
      {{"prosecutor"}, Need::kTitled},
      {{"envoy"}, Need::kTitled},
      {{"commander"}, Need::kTitled},
      {{"congressman"}, Need::kTitled},
      {{"congresswoman"}, Need::kTitled},
      {{"chairwoman"}, Need::kTitled},
  };
  return kDescriptions;
}

// Words after a description that make it a different noun phrase: "the country of
// Iran", "the company's rival", "the group stage", "the president-elect".
bool EndsDescription(const std::vector<Word>& words, size_t end) {
  if (end >= words.size()) return true;
  const Word& next = words[end];
  if (next.kind == WordKind::kPossessive) return true;
  if (next.kind == WordKind::kHyphen) return false;
  if (next.kind == WordKind::kPunct) return next.text != "(";
  if (next.capitalised) return false;  // "the President Donald Trump", "the Group of 20"
  // "the government bond market", "the government regulators": a noun the description
  // qualifies.
  static const WordSet kNouns = {
      "stage", "leader", "leaders", "members", "member", "chief", "head", "spokesman",
      "spokeswoman", "official", "officials", "level", "'s", "bond", "bonds", "securities",
      "broker", "brokers", "regulator", "regulators", "statistics", "sources", "source",
      "debt", "spending", "employees", "workers", "troops", "forces", "role"};
  if (In(kNouns, next.key)) return false;
  if (next.key == "of") {
    // "accused the network of violating", "of \"swindling\"": what the actor is accused
    // of, not "the country of Iran".
    size_t k = end + 1;
    if (k < words.size() && IsQuotationMark(words[k])) ++k;
    return k < words.size() && words[k].kind == WordKind::kWord && !words[k].capitalised &&
           words[k].key.size() > 4 && words[k].key.ends_with("ing");
  }
  return next.key != "which" && next.key != "whose";
}

// Words that, said of a body where the news introduces it, give it the kind a later
// description names: "broadcast corporation X", "X, the country's largest television
// network", "X is a commission that": "the network", "the commission".
const std::unordered_map<std::string_view, std::vector<std::string_view>>& KindCues() {
  static const std::unordered_map<std::string_view, std::vector<std::string_view>> kCues = {
      {"network", {"network", "broadcaster", "broadcasting", "broadcast", "television", "tv"}},
      {"broadcaster", {"network", "broadcaster", "broadcasting", "broadcast", "television",
                       "tv"}},
      {"organization", {"organization", "organisation", "nonprofit", "charity", "ngo"}},
      {"group", {"group"}},
      {"company", {"company", "firm", "corporation", "conglomerate", "maker", "manufacturer",
                   "retailer", "broadcaster", "subsidiary"}},
      {"commission", {"commission"}}, {"court", {"court", "tribunal"}},
      {"coalition", {"coalition"}},   {"council", {"council"}},
      {"ministry", {"ministry"}},     {"university", {"university"}},
      {"police", {"police"}},         {"agency", {"agency"}},
      {"party", {"party"}},           {"alliance", {"alliance"}},
      {"movement", {"movement"}},     {"militia", {"militia"}}};
  return kCues;
}

// Words in a legislature's name: "Congress of the Philippines", "Nevada Legislature".
bool IsLegislatureName(std::string_view name) {
  static const std::vector<std::string_view> kWords = {
      "congress", "parliament", "legislature", "senate", "knesset", "duma", "bundestag",
      "riksdag", "sejm", "majlis", "storting", "folketing", "oireachtas", "althing"};
  for (std::string_view word : kWords) {
    if (NameHasWord(name, word)) return true;
  }
  return NameHasWord(name, "house") && NameHasWord(name, "representatives");
}

// "the Senate" names a body with "Senate" in its name; "the House" a lower chamber ("House
// of Representatives", "House of Commons"), never the White House; "the state senate" a
// senate other than the US one.
bool NamesChamber(const Actor& actor, std::string_view head) {
  if (actor.type != ActorType::kOrganization) return false;
  // "Senate Banking Committee" is a body of the Senate, not the Senate.
  for (std::string_view part : {"committee", "subcommittee", "commission", "caucus"}) {
    if (NameHasWord(actor.name, part)) return false;
  }
  if (head == "house") {
    return NameHasWord(actor.name, "house") &&
           (NameHasWord(actor.name, "representatives") || NameHasWord(actor.name, "commons") ||
            NameHasWord(actor.name, "lords") || NameHasWord(actor.name, "delegates"));
  }
  if (head == "state senate") {
    return NameHasWord(actor.name, "senate") && actor.id != "united_states_senate";
  }
  return NameHasWord(actor.name, head);
}

// A body's kind after "the" names that body only when its noun phrase ends there, before
// a verb, a function word or punctuation: "the court ruled", "the network's franchise",
// "the police in"; not "the court system", "the coalition government", "the police
// officers", where it qualifies another noun.
bool BodyDescriptionEnds(const std::vector<Word>& words, size_t end) {
  if (!EndsDescription(words, end)) return false;
  if (end >= words.size()) return true;
  const Word& next = words[end];
  if (next.kind != WordKind::kWord) return true;
  // Plural nouns a kind qualifies, which the -s test below would read as verbs.
  static const WordSet kPluralNouns = {
      "members", "officers", "officials", "forces", "partners", "leaders", "judges",
      "rulings", "cases", "hearings", "proceedings", "documents", "filings", "orders",
      "records", "seats", "votes", "elections", "candidates", "sources", "spokesmen",
      "stations", "channels", "programs", "programmes", "shows", "executives", "staffers",
      "reports", "chiefs", "commissioners", "rules", "regulations", "guidelines",
      "decisions", "findings", "papers", "rules", "students", "researchers", "scientists",
      "professors", "units", "troops", "countries", "nations", "states", "parties"};
  if (In(kPluralNouns, next.key)) return false;
  // "the network didn't carry", "the court won't": a negated auxiliary.
  if (next.key.size() > 3 && next.key.ends_with("n't")) return true;
  // "The coalition came to Iraq": an irregular past tense, which the -ed test misses. Forms
  // that are nouns as well ("cut", "set", "hit") are left out.
  static const WordSet kIrregularPast = {
      "came", "went", "began", "became", "brought", "fought", "found", "gave", "got", "grew",
      "held", "kept", "knew", "led", "left", "lost", "made", "met", "paid", "ran", "rose",
      "saw", "sent", "sought", "spent", "spoke", "stood", "struck", "took", "told", "thought",
      "threw", "won", "wrote", "fell", "felt", "built", "broke", "chose", "drew", "drove",
      "flew", "froze", "heard", "meant", "sold", "shut", "taught", "understood", "withdrew",
      "arose", "dealt", "fled", "forgave", "overturned", "oversaw", "overcame", "shook",
      "stole", "swore", "swept", "undertook", "upheld", "wore", "forbade", "bought"};
  if (In(kIrregularPast, next.key)) return true;
  return IsFunctionWord(next.key) || IsReportingVerb(next.key) || LooksLikeVerb(next.key) ||
         (next.key.size() > 4 && next.key.ends_with("ly"));
}

// "the Senate minority leader", "the House majority whip": a chamber's party office
// after the chamber's name, which names the chamber the office is held in.
bool BeforeChamberOffice(const std::vector<Word>& words, size_t end) {
  return end + 1 < words.size() && words[end].kind == WordKind::kWord &&
         (words[end].key == "majority" || words[end].key == "minority") &&
         (words[end + 1].key == "leader" || words[end + 1].key == "whip");
}

// Whether a chamber's bare head at word w starts its own name: first in the sentence or
// after a lower-case word, punctuation or a party's adjective ("the Democratic Senate
// Minority Leader"), never after "the" or another capitalised word.
bool BareChamberStarts(const SentenceState& state, size_t w) {
  if (w == 0) return true;
  const Word& before = state.words[w - 1];
  if (before.kind != WordKind::kWord) return true;
  if (before.key == "the") return false;
  if (!before.capitalised) return true;
  const Found* party = state.EndingAt(w);
  return party != nullptr && party->how == Resolution::kDemonym && party->modifier &&
         party->actor.type == ActorType::kOrganization &&
         party->actor.name.find(" Party") != std::string::npos;
}

class Resolver {
 public:
  Resolver(const std::vector<SentenceState>& states, const CoreferenceOptions& options)
      : states_(states), options_(options) {
    std::unordered_map<std::string, std::unordered_set<std::string>> surname_owners;
    // Words written with a capital inside a sentence and covered by no mention: the
    // names the finder did not resolve.
    for (const SentenceState& state : states_) {
      if (state.heading) continue;
      std::vector<int> coverage = state.Coverage();
      for (size_t w = 1; w < state.words.size(); ++w) {
        const Word& word = state.words[w];
        const Word& before = state.words[w - 1];
        if (word.kind != WordKind::kWord || !word.capitalised || coverage[w] >= 0) continue;
        if (before.kind == WordKind::kPunct && before.text != ",") continue;
        names_.insert(word.key);
      }
      for (const Found& f : state.found) {
        if (f.actor.type != ActorType::kPerson || f.end == 0 || f.end > state.words.size()) {
          continue;
        }
        const Word& last = state.words[f.end - 1];
        if (f.end - f.begin >= 2 && last.kind == WordKind::kWord && last.capitalised &&
            last.key.size() > 2) {
          surname_owners[last.key].insert(f.actor.id);
        }
      }
    }
    for (const auto& [surname, owners] : surname_owners) {
      if (owners.size() >= 2) shared_surnames_.insert(surname);
    }
    for (const SentenceState& state : states_) NoteKinds(state);
  }

  std::vector<std::vector<Found>> Run() {
    std::vector<std::vector<Found>> out(states_.size());
    bool quote_open = false;
    for (size_t s = 0; s < states_.size(); ++s) {
      const SentenceState& state = states_[s];
      // A quotation left open at a paragraph's end is a stray mark: start afresh after a
      // heading.
      if (state.heading) quote_open = false;
      std::vector<bool> in_quote = QuoteMask(state.words, &quote_open);
      if (state.heading) quote_open = false;
      SentenceInfo info;
      std::vector<int> coverage = state.Coverage();
      for (const Found& f : state.found) {
        if (f.how == Resolution::kGroupReference) continue;
        bool presence = f.end < state.words.size() && IsForeignPresenceHead(state.words[f.end].key);
        info.candidates.push_back(
            {f.begin, f.end, f.actor, in_quote[f.begin], f.modifier, presence});
        info.candidates.back().currency =
            f.end < state.words.size() && IsCurrencyHead(state.words[f.end].key);
        if (in_quote[f.begin]) {
          size_t a = f.begin, b = f.end;
          while (a > 0 && in_quote[a - 1]) --a;
          while (b < state.words.size() && in_quote[b]) ++b;
          info.candidates.back().in_speech = b - a >= kSpeechWords;
        }
        // A body of a state stands for that state when counting the countries in focus
        // ("the Parliament of Iraq ... the country"): remember it, as an id only.
        if (f.actor.type == ActorType::kOrganization && !f.actor.affiliation.empty()) {
          Candidate owner;
          owner.begin = f.begin;
          owner.end = f.end;
          owner.actor.id = f.actor.affiliation;
          owner.actor.type = ActorType::kCountry;
          owner.in_quote = in_quote[f.begin];
          owner.affiliation_only = true;
          info.candidates.push_back(owner);
        }
        NoteGender(state.words, f);
      }
      for (Candidate& c : info.candidates) {
        c.qualifier = RoleBeforePerson(state.words, info.candidates, c);
      }
      // References come in text order, so that an earlier one can be a later one's
      // antecedent ("He said he ..."); they join the candidates as they resolve.
      current_ = &info;
      current_index_ = s;
      info.unknown_person = !state.heading && UnknownSubject(state, in_quote, coverage);
      for (size_t w = 0; w < state.words.size(); ++w) {
        if (coverage[w] >= 0 || state.heading) continue;
        std::optional<Found> found = ReferenceAt(state, in_quote, w);
        if (!found) {
          const std::string& key = state.words[w].key;
          // "When Mfume announced his resignation": a possessive left out because its
          // sentence names a person before it is not an unknown person.
          bool owner_before = false;
          if (key == "his" || key == "her") {
            for (const Candidate& c : info.candidates)
              owner_before |= c.end <= w && !c.in_quote && c.actor.type == ActorType::kPerson;
          }
          bool male = key == "he" || key == "him" || key == "his" || key == "himself";
          // "her" is left out: a ship or a country is "her" too ("her maiden voyage").
          bool female = key == "she" || key == "herself";
          if (in_quote[w] && (key == "he" || key == "she")) {
            // Unless the speech named its person before it ("'... President Reagan to say
            // that he will veto'").
            Gender g = male ? Gender::kMale : Gender::kFemale;
            bool named = false;
            for (const Candidate& c : info.candidates) {
              named |= c.in_quote && c.end <= w && Fits(c, Need::kPerson, "", g);
            }
            if (!named) (male ? info.quoted_male : info.quoted_female) = true;
          }
          // "As part of his campaign, President X pledged", "According to his wife, Ann,
          // Okafor died": a possessive in a phrase before the person it stands for.
          bool owner_after = (key == "his" || key == "her") && !in_quote[w] &&
                             CataphoricOwner(state.words, info.candidates, w,
                                             male ? Gender::kMale : Gender::kFemale);
          if (!in_quote[w] && !owner_before && !owner_after && (male || female)) {
            info.unknown_person = true;
            // Only a subject: "him" and "his" fail for reasons of their clause too.
            if (key == "he" || key == "she") {
              (male ? info.unresolved_male : info.unresolved_female) = true;
              info.unresolved_at = w + 1;
            }
          }
          continue;
        }
        w = found->end - 1;
        Candidate c{found->begin, found->end, found->actor, in_quote[found->begin],
                    found->modifier};
        if (state.words[found->begin].key == "the") c.kind = state.words[found->end - 1].key;
        auto at = info.candidates.begin();
        while (at != info.candidates.end() && at->begin < c.begin) ++at;
        info.candidates.insert(at, c);
        out[s].push_back(std::move(*found));
      }
      info.subject = Subject(state, info.candidates, in_quote);
      // Once its references are resolved ("The president said" names Trump).
      if (!state.heading && AnonymousPersonNoun(state, info.candidates)) {
        info.unknown_person = true;
      }
      infos_.push_back(std::move(info));
      current_ = nullptr;
    }
    return out;
  }

 private:
  // The kinds the sentence gives the bodies it names (see KindCues): the lower-case words
  // right before a name ("broadcast corporation X") or right after it ("the X network"),
  // and the noun phrase of an apposition or a copula ("X, the largest television
  // network,", "the largest network, X,", "X is a commission that").
  void NoteKinds(const SentenceState& state) {
    const auto& words = state.words;
    auto plain = [&](size_t k) {
      return words[k].kind == WordKind::kWord && !words[k].capitalised &&
             !IsFunctionWord(words[k].key);
    };
    // The words of a noun phrase from `k` on, after its determiner, up to a function word
    // or punctuation. Words before a possessive name its owner, not its kind: "the
    // company's biggest rival" is no company. Capitalised words are another name ("X, the
    // Lakeland Commission and Y"), and a verb makes the phrase the next clause's subject
    // ("In a filing with X, the group said"): neither gives X a kind.
    auto phrase_after = [&](size_t k, std::vector<std::string_view>* out) {
      static const WordSet kDeterminers = {"the", "a", "an", "its", "one"};
      static const WordSet kAuxiliaries = {"is", "was", "are", "were", "has", "had", "have",
                                           "would", "will", "could", "can", "may", "might",
                                           "should", "must", "did", "does", "do"};
      if (k >= words.size() || !In(kDeterminers, words[k].key)) return;
      std::vector<std::string_view> phrase;
      for (size_t x = k + 1; x < words.size() && x < k + 9; ++x) {
        const Word& word = words[x];
        if (word.kind == WordKind::kPossessive) {
          phrase.clear();
          continue;
        }
        if (word.kind == WordKind::kHyphen) continue;
        if (word.kind != WordKind::kWord || IsFunctionWord(word.key)) break;
        if (IsReportingVerb(word.key) || In(kAuxiliaries, word.key)) return;
        if (!word.capitalised) phrase.push_back(word.key);
      }
      out->insert(out->end(), phrase.begin(), phrase.end());
    };
    for (const Found& f : state.found) {
      if (f.actor.type != ActorType::kOrganization && f.actor.type != ActorType::kGroup) {
        continue;
      }
      std::vector<std::string_view> cues;
      for (size_t k = f.begin; k > 0 && k + 3 > f.begin && plain(k - 1); --k) {
        cues.push_back(words[k - 1].key);
      }
      if (f.end < words.size() && plain(f.end)) cues.push_back(words[f.end].key);
      // The comma that closes a lead-in ("In a filing with X, the group, led by Y, said")
      // opens the main clause, not an apposition.
      bool closes_lead_in = !words.empty() && IsLeadInStart(words[0].key);
      for (size_t k = 0; k < f.begin && closes_lead_in; ++k) {
        closes_lead_in = words[k].text != ",";
      }
      if (f.end + 1 < words.size() && words[f.end].text == "," && !closes_lead_in) {
        phrase_after(f.end + 1, &cues);
      }
      if (f.end + 1 < words.size() && (words[f.end].key == "is" || words[f.end].key == "was")) {
        phrase_after(f.end + 1, &cues);
      }
      if (f.begin >= 3 && words[f.begin - 1].text == ",") {
        // Back to the determiner of the phrase before the comma.
        size_t k = f.begin - 1;
        std::vector<std::string_view> before;
        bool owner = false;  // past a possessive, going back: the owner's words
        while (k > 0 && k + 8 > f.begin) {
          const Word& word = words[k - 1];
          if (word.key == "the" || word.key == "a" || word.key == "an") {
            cues.insert(cues.end(), before.begin(), before.end());
            break;
          }
          if (word.kind == WordKind::kPossessive || word.kind == WordKind::kHyphen) {
            owner |= word.kind == WordKind::kPossessive;
            --k;
            continue;
          }
          if (word.kind != WordKind::kWord || IsFunctionWord(word.key)) break;
          if (!owner && !word.capitalised) before.push_back(word.key);
          --k;
        }
      }
      for (std::string_view cue : cues) {
        for (const auto& [head, words_for_head] : KindCues()) {
          for (std::string_view w : words_for_head) {
            if (w == cue) kinds_[f.actor.id].insert(std::string(head));
          }
        }
      }
    }
  }

  bool Introduced(const std::string& id, std::string_view head) const {
    auto it = kinds_.find(id);
    return it != kinds_.end() && it->second.count(std::string(head)) > 0;
  }

  // For each word, whether it lies inside a quotation. `open` carries a quotation left
  // open from the previous sentence ("We will fight. We will win," he said).
  static std::vector<bool> QuoteMask(const std::vector<Word>& words, bool* open) {
    std::vector<bool> mask(words.size(), false);
    for (size_t w = 0; w < words.size(); ++w) {
      if (IsQuotationMark(words[w])) {
        // Curly quotes say which way they face; a straight one toggles.
        if (words[w].text == "\u201C" || words[w].text == "\u00AB") *open = true;
        else if (words[w].text == "\u201D" || words[w].text == "\u00BB") *open = false;
        else *open = !*open;
        mask[w] = true;
        continue;
      }
      mask[w] = *open;
    }
    return mask;
  }

  // Titles and gender shown right before a person's name: "Foreign Minister", "Mrs.".
  void NoteGender(const std::vector<Word>& words, const Found& f) {
    if (f.actor.type != ActorType::kPerson) return;
    Gender& g = gender_[f.actor.id];
    if (g == Gender::kUnknown && f.begin < words.size()) {
      g = FirstNameGender(words[f.begin].key);
    }
    if (g == Gender::kUnknown && !f.actor.name.empty()) {
      std::string first = f.actor.name.substr(0, f.actor.name.find(' '));
      for (char& c : first) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      g = FirstNameGender(first);
    }
    // A title the name itself opens: "Queen Elizabeth II", "Pope Francis" in the dictionary.
    if (f.end > f.begin + 1 && f.begin < words.size() && words[f.begin].kind == WordKind::kWord &&
        words[f.begin].capitalised && In(TitleHeads(), words[f.begin].key)) {
      titles_[f.actor.id].insert(words[f.begin].key);
    }
    // Words before the name: "US President", "Iran's Foreign Minister", "Mr.".
    size_t w = f.begin;
    for (size_t k = 0; k < 4 && w > 0; ++k) {
      const Word& before = words[w - 1];
      if (before.kind == WordKind::kPunct && before.text == ".") { --w; continue; }
      if (before.kind != WordKind::kWord && before.kind != WordKind::kHyphen) break;
      if (before.kind == WordKind::kWord) {
        Gender tg = TitleGender(before.key);
        if (tg != Gender::kUnknown) g = tg;
        if (In(TitleHeads(), before.key)) titles_[f.actor.id].insert(before.key);
        if (!before.capitalised && !IsTitleAdjective(before.key) &&
            !IsPortfolioWord(before.key) && !In(TitleHeads(), before.key) &&
            before.key != "foreign" && before.key != "prime") {
          break;
        }
      }
      --w;
    }
    // A kin noun right before the name, or before a comma before it, says more than the
    // given name: "Day's son, Terry Melcher," is a man whatever "Terry" suggests.
    size_t kin = f.begin;
    if (kin > 0 && words[kin - 1].text == ",") --kin;
    if (kin > 0 && words[kin - 1].kind == WordKind::kWord && !words[kin - 1].capitalised) {
      Gender kg = KinNounGender(words[kin - 1].key);
      if (kg != Gender::kUnknown) g = kg;
    }
    // An apposition after the name: "Zarif, Iran's foreign minister," "Rouhani, the
    // president of Iran,".
    size_t a = f.end;
    if (a < words.size() && words[a].text == ",") {
      for (size_t k = a + 1; k < words.size() && k < a + 7; ++k) {
        if (words[k].kind == WordKind::kPunct) break;
        if (words[k].kind == WordKind::kWord && In(TitleHeads(), words[k].key)) {
          bool ends = k + 1 >= words.size() || words[k + 1].kind == WordKind::kPunct ||
                      words[k + 1].key == "of";
          if (ends) titles_[f.actor.id].insert(words[k].key);
          break;
        }
      }
    }
  }

  // "Scripps Oceanography director Margaret Leinen said", "NASA administrator Jim
  // Bridenstine": a role after the actor, then a person — the actor only qualifies the
  // role; the person is the head.
  static bool RoleBeforePerson(const std::vector<Word>& words,
                               const std::vector<Candidate>& candidates, const Candidate& cand) {
    size_t k = cand.end;
    if (k >= words.size() || words[k].kind != WordKind::kWord || words[k].capitalised) {
      return false;
    }
    auto role = [](std::string_view key) {
      return IsRoleWord(key) || In(TitleHeads(), key) || IsSingleWordTitleKey(key);
    };
    if (!role(words[k].key)) return false;
    for (size_t steps = 0; k < words.size() && steps < 4; ++k, ++steps) {
      for (const Candidate& other : candidates) {
        if (other.begin == k && other.actor.type == ActorType::kPerson) return true;
      }
      const Word& word = words[k];
      if (word.kind == WordKind::kHyphen) continue;
      if (word.kind != WordKind::kWord) return false;
      if (!word.capitalised && !role(word.key) && !IsTitleAdjective(word.key) &&
          !IsPortfolioWord(word.key)) {
        return false;
      }
    }
    return false;
  }

  // A possessive "his"/"her" at `w` in a phrase a comma closes, then a person named after
  // that comma whose gender agrees — the first person named after it: "As part of his
  // campaign, President X pledged", "According to his wife, Ann, Okafor died" (Ann is
  // not his). The pronoun stands for that person, so it shows no unknown one.
  bool CataphoricOwner(const std::vector<Word>& words, const std::vector<Candidate>& candidates,
                       size_t w, Gender gender) const {
    size_t comma = w + 1;
    while (comma < words.size() && comma < w + 8 && words[comma].text != "," &&
           !IsQuotationMark(words[comma]))
      ++comma;
    if (comma >= words.size() || words[comma].text != ",") return false;
    for (const Candidate& c : candidates) {
      if (c.begin <= w || c.actor.type != ActorType::kPerson || c.modifier) continue;
      if (c.begin < comma || c.in_quote) return false;  // a person inside the phrase
      if (!Fits(c, Need::kPerson, "", gender)) continue;
      return true;
    }
    return false;
  }

  // The subject of a sentence: the index of a candidate, or -1.
  static int Subject(const SentenceState& state, const std::vector<Candidate>& candidates,
                     const std::vector<bool>& in_quote) {
    const auto& words = state.words;
    if (words.empty() || candidates.empty()) return -1;
    // "'We will respond,' Trump said." / "... said Trump."
    if (IsQuotationMark(words[0])) {
      size_t close = 1;
      while (close < words.size() && in_quote[close] && !IsQuotationMark(words[close])) ++close;
      size_t after = close + 1;
      if (after < words.size() && words[after].text == ",") ++after;
      for (size_t c = 0; c < candidates.size(); ++c) {
        const Candidate& cand = candidates[c];
        if (cand.begin < after || cand.affiliation_only) continue;
        if (cand.begin == after && cand.end < words.size() &&
            IsReportingVerb(words[cand.end].key)) {
          return static_cast<int>(c);
        }
        if (after < words.size() && IsReportingVerb(words[after].key) &&
            cand.begin <= after + 4) {
          return static_cast<int>(c);
        }
        break;
      }
      return -1;
    }
    size_t start = 0;
    if (words[0].kind == WordKind::kWord && IsLeadInStart(words[0].key)) {
      size_t comma = 1;
      while (comma < words.size() && comma <= kMaxLeadIn && words[comma].text != ",") ++comma;
      if (comma < words.size() && words[comma].text == ",") start = comma + 1;
    }
    // A possessive or a modifier before the head ("Iran's foreign minister Zarif", "US
    // President Trump") is part of the subject's prefix: the words from `from` to the
    // candidate may be titles, capitalised words and other mentions only.
    auto prefix_ok = [&](size_t from, const Candidate& cand) {
      for (size_t w = from; w < cand.begin; ++w) {
        const Word& word = words[w];
        if (word.kind == WordKind::kHyphen || word.kind == WordKind::kPossessive) continue;
        if (word.kind == WordKind::kPunct) return false;
        bool covered = false;
        for (const Candidate& other : candidates) {
          if (w >= other.begin && w < other.end) covered = true;
        }
        // "On Monday, the Turkish President X": the determiner a capital opens elsewhere.
        if (w == from && (word.key == "the" || word.key == "a")) continue;
        if (!(covered || word.capitalised || IsTitleAdjective(word.key) ||
              IsSingleWordTitleKey(word.key) || IsRoleWord(word.key) ||
              IsPortfolioWord(word.key) || word.key == "foreign" || word.key == "prime")) {
          return false;
        }
      }
      return true;
    };
    // "When Representative Mfume announced his resignation, Cummings joined the race": a
    // clause opened by a subordinator has its own subject; the sentence's comes after the
    // comma that closes it.
    if (start == 0 && words[0].kind == WordKind::kWord && IsSubordinator(words[0].key)) {
      size_t comma = 1;
      while (comma < words.size() && comma <= kMaxSubordinateClause &&
             words[comma].text != "," && !in_quote[comma])
        ++comma;
      if (comma + 1 < words.size() && words[comma].text == ",") start = comma + 1;
      else return -1;
    }
    // "Though she was nominated for Pillow Talk, opposite Rock Hudson, Day considered", "On
    // Monday, as part of his campaign, President X pledged": a short prepositional phrase
    // after the comma that closes the lead-in or clause; the subject follows the next one.
    static const WordSet kPrepositions = {
        "opposite", "with", "in", "at", "on", "for", "from", "by", "during", "after",
        "before", "alongside", "among", "like", "unlike", "despite", "including", "as",
        "to", "of", "near", "under", "against", "without", "through", "amid"};
    while (start > 0 && start < words.size() && In(kPrepositions, words[start].key) &&
           !in_quote[start]) {
      size_t next = start + 1;
      while (next < words.size() && next < start + 10 && words[next].kind != WordKind::kPunct)
        ++next;
      if (next + 1 >= words.size() || words[next].text != ",") break;
      start = next + 1;
    }
    for (size_t c = 0; c < candidates.size(); ++c) {
      const Candidate& cand = candidates[c];
      if (cand.begin < start || cand.affiliation_only) continue;
      bool possessive = cand.end < words.size() && words[cand.end].kind == WordKind::kPossessive;
      if (!prefix_ok(start, cand)) return -1;
      if (possessive || cand.modifier) continue;
      if (RoleBeforePerson(words, candidates, cand)) continue;
      // "The US Geological Survey reported", "The EU law ... provides": the actor names a
      // part of a longer subject.
      if (cand.end < words.size() && words[cand.end].kind == WordKind::kWord) {
        const Word& next = words[cand.end];
        bool covered_next = false;
        for (const Candidate& other : candidates) covered_next |= other.begin == cand.end;
        if (next.capitalised && !covered_next) return -1;
        if (!next.capitalised && IsForeignPresenceHead(next.key)) return -1;
      }
      if (cand.end < words.size() && words[cand.end].kind == WordKind::kWord &&
          !words[cand.end].capitalised) {
        // "Trump and Putin met": no single subject.
        if (words[cand.end].key == "and" || words[cand.end].key == "or") return -1;
      }
      if (cand.end < words.size() && words[cand.end].kind == WordKind::kHyphen) return -1;
      return static_cast<int>(c);
    }
    return -1;
  }

  // "The High Court of England and Wales ruled ... The government argued": a part of a
  // country (a constituent country, a federal state) the document names no more often
  // than the country it belongs to is seldom the one whose government is meant.
  bool UnderSovereign(const Actor& a) const {
    if (a.affiliation.empty()) return false;
    int own = 0, sovereign = 0;
    auto count = [&](const Candidate& c) {
      if (c.affiliation_only || c.actor.type != ActorType::kCountry) return;
      own += c.actor.id == a.id;
      sovereign += c.actor.id == a.affiliation;
    };
    for (const SentenceInfo& info : infos_) {
      for (const Candidate& c : info.candidates) count(c);
    }
    if (current_) {
      for (const Candidate& c : current_->candidates) count(c);
    }
    return sovereign >= own;
  }

  bool Fits(const Candidate& c, Need need, std::string_view head, Gender gender) const {
    const Actor& a = c.actor;
    switch (need) {
      case Need::kPerson: {
        if (a.type != ActorType::kPerson || c.qualifier) return false;
        if (gender == Gender::kUnknown) return true;
        auto it = gender_.find(a.id);
        return it == gender_.end() || it->second == Gender::kUnknown || it->second == gender;
      }
      case Need::kCountry:
      case Need::kGovernment:
        return a.type == ActorType::kCountry && !c.foreign_presence;
      case Need::kSubState:
        return a.type == ActorType::kCountry && !a.affiliation.empty() && !c.foreign_presence;
      case Need::kCompany:
        return a.type == ActorType::kOrganization &&
               (!HasNonCompanyHead(a.name) || Introduced(a.id, "company"));
      case Need::kCompanyOrGroup:
        return a.type == ActorType::kGroup ||
               (a.type == ActorType::kOrganization &&
                (!HasNonCompanyHead(a.name) || Introduced(a.id, "company") ||
                 Introduced(a.id, "group")));
      case Need::kHeadNamed: {
        if (a.type != ActorType::kOrganization && a.type != ActorType::kGroup) return false;
        if (head == "organization" || head == "organisation") {
          return NameHasWord(a.name, "organization") || NameHasWord(a.name, "organisation") ||
                 Introduced(a.id, "organization");
        }
        if (head == "alliance" && a.id == "nato") return true;
        if (head == "fire service") {
          return NameHasWord(a.name, "fire") &&
                 (NameHasWord(a.name, "service") || NameHasWord(a.name, "rescue") ||
                  NameHasWord(a.name, "brigade") || NameHasWord(a.name, "department"));
        }
        return NameHasWord(a.name, head) || Introduced(a.id, head);
      }
      case Need::kChamber: return NamesChamber(a, head);
      case Need::kBloc: return IsBloc(a);
      case Need::kTitled: {
        if (a.type != ActorType::kPerson) return false;
        auto it = titles_.find(a.id);
        return it != titles_.end() && it->second.count(std::string(head)) > 0;
      }
      case Need::kItActor:
        return a.type == ActorType::kCountry || a.type == ActorType::kOrganization ||
               a.type == ActorType::kGroup;
    }
    return false;
  }

  // "Judge X sentenced him ... another federal judge sentenced him to 47 months ... the
  // judge in that case": "another" before the title's head, in the window of a title
  // description at word `w`, introduces someone else so titled, unnamed.
  bool AnotherSoTitled(size_t w, std::string_view head, size_t look_back) const {
    std::string_view last = head.substr(head.rfind(' ') + 1);
    auto scan = [&](const std::vector<Word>& words, size_t end) {
      for (size_t k = 0; k < end && k < words.size(); ++k) {
        if (words[k].key != "another") continue;
        for (size_t x = k + 1; x < words.size() && x <= k + 3; ++x) {
          if (words[x].kind == WordKind::kPunct) break;
          if (words[x].key == last) return true;
        }
      }
      return false;
    };
    if (scan(states_[current_index_].words, w)) return true;
    for (size_t back = 1; back <= look_back && back <= current_index_; ++back) {
      if (scan(states_[current_index_ - back].words, states_[current_index_ - back].words.size()))
        return true;
    }
    return false;
  }

  // The antecedent in focus for a reference at word `w` of the current sentence, or
  // nullopt. `skip` rules out candidates of the current sentence (the same clause for
  // "him").
  std::optional<Actor> Focus(size_t w, Need need, std::string_view head, Gender gender,
                             const std::function<bool(const Candidate&)>& skip) const {
    size_t look_back = need == Need::kTitled ? kTitleLookBack : kLookBack;
    auto pick = [&](const std::vector<const Candidate*>& fitting,
                    const Candidate* subject) -> std::optional<Actor> {
      std::unordered_set<std::string> ids;
      const Candidate* last = nullptr;
      for (const Candidate* c : fitting) {
        ids.insert(c->actor.id);
        if (!c->affiliation_only && !c->currency) last = c;
      }
      if (!last) return std::nullopt;
      // The part of a country in focus does not let an older sentence's country through:
      // the government meant is then unclear.
      if (ids.size() == 1 && need == Need::kGovernment && UnderSovereign(last->actor)) {
        return std::nullopt;
      }
      if (ids.size() == 1) return last->actor;
      if (need == Need::kGovernment || need == Need::kTitled || need == Need::kSubState)
        return std::nullopt;
      if (subject && ids.count(subject->actor.id)) return subject->actor;
      return std::nullopt;
    };
    // The current sentence, before the reference.
    std::vector<const Candidate*> fitting;
    const Candidate* subject = nullptr;
    int current_subject = Subject(states_[current_index_], current_->candidates,
                                  QuoteMaskCopy(current_index_));
    for (size_t c = 0; c < current_->candidates.size(); ++c) {
      const Candidate& cand = current_->candidates[c];
      if (cand.end > w || cand.in_quote || skip(cand)) continue;
      // "X, spokesperson for the governor": a title in the sentence that names a person
      // is someone else's; titles look back to earlier sentences only.
      if (need == Need::kTitled) continue;
      if (!Fits(cand, need, head, gender)) continue;
      // "The coalition came to fight ISIS after the group took over": the one the
      // sentence called the coalition is not the group.
      if (!cand.kind.empty() && !head.empty() && cand.kind != head) continue;
      fitting.push_back(&cand);
      if (static_cast<int>(c) == current_subject) subject = &cand;
    }
    if (!fitting.empty()) return pick(fitting, subject);
    if (need == Need::kPerson && current_->unknown_person) return std::nullopt;
    // Titles: every person so titled in the window, not only the nearest sentence's.
    if (need == Need::kTitled) {
      if (AnotherSoTitled(w, head, look_back)) return std::nullopt;
      std::unordered_set<std::string> ids;
      std::optional<Actor> last;
      for (size_t back = 1; back <= look_back && back <= infos_.size(); ++back) {
        for (const Candidate& cand : infos_[infos_.size() - back].candidates) {
          if (cand.in_quote || !Fits(cand, need, head, gender)) continue;
          ids.insert(cand.actor.id);
          if (!last) last = cand.actor;
        }
      }
      if (ids.size() == 1) return last;
      return std::nullopt;
    }
    for (size_t back = 1; back <= look_back && back <= infos_.size(); ++back) {
      const SentenceInfo& info = infos_[infos_.size() - back];
      if (states_[current_index_ - back].heading) continue;
      fitting.clear();
      subject = nullptr;
      std::vector<const Candidate*> quoted;
      for (size_t c = 0; c < info.candidates.size(); ++c) {
        const Candidate& cand = info.candidates[c];
        if (!Fits(cand, need, head, gender)) continue;
        if (cand.in_quote && !cand.in_speech) continue;
        (cand.in_quote ? quoted : fitting).push_back(&cand);
        if (static_cast<int>(c) == info.subject) subject = &cand;
      }
      // A person the finder did not know in that sentence ("Here he collaborated with ...
      // Paul McCartney", the "he" unresolved) makes its known people doubtful too.
      if (need == Need::kPerson && info.unknown_person) return std::nullopt;
      if (need == Need::kPerson && !fitting.empty() &&
          (gender == Gender::kMale ? info.quoted_male : info.quoted_female)) {
        return std::nullopt;
      }
      if (!fitting.empty()) return pick(fitting, subject);
      // "Leinen said 'Munk has been a treasure.' She described him as ...": the one person
      // the speech of the sentence before names, when it names none that fits outside it.
      // Only beside a speaker the sentence names: an unnamed one ("..., an aid worker said")
      // is more likely the one meant.
      bool named_speaker = false;
      for (const Candidate& c : info.candidates) {
        named_speaker |= !c.in_quote && !c.modifier && c.actor.type == ActorType::kPerson;
      }
      if (need == Need::kPerson && !quoted.empty() && back == 1 && named_speaker) {
        return pick(quoted, nullptr);
      }
    }
    return std::nullopt;
  }

  // The antecedent of a body's kind ("the court", "the Senate") at word `w`: the one
  // fitting body named before it in its sentence, else in the last three sentences, else
  // in the whole document before it. Two distinct ones there leave it alone, and so does a fitting subject of its own sentence ("The
  // court said the court below had erred").
  // A body named in full inside a quotation of an earlier sentence counts when its name
  // has the description's head (`quoted_head`): "... the continued presence of the Global
  // Coalition to Defeat ISIS". The coalition came to Iraq ...".
  std::optional<Actor> FocusBody(size_t w, const std::function<bool(const Candidate&)>& fits,
                                 std::string_view quoted_head = {}) const {
    auto counts = [&](const Candidate& c) {
      if (c.affiliation_only || !fits(c)) return false;
      if (!c.in_quote) return true;
      return !quoted_head.empty() && c.end >= c.begin + 2 && NameHasWord(c.actor.name, quoted_head);
    };
    auto only = [](const std::vector<const Candidate*>& fitting) -> std::optional<Actor> {
      for (const Candidate* c : fitting) {
        if (c->actor.id != fitting.front()->actor.id) return std::nullopt;
      }
      return fitting.front()->actor;
    };
    std::vector<const Candidate*> fitting;
    int subject = Subject(states_[current_index_], current_->candidates,
                          QuoteMaskCopy(current_index_));
    for (size_t c = 0; c < current_->candidates.size(); ++c) {
      const Candidate& cand = current_->candidates[c];
      if (cand.end > w || cand.in_quote || cand.affiliation_only || !fits(cand)) continue;
      if (static_cast<int>(c) == subject) return std::nullopt;
      fitting.push_back(&cand);
    }
    if (!fitting.empty()) return only(fitting);
    // The last few sentences as one: "The Court of Session ruled. The only higher court is
    // the Supreme Court. The court had been petitioned by ..." names two.
    for (size_t back = 1; back <= infos_.size(); ++back) {
      if (states_[current_index_ - back].heading) continue;
      for (const Candidate& cand : infos_[infos_.size() - back].candidates) {
        if (counts(cand)) fitting.push_back(&cand);
      }
      if (!fitting.empty() && back == kLookBack) return only(fitting);
    }
    if (!fitting.empty()) return only(fitting);
    return std::nullopt;
  }

  // The one person the document so far has named with a sovereign's title ("Queen
  // Elizabeth II", "King Harald"), however far back: a reign does not leave the story.
  std::optional<Actor> FocusSovereign(std::string_view head) const {
    std::optional<Actor> found;
    for (const SentenceInfo& info : infos_) {
      for (const Candidate& c : info.candidates) {
        if (c.in_quote || c.affiliation_only || !Fits(c, Need::kTitled, head, Gender::kUnknown))
          continue;
        if (found && found->id != c.actor.id) return std::nullopt;
        found = c.actor;
      }
    }
    return found;
  }

  // "the Senate", "the parliament": the chamber the document names with that word; else
  // the legislature of the one state whose chambers it has named before, the whole body
  // ("Congress of the Philippines", then "the Senate"; "US House" and "Congress", then
  // "the Senate"). A US document that named a state's legislature and Congress both names
  // two states' bodies, and its bare "the Senate" is left alone.
  std::optional<Actor> FocusChamber(size_t w, std::string_view head) const {
    // A chamber named by its bare head ("Congress") may be the dictionary's guess.
    std::optional<Actor> exact = FocusBody(w, [&](const Candidate& c) {
      return Fits(c, Need::kChamber, head, Gender::kUnknown) &&
             (c.end > c.begin + 1 || OfMainCountry(c.actor));
    });
    if (exact) return exact;
    std::optional<Actor> found;
    std::string state;  // the affiliation of the legislatures seen, or their one id
    auto consider = [&](const Candidate& c) {
      if (c.in_quote || c.affiliation_only || c.actor.type != ActorType::kOrganization ||
          !IsLegislatureName(c.actor.name)) {
        return true;
      }
      if (head == "state senate" && c.actor.id.starts_with("united_states")) return true;
      std::string owner = c.actor.affiliation.empty() ? c.actor.id : c.actor.affiliation;
      if (!state.empty() && state != owner) return false;
      state = owner;
      bool whole = NameHasWord(c.actor.name, "congress") ||
                   NameHasWord(c.actor.name, "parliament") ||
                   NameHasWord(c.actor.name, "legislature");
      if (!whole) return true;
      if (found && found->id != c.actor.id) return false;
      found = c.actor;
      return true;
    };
    for (const SentenceInfo& info : infos_) {
      for (const Candidate& c : info.candidates) {
        if (!consider(c)) return std::nullopt;
      }
    }
    for (const Candidate& c : current_->candidates) {
      if (c.end <= w && !consider(c)) return std::nullopt;
    }
    if (found && !OfMainCountry(*found)) return std::nullopt;
    return found;
  }

  // A bare "Congress" the dictionary reads as the US one, in an article about another
  // country's ("stuck in Congress" in Manila) or about a trade congress: a legislature of
  // a state stands for a chamber description only where the document names that state at
  // least as often as any other country.
  bool OfMainCountry(const Actor& body) const {
    if (body.affiliation.empty()) return true;
    std::unordered_map<std::string, int> countries;
    auto count = [&](const Candidate& c) {
      if (!c.affiliation_only && c.actor.type == ActorType::kCountry) ++countries[c.actor.id];
    };
    for (const SentenceInfo& info : infos_) {
      for (const Candidate& c : info.candidates) count(c);
    }
    for (const Candidate& c : current_->candidates) count(c);
    int own = countries[body.affiliation];
    for (const auto& [id, n] : countries) {
      if (n > own) return false;
    }
    return own > 0;
  }

  // A possessive whose antecedent its sentence already names adds no actor, and as a
  // modifier it changes how the extractors read the noun after it: "Chile also lifted its
  // sanctions on Bolivia" is not Chile sanctioning Bolivia.
  bool NamedBefore(const Actor& actor, size_t w) const {
    for (const Candidate& c : current_->candidates) {
      if (c.end <= w && !c.affiliation_only && c.actor.id == actor.id) return true;
    }
    return false;
  }

  // "I told my mom ... and she said": a first-person pronoun outside quotation marks is
  // speech or an interview answer written without them; its "he" and "she" are the
  // speaker's people, not the news' actors.
  static bool SpeechWithoutQuotes(const std::vector<Word>& words,
                                  const std::vector<bool>& in_quote) {
    static const WordSet kFirstPerson = {"i", "me", "my", "we", "us", "our", "you", "your"};
    for (size_t k = 0; k < words.size(); ++k) {
      if (in_quote[k] || words[k].kind != WordKind::kWord) continue;
      // "US" is the country, not "us".
      if (words[k].key == "us" && words[k].has_upper) continue;
      if (!In(kFirstPerson, words[k].key)) continue;
      // "the film Love Me or Leave Me", "the song My Way": a capital inside the sentence
      // makes the word part of a title. "I" has one everywhere: part of a title only
      // beside another capitalised word ("I Love Lucy").
      auto capital_at = [&](size_t x) {
        return x > 0 && x < words.size() && words[x].kind == WordKind::kWord &&
               words[x].capitalised && !in_quote[x];
      };
      if (words[k].key == "i") {
        if (capital_at(k + 1) || (k > 1 && capital_at(k - 1))) continue;
      } else if (capital_at(k)) {
        continue;
      }
      return true;
    }
    return false;
  }

  // "Richardson served as campaign manager", "In an interview, West outlined": the
  // sentence starts (after a lead-in) with a capitalised word no mention covers, then a
  // lower-case word — most likely a person the finder does not know. Not when the
  // lower-case words are a role noun before a person the finder knows: "Yesterday, English
  // drummer Ginger Baker died" is about Ginger Baker, its capitalised word an adjective.
  bool UnknownSubject(const SentenceState& state, const std::vector<bool>& in_quote,
                      const std::vector<int>& coverage) const {
    const auto& words = state.words;
    size_t start = 0;
    if (!words.empty() && words[0].kind == WordKind::kWord && IsLeadInStart(words[0].key)) {
      size_t comma = 1;
      while (comma < words.size() && comma <= kMaxLeadIn + 2 && words[comma].text != ",") ++comma;
      if (comma < words.size() && words[comma].text == ",") start = comma + 1;
    }
    if (start + 1 >= words.size() || in_quote[start]) return false;
    const Word& first = words[start];
    if (first.kind != WordKind::kWord || !first.capitalised || coverage[start] >= 0) return false;
    if (IsFunctionWord(first.key)) return false;
    // A run of capitalised words no mention covers ("Historian Darcy Richardson"), then a
    // lower-case word or an apposition's comma ("Friedler, formerly the president").
    size_t end = start;
    bool name = start > 0;
    while (end < words.size() && words[end].kind == WordKind::kWord &&
           words[end].capitalised && coverage[end] < 0) {
      // A capital that opens the sentence is a name only if the document writes the word
      // with one elsewhere too ("Officials said" is not).
      if (names_.count(words[end].key) && !IsSingleWordTitleKey(words[end].key)) name = true;
      ++end;
    }
    if (!name || end >= words.size()) return false;
    const Word& next = words[end];
    if (next.kind == WordKind::kPunct) return next.text == ",";
    if (next.kind != WordKind::kWord || next.capitalised || IsFunctionWord(next.key)) return false;
    // "English rock drummer Ginger Baker": at most two lower-case words, the last a role
    // noun, then a known person's name.
    for (size_t k = end; k < words.size() && k < end + 2; ++k) {
      if (words[k].kind != WordKind::kWord || words[k].has_upper) break;
      if (!IsPersonRoleNoun(words[k].key) || k + 1 >= words.size() || coverage[k + 1] < 0)
        continue;
      const Found& person = state.found[static_cast<size_t>(coverage[k + 1])];
      if (person.begin == k + 1 && person.actor.type == ActorType::kPerson) return false;
    }
    return true;
  }

  // "On Tuesday an eleven-month-old boy ... was rescued", "..., a Treasury spokesman said.",
  // "One fund manager does not agree": the sentence is about a person the news introduces
  // by a common noun, not by name. A "he" after it is most likely that person, not an actor
  // named before. "the spokesman" counts once the document has introduced "a spokesman";
  // "the minister" alone usually names someone named before.
  bool AnonymousPersonNoun(const SentenceState& state, const std::vector<Candidate>& candidates) {
    static const WordSet kIndefinite = {"a", "an", "one", "another"};
    static const WordSet kNouns = {
        "man", "woman", "boy", "girl", "child", "baby", "teenager", "teen", "youth",
        "driver", "pilot", "victim", "suspect", "gunman", "attacker", "assailant", "officer",
        "policeman", "policewoman", "soldier", "student", "teacher", "doctor", "nurse",
        "witness", "survivor", "resident", "owner", "spokesman", "spokeswoman",
        "spokesperson", "official", "lawyer", "manager", "dealer", "trader", "economist",
        "banker", "analyst", "executive", "source", "diplomat", "engineer", "worker",
        "farmer", "passenger", "patient", "defendant", "inmate", "prisoner", "fan",
        "scientist", "researcher", "professor", "player", "singer", "actor", "actress",
        "journalist", "reporter", "aide", "adviser", "advisor", "employee", "member"};
    const auto& words = state.words;
    // A person the sentence names or resolves is most likely the one the noun describes
    // ("The attacker, identified as Sudesh Amman,", "The actress recalled her season").
    for (const Candidate& c : candidates) {
      if (c.actor.type == ActorType::kPerson && !c.in_quote) return false;
    }
    bool anonymous = false;
    for (size_t d = 0; d < words.size(); ++d) {
      bool indefinite = In(kIndefinite, words[d].key);
      if (!indefinite && words[d].key != "the") continue;
      for (size_t k = d + 1; k < words.size() && k <= d + 5; ++k) {
        const Word& word = words[k];
        if (word.kind == WordKind::kPunct || word.kind == WordKind::kPossessive) break;
        if (word.kind != WordKind::kWord || !In(kNouns, word.key)) continue;
        if (k + 1 >= words.size()) break;
        const Word& next = words[k + 1];
        bool verb = next.kind == WordKind::kWord && !next.capitalised &&
                    (IsReportingVerb(next.key) || LooksLikeVerb(next.key) ||
                     next.key == "who" || next.key == "even");
        bool apposition = next.text == ",";
        if (!verb && !apposition) break;
        // The subject of the sentence (after a lead-in), or the speaker of a closing
        // "..., a spokesman said.".
        bool lead_in = !words.empty() && IsLeadInStart(words[0].key);
        bool subject = d == 0 ||
                       (lead_in && words[d - 1].text == "," && d <= kMaxLeadIn + 2) ||
                       (lead_in && d == 2 && IsDateWord(words[1].key));  // "On Tuesday a
        bool speaker = verb && IsReportingVerb(next.key);
        if (!subject && !speaker) break;
        if (indefinite) {
          anonymous_nouns_.insert(word.key);
          anonymous = true;
          break;
        }
        // "The Swiss official", "the LDP official": a qualified noun most often names
        // again the one named before; a bare "the spokesman" the one introduced so.
        bool qualified = false;
        for (size_t x = d + 1; x < k; ++x) qualified |= words[x].capitalised;
        if (!qualified && anonymous_nouns_.count(word.key)) anonymous = true;
        break;
      }
    }
    return anonymous;
  }

  // "Haitham said he would": a capitalised word no mention covers right before a reporting
  // verb is a speaker the finder did not know; the pronoun is most likely theirs.
  static bool UnknownSpeakerBefore(const SentenceState& state, size_t w) {
    const auto& words = state.words;
    std::vector<int> coverage = state.Coverage();
    for (size_t k = 1; k + 1 <= w && k + 1 < words.size(); ++k) {
      const Word& name = words[k];
      if (name.kind != WordKind::kWord || !name.capitalised || coverage[k] >= 0) continue;
      if (IsFunctionWord(name.key)) continue;
      if (IsReportingVerb(words[k + 1].key) && !InOfPhraseAfterPerson(state, coverage, k)) {
        return true;
      }
    }
    return false;
  }

  // "Representative X of Maryland's seventh Congressional District announced": a capital
  // at `k` in an "of" phrase after a named person belongs to that person's description;
  // the person is the speaker, not an unknown one.
  static bool InOfPhraseAfterPerson(const SentenceState& state, const std::vector<int>& coverage,
                                    size_t k) {
    const auto& words = state.words;
    for (size_t x = k; x > 0 && x + 6 > k; --x) {
      const Word& word = words[x - 1];
      if (word.key == "of") {
        if (x < 2 || coverage[x - 2] < 0) return false;
        return state.found[coverage[x - 2]].actor.type == ActorType::kPerson;
      }
      if (word.kind == WordKind::kPossessive || word.kind == WordKind::kHyphen) continue;
      if (word.kind != WordKind::kWord || IsFunctionWord(word.key)) return false;
    }
    return false;
  }

  std::vector<bool> QuoteMaskCopy(size_t s) const {
    // The mask of the current sentence is only needed for its opening quotation, which a
    // sentence-local pass finds as well.
    bool open = false;
    return QuoteMask(states_[s].words, &open);
  }

  static bool reflexive_key(std::string_view key) {
    return key == "himself" || key == "herself";
  }

  // "The accusation against Biden is that, during his time ...": a surname two people of
  // the document share, alone and covered by no mention (the finder could not tell whose
  // it is), is a person in this sentence the candidates do not show; the pronoun may well
  // be theirs.
  bool UnresolvedPersonNameBefore(const SentenceState& state, size_t w) const {
    const auto& words = state.words;
    std::vector<int> coverage = state.Coverage();
    auto bare_capital = [&](size_t k) {
      return k < words.size() && words[k].kind == WordKind::kWord && words[k].capitalised &&
             coverage[k] < 0;
    };
    for (size_t k = 0; k < w && k < words.size(); ++k) {
      const Word& name = words[k];
      if (!bare_capital(k) || IsFunctionWord(name.key) || IsSingleWordTitleKey(name.key)) {
        continue;
      }
      // A surname alone: "Van Halen" (a band) or "Biden administration" is another name.
      if ((k > 0 && bare_capital(k - 1)) || bare_capital(k + 1)) continue;
      if (k + 1 < words.size() && words[k + 1].kind == WordKind::kHyphen) continue;
      if (k > 0 && words[k - 1].kind == WordKind::kHyphen) continue;  // "Gramm-Rudman"
      if (shared_surnames_.count(name.key)) return true;
    }
    return false;
  }

  std::optional<Found> ReferenceAt(const SentenceState& state, const std::vector<bool>& in_quote,
                                   size_t w) {
    const auto& words = state.words;
    const Word& word = words[w];
    if (word.kind != WordKind::kWord) return std::nullopt;
    const std::string& key = word.key;
    Found found;
    found.begin = w;
    found.end = w + 1;
    found.core_begin = w;
    found.how = Resolution::kCoreference;
    if (key == "he" || key == "him" || key == "his" || key == "himself" || key == "she" ||
        key == "her" || key == "herself") {
      if (in_quote[w] || SpeechWithoutQuotes(words, in_quote) ||
          UnknownSpeakerBefore(state, w)) {
        return std::nullopt;
      }
      Gender gender = key[0] == 'h' && key != "her" && key != "herself" ? Gender::kMale
                                                                        : Gender::kFemale;
      if (!reflexive_key(key) &&
          (gender == Gender::kMale ? current_->unresolved_male : current_->unresolved_female)) {
        // Unless a person is named after it: "According to his wife, Huber died, for which
        // he ..." is Huber.
        bool named_since = false;
        for (const Candidate& c : current_->candidates) {
          named_since |= c.begin >= current_->unresolved_at && c.end <= w &&
                         c.actor.type == ActorType::kPerson && !c.in_quote;
        }
        if (!named_since) return std::nullopt;
      }
      if (UnresolvedPersonNameBefore(state, w)) return std::nullopt;
      bool possessive = key == "his";
      bool object = key == "him";
      if (key == "her") {
        // "her visit" against "told her", "her to": a noun after it makes it possessive.
        static const WordSet kNotNoun = {
            "to", "in", "on", "at", "for", "with", "from", "by", "of", "and", "or", "that",
            "as", "about", "after", "before", "into", "over", "when", "while", "if", "the",
            "a", "an", "this", "was", "is", "had", "has", "would", "will", "not", "but",
            "back", "up", "out", "down", "off", "away", "again", "there", "here", "because"};
        possessive = w + 1 < words.size() && words[w + 1].kind == WordKind::kWord &&
                     !In(kNotNoun, words[w + 1].key);
        object = !possessive;
      }
      bool reflexive = key == "himself" || key == "herself";
      std::function<bool(const Candidate&)> skip = [](const Candidate&) { return false; };
      if (object) {
        // "Trump praised him": not the subject of the same clause.
        skip = [&words, w](const Candidate& c) {
          for (size_t k = c.end; k < w; ++k) {
            if (IsClauseBoundary(words[k])) return false;
          }
          return true;
        };
      } else if (w > 0 && (words[w - 1].key == "whom" || words[w - 1].key == "who")) {
        // "married Barry Comden, whom she divorced": the person the relative clause is
        // about is its object, not its subject; so is each of a list before it ("married A,
        // B, and C, whom she divorced").
        size_t rel = w - 1;
        skip = [&words, &candidates = current_->candidates, rel](const Candidate& c) {
          size_t k = c.end;
          while (k < rel) {
            if (words[k].text == "," || words[k].key == "and" || words[k].key == "or") {
              ++k;
              continue;
            }
            auto next = std::find_if(candidates.begin(), candidates.end(), [k](const Candidate& o) {
              return o.begin == k && o.actor.type == ActorType::kPerson;
            });
            if (next == candidates.end() || next->end <= k) return false;
            k = next->end;
          }
          return k == rel;
        };
      }
      std::optional<Actor> actor;
      if (reflexive) {
        // The nearest person before it in the sentence.
        for (const Candidate& c : current_->candidates) {
          if (c.end <= w && !c.in_quote && Fits(c, Need::kPerson, "", gender)) actor = c.actor;
        }
      } else {
        actor = Focus(w, Need::kPerson, "", gender, skip);
      }
      if (!actor) return std::nullopt;
      if (possessive && NamedBefore(*actor, w)) return std::nullopt;
      Gender& known = gender_[actor->id];
      if (known == Gender::kUnknown) known = gender;
      found.actor = *actor;
      found.modifier = possessive;
      return found;
    }
    if ((key == "it" || key == "its") && options_.resolve_it) {
      if (in_quote[w]) return std::nullopt;
      return ResolveIt(state, w, std::move(found));
    }
    // "Senate majority leader X", "the Republican Senate Majority Leader": a chamber's bare
    // capitalised head before its party office, resolved as "the Senate" is. Not after
    // "the" (a description, below) nor after another capitalised word but a party's
    // adjective: "Minnesota Senate Majority Leader" is another legislature's.
    if ((key == "senate" || key == "house") && word.capitalised && !in_quote[w] &&
        BeforeChamberOffice(words, w + 1) && BareChamberStarts(state, w)) {
      std::optional<Actor> actor = FocusChamber(w, key);
      if (!actor) return std::nullopt;
      found.actor = *actor;
      found.modifier = true;  // it pre-modifies the office: "Senate majority leader X said"
      return found;
    }
    if (key != "the" || w + 1 >= words.size()) return std::nullopt;
    std::vector<int> coverage = state.Coverage();
    for (const Description& d : Descriptions()) {
      size_t n = d.keys.size();
      if (w + 1 + n > words.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < n && ok; ++k) {
        const Word& x = words[w + 1 + k];
        ok = coverage[w + 1 + k] < 0 && x.key == d.keys[k] &&
             (x.kind == WordKind::kWord || x.kind == WordKind::kHyphen);
      }
      if (!ok) continue;
      if (!(d.body ? BodyDescriptionEnds(words, w + 1 + n) : EndsDescription(words, w + 1 + n)) &&
          !(d.need == Need::kChamber && BeforeChamberOffice(words, w + 1 + n))) {
        continue;
      }
      // "the house" is a building, "the congress" often a party's or a trade's; "the
      // House", "the Congress" a chamber.
      if ((d.keys.back() == "house" || d.keys.back() == "congress") &&
          !words[w + n].capitalised) {
        continue;
      }
      // "the State" is most often the government of a country, not a federation's state.
      if (d.need == Need::kSubState && words[w + n].capitalised) continue;
      std::string head(d.keys.back());
      // "the Queen", "the Pope": a sovereign the document has named, in a quotation too.
      if (n == 1 && d.need == Need::kTitled && IsSovereignTitle(head) &&
          words[w + 1].capitalised) {
        std::optional<Actor> actor = FocusSovereign(head);
        if (!actor) return std::nullopt;
        found.end = w + 2;
        found.actor = *actor;
        // "the Queen's speech": a possessive qualifies the noun after it.
        found.modifier = w + 2 < words.size() && words[w + 2].kind == WordKind::kPossessive;
        return found;
      }
      if (in_quote[w]) return std::nullopt;
      if (n > 1 && d.body) head = std::string(d.keys[0]) + " " + head;  // "fire service"
      std::optional<Actor> actor;
      if (d.need == Need::kChamber) {
        actor = FocusChamber(w, head);
      } else if (d.body) {
        actor = FocusBody(
            w, [&](const Candidate& c) { return Fits(c, d.need, head, Gender::kUnknown); },
            head);
      } else {
        actor = Focus(w, d.need, head, Gender::kUnknown, [](const Candidate&) { return false; });
      }
      if (!actor) return std::nullopt;
      // "the CNDD-FDD, the group that ...", "Italy, the country with ...": an apposition
      // to the actor just named adds no actor and would read as a list of two.
      if (w >= 2 && words[w - 1].text == ",") {
        for (const Candidate& c : current_->candidates) {
          if (c.end == w - 1 && c.actor.id == actor->id) return std::nullopt;
        }
      }
      found.end = w + 1 + n;
      found.actor = *actor;
      return found;
    }
    return std::nullopt;
  }

  // "The SDF announced it had entered ...", "Iran and its allies": the subject of the same
  // sentence, with no other non-person actor between it and the reference.
  std::optional<Found> ResolveIt(const SentenceState& state, size_t w, Found found) {
    const auto& words = state.words;
    bool possessive = words[w].key == "its";
    if (!possessive) {
      // Only right after a reporting verb (and "that"): "said it would", "announced that it".
      size_t p = w;
      if (p > 0 && words[p - 1].key == "that") --p;
      if (p == 0 || !IsReportingVerb(words[p - 1].key)) return std::nullopt;
      // The subject of the reported clause, so a verb follows: "said it would", "announced
      // it had"; not the object of the speech verb ("denied it.", "reported it").
      if (w + 1 >= words.size() || words[w + 1].kind != WordKind::kWord ||
          !LooksLikeVerb(words[w + 1].key)) {
        return std::nullopt;
      }
      static const WordSet kExpletive = {"unclear", "clear", "likely", "unlikely", "possible",
                                         "impossible", "important", "necessary", "difficult",
                                         "time", "hard", "easy", "too", "not", "true", "vital",
                                         "crucial", "essential", "known", "expected", "feared",
                                         "believed", "thought", "reported", "estimated"};
      if (w + 2 < words.size() &&
          (words[w + 1].key == "is" || words[w + 1].key == "was" ||
           words[w + 1].kind == WordKind::kPossessive) &&
          In(kExpletive, words[w + 2].key)) {
        return std::nullopt;
      }
    }
    int subject = Subject(state, current_->candidates, QuoteMaskCopy(current_index_));
    const Candidate* antecedent = nullptr;
    if (subject >= 0) {
      const Candidate& s = current_->candidates[subject];
      if (s.end <= w && Fits(s, Need::kItActor, "", Gender::kUnknown)) antecedent = &s;
      // Any other such actor in between makes it ambiguous.
      for (const Candidate& c : current_->candidates) {
        if (antecedent && c.begin >= antecedent->end && c.end <= w &&
            c.actor.type != ActorType::kPerson && c.actor.id != antecedent->actor.id) {
          return std::nullopt;
        }
      }
    }
    if (!antecedent && subject < 0 && !possessive) {
      // "One of these groups, the SDF (SDF), opposed the withdrawal and said it was ...":
      // no subject the rules can see, but only one actor before the reporting verb that
      // can be "it" — that one.
      const Candidate* only = nullptr;
      for (const Candidate& c : current_->candidates) {
        if (c.end > w) break;
        if (c.in_quote || c.affiliation_only) continue;
        if (c.actor.type == ActorType::kPerson && !c.modifier) return std::nullopt;
        if (!Fits(c, Need::kItActor, "", Gender::kUnknown)) continue;
        if (c.modifier || c.foreign_presence) return std::nullopt;  // "US officials said it"
        if (only && only->actor.id != c.actor.id) return std::nullopt;
        only = &c;
      }
      // And it is the reporting verb's own subject: right before the verb, but for its
      // abbreviation in brackets or an adverb ("Salling said it", "the SDF (SDF) announced
      // it", not "The US Geological Survey reported it", "the records predicted it").
      size_t verb = w > 0 && words[w - 1].key == "that" ? w - 2 : w - 1;
      if (only) {
        static const WordSet kAdverbs = {"also", "has", "had", "have", "later", "earlier",
                                         "previously", "then", "again", "publicly",
                                         "officially", "separately", "recently"};
        std::vector<int> coverage = state.Coverage();
        for (size_t k = only->end; k < verb && only; ++k) {
          const Word& between = words[k];
          bool same = coverage[k] >= 0 && state.found[coverage[k]].actor.id == only->actor.id;
          bool bracket = between.text == "(" || between.text == ")";
          if (!same && !bracket && !In(kAdverbs, between.key)) only = nullptr;
        }
        if (only && only->end > verb) only = nullptr;
        // Nor the tail of a longer name the finder did not see whole: "Potomac Electric
        // and Power Co said it", "The Writers Guild of America said it".
        if (only && only->begin > 0) {
          size_t b = only->begin - 1;
          const Word& before = words[b];
          bool bare = before.kind == WordKind::kWord && before.capitalised && coverage[b] < 0 &&
                      !IsFunctionWord(before.key);
          bool joint = (before.key == "and" || before.key == "of" || before.text == "&") &&
                       b > 0 && words[b - 1].capitalised;
          if (bare || joint) only = nullptr;
        }
        // Nor the object of a verb or a preposition before it: "An investor group trying to
        // acquire GenCorp said it", "A group led by Fundamental Management said it".
        if (only && only->begin > 0) {
          static const WordSet kBefore = {
              "of", "by", "for", "to", "with", "from", "against", "at", "on", "in", "into",
              "over", "about", "acquire", "buy", "sell", "join", "like", "than", "between"};
          size_t b = only->begin - 1;
          if (b > 0 && (words[b].key == "the" || words[b].key == "a")) --b;
          const Word& before = words[b];
          if (before.kind == WordKind::kWord && !before.capitalised &&
              (In(kBefore, before.key) || LooksLikeVerb(before.key) ||
               (before.key.size() > 4 && before.key.ends_with("ing")))) {
            only = nullptr;
          }
        }
      }
      antecedent = only;
    }
    if (!antecedent && possessive && !infos_.empty() &&
        !states_[current_index_ - 1].heading) {
      // "its" with no actor before it in its sentence: the previous sentence's subject —
      // unless its own sentence names another body or state ("In its finding, the ECJ").
      for (const Candidate& c : current_->candidates) {
        if (c.end <= w || c.actor.type != ActorType::kPerson) return std::nullopt;
      }
      const SentenceInfo& prev = infos_.back();
      if (prev.subject >= 0) {
        const Candidate& s = prev.candidates[prev.subject];
        bool other = false;
        for (size_t c = prev.subject + 1; c < prev.candidates.size(); ++c) {
          if (prev.candidates[c].actor.type != ActorType::kPerson &&
              prev.candidates[c].actor.id != s.actor.id) {
            other = true;
          }
        }
        if (!other && Fits(s, Need::kItActor, "", Gender::kUnknown)) antecedent = &s;
      }
    }
    if (!antecedent) return std::nullopt;
    if (possessive && NamedBefore(antecedent->actor, w)) return std::nullopt;
    found.actor = antecedent->actor;
    found.modifier = possessive;
    return found;
  }

  const std::vector<SentenceState>& states_;
  const CoreferenceOptions& options_;
  std::vector<SentenceInfo> infos_;  // sentences done so far
  SentenceInfo* current_ = nullptr;
  size_t current_index_ = 0;
  std::unordered_map<std::string, Gender> gender_;
  std::unordered_set<std::string> names_;  // see the constructor
  // Person nouns the document has introduced with "a"/"one" ("a Treasury spokesman").
  std::unordered_set<std::string> anonymous_nouns_;
  // Surnames two or more people of the document share ("Biden": Joe and Hunter).
  std::unordered_set<std::string> shared_surnames_;
  std::unordered_map<std::string, std::unordered_set<std::string>> titles_;
  // Kinds the document gives a body's id where it names it ("network"): see NoteKinds.
  std::unordered_map<std::string, std::unordered_set<std::string>> kinds_;
};

}  // namespace

std::vector<std::vector<Found>> FindCoreferences(const std::vector<SentenceState>& states,
                                                 const CoreferenceOptions& options) {
  return Resolver(states, options).Run();
}

}  // namespace actorgraph::actors_internal
