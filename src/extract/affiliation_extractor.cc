#include "extract/affiliation_extractor.h"

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
      "officer", "official", "judge", "justice", "editor", "correspondent", "president"};
  return kWords.count(w) != 0;
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
  return w == "aide" || w == "adviser" || w == "advisor" || w == "spokesman" ||
         w == "spokeswoman" || w == "spokesperson" || w == "lawyer" || w == "attorney" ||
         w == "deputy" || w == "staff" || w == "secretary";
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
      "union", "team", "campaign", "parliamentary", "peace", "trade", "climate", "crown"};
  if (kWords.count(w)) return true;
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

bool IsCapitalised(const AnalyzedSentence& s, size_t t) {
  const std::string& text = s.sentence->tokens[t].text;
  return !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
}

// Whether the noun phrase that names an owner ends before token t: "of Ruritania, said",
// but not "of the United States National Institute ...", "for the Trump administration",
// "Governor Chris Christie" (the office is someone else's there).
bool EndsOwner(const AnalyzedSentence& s, size_t t) {
  if (t >= s.lower.size()) return true;
  const std::string& w = s.lower[t];
  if (w == "'s" || w == "'" || s.mention_at[t] >= 0) return false;
  if (!words::IsPunctuation(w) && IsCapitalised(s, t)) return false;
  static const std::unordered_set<std::string_view> kHeads = {
      "administration", "department", "office", "ministry", "campaign", "committee", "team",
      "party", "family", "foundation", "university", "council", "agency", "government",
      "embassy", "delegation", "mission", "commission", "company", "club", "board"};
  return !words::IsStateHead(w) && kHeads.count(w) == 0;
}

// The office phrase read forward from `from`: optional article, optional owner ("Ruritania's",
// "the Iranian"), modifiers, head noun(s) and a portfolio ("of Justice", "of staff").
struct OfficePhrase {
  size_t title_begin = 0, title_end = 0;  // the title's tokens (no article, no owner)
  size_t end = 0;                         // first token after the phrase
  int owner = -1;                         // mention of a possessive or modifier owner
  std::string head;                       // the last office or family noun
  bool family = false;
};

std::optional<OfficePhrase> ReadOfficePhrase(const AnalyzedSentence& s, size_t from) {
  const size_t n = s.lower.size();
  OfficePhrase p;
  size_t t = from;
  if (t < n && (s.lower[t] == "the" || s.lower[t] == "a" || s.lower[t] == "an")) ++t;
  if (t < n && s.mention_at[t] >= 0) {
    const Mention& m = s.mentions[s.mention_at[t]];
    if (m.token_begin != t) return std::nullopt;
    bool possessive = false;
    size_t skip = PossessiveAfter(s, m, &possessive);
    // A demonym with a possessive is some other body's name ("American's chairman").
    if (possessive && m.how != Resolution::kDemonym) {
      p.owner = s.mention_at[t];
      t = m.token_end + skip;
    } else if (m.modifier && m.actor.type != ActorType::kPerson) {
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
    if (IsOfficeNoun(w) || IsFamilyNoun(w)) {
      head_end = t + 1;
      p.head = w;
      p.family = IsFamilyNoun(w);
      continue;
    }
    if (head_end != 0) break;  // the head noun(s) ended
    if (!IsOfficeModifier(w) && !(IsCapitalised(s, t) && !words::IsPunctuation(w))) break;
  }
  if (head_end == 0) return std::nullopt;
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
  return p;
}

std::string TitleText(const AnalyzedSentence& s, size_t begin, size_t end) {
  std::string titles;
  for (size_t t = begin; t < end; ++t) {
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

// The owner of an office: a mention's actor, or a city named by words no mention covers
// (mention -1; `span` is where the text names it).
struct Owner {
  int mention = -1;
  Actor actor;
  Span span;
};

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
    if (m.token_begin != t || m.how != Resolution::kCapital) return std::nullopt;
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
    if (prep != "of" && !(prep == "for" && !p.family) && !(prep == "at" && !p.family))
      return std::nullopt;
    // "the Secretary of Justice for Ruritania" is Ruritania's, but "the envoy for Iran" and
    // "the special representative for Syria" are another state's envoys to it.
    bool for_state_only_portfolio = prep == "for" && p.head != "minister" &&
                                    p.head != "secretary" && p.head != "commissioner";
    size_t u = SkipPlaceKind(s, t + 1);
    if (p.head == "mayor") return CityAt(s, u + (s.lower[u] == "the" ? 1 : 0), end);
    size_t begin = 0;
    int m = HeadMentionAt(s, u, &begin);
    if (m < 0) return std::nullopt;
    // "the UK's National Crime Agency": the body after the possessive.
    bool possessive = false;
    size_t skip = PossessiveAfter(s, s.mentions[m], &possessive);
    if (possessive) {
      size_t next = s.mentions[m].token_end + skip;
      if (next >= n || s.mention_at[next] < 0 ||
          s.mentions[s.mention_at[next]].token_begin != next)
        return std::nullopt;
      m = s.mention_at[next];
    }
    if (for_state_only_portfolio && s.mentions[m].actor.type == ActorType::kCountry)
      return std::nullopt;
    return OwnerOf(s, p, m, end);
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
                  const Owner& owner, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    if (owner.mention == static_cast<int>(k)) return;
    // One triple a pair: the clause extractor may have read "became leader of" already, and
    // a second wording of the same office would score as a false positive.
    if (HasPair(out, person.actor, owner.actor)) return;
    Relation relation = Office(TitleText(s, p.title_begin, p.title_end), p.head);
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

  // The office phrase at `from` said of person k: "the Secretary of Justice for Ruritania",
  // "Ruritania's governor", "a member of the Example Party". Returns whether it gave one.
  bool ReadOfficeAt(const AnalyzedSentence& s, size_t k, size_t from,
                    std::vector<Triple>& out) const {
    std::optional<OfficePhrase> p = ReadOfficePhrase(s, from);
    if (!p) return false;
    size_t end = 0;
    std::optional<Owner> owner;
    if (p->owner >= 0) {
      owner = OwnerOf(s, *p, p->owner, &end);
    } else {
      owner = OwnerAfter(s, *p, &end);
    }
    if (!owner || !EndsOwner(s, p->owner >= 0 ? p->end : end)) return false;
    EmitOffice(s, k, *p, *owner, out);
    return true;
  }

  // "Jane Roe, the Secretary of Justice for Ruritania,", "John Doe, Roe's chief of staff,".
  void ReadAppositionAfter(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    size_t t = person.token_end;
    if (t + 1 >= s.lower.size() || s.lower[t] != ",") return;
    ReadOfficeAt(s, k, t + 1, out);
  }

  // "Roe was head of the Example Force", "Doe began serving as Ruritania's eleventh
  // governor", "X is a member of Y", "X, who was mayor of Paris".
  void ReadCopular(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    const size_t n = s.lower.size();
    size_t t = person.token_end;
    if (t + 1 < n && s.lower[t] == "," && s.lower[t + 1] == "who") t += 2;
    while (t < n && (words::IsAdverb(s.lower[t]) || words::IsHave(s.lower[t]))) ++t;
    if (t >= n) return;
    const std::string& verb = s.lower[t];
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
    // "was elected / appointed / named / sworn in as".
    if (t < n && (s.lower[t] == "elected" || s.lower[t] == "appointed" ||
                  s.lower[t] == "named" || s.lower[t] == "serving"))
      ++t;
    if (t + 1 < n && s.lower[t] == "sworn" && s.lower[t + 1] == "in") t += 2;
    if (t < n && s.lower[t] == "as") ++t;
    if (t < n && words::IsNegation(s.lower[t])) return;
    ReadOfficeAt(s, k, t, out);
  }

  // "Ruritania's President Jane Roe", "Roe's chief of staff John Doe", "Doe's wife, Jane
  // Doe": an owner's office right before the name.
  void ReadPossessiveBefore(const AnalyzedSentence& s, size_t k, std::vector<Triple>& out) const {
    const Mention& person = s.mentions[k];
    size_t name = person.token_begin;
    size_t stop = name > 0 && s.lower[name - 1] == "," ? name - 1 : name;
    for (size_t back = 1; back <= 8 && back <= stop; ++back) {
      size_t b = stop - back;
      int m = s.mention_at[b];
      if (m < 0 || s.mentions[m].token_begin != b || m == static_cast<int>(k)) continue;
      bool possessive = false;
      PossessiveAfter(s, s.mentions[m], &possessive);
      if (!possessive) return;
      std::optional<OfficePhrase> p = ReadOfficePhrase(s, b);
      if (!p || p->owner != m || p->end != stop) return;
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
          if (IsOfficeNoun(p.head) || words::IsTitleWord(p.head)) EmitOffice(s, k, p, *owner, out);
        } else if (owner->actor.type == ActorType::kOrganization && owner->mention >= 0 &&
                   s.mentions[owner->mention].token_begin > after + 1) {
          // No title: "John Doe of the National Crime Agency" works for it ("the" needed:
          // "John Doe of Ruritania" is where he comes from).
          if (HasPair(out, person.actor, owner->actor)) return;
          Relation r;
          // "Jo Jorgensen of the Libertarian Party" is its member (or candidate).
          bool party = owner->actor.name.ends_with(" Party") ||
                       owner->actor.name.ends_with(" party");
          r.text = party ? "be member of" : "work for";
          r.lemma = party ? "member" : "work";
          r.category = Category::kNeutral;
          EmitPairs(s, {{static_cast<int>(k), person.actor}}, r, TokenSpan(s, after, after + 1),
                    {{owner->mention, owner->actor}}, kName, 0.7, out);
        }
      }
    }
    // Title of owner, then the name: scan back for the phrase that ends at the name.
    size_t stop = person.token_begin;
    bool comma = stop > 0 && s.lower[stop - 1] == ",";
    if (comma) --stop;
    for (size_t back = 3; back <= 10 && back <= stop; ++back) {
      size_t b = stop - back;
      // The phrase must open a noun phrase: not "the prosecutor general of Tehran".
      if (b > 0 && !words::IsPunctuation(s.lower[b - 1]) && !words::IsDeterminer(s.lower[b - 1]) &&
          !words::IsPreposition(s.lower[b - 1]) && s.lower[b - 1] != "and")
        continue;
      if (s.mention_at[b] >= 0) continue;
      std::optional<OfficePhrase> p = ReadOfficePhrase(s, b);
      if (!p || p->owner >= 0 || p->title_begin != b + (words::IsDeterminer(s.lower[b]) ? 1 : 0))
        continue;
      size_t end = 0;
      std::optional<Owner> owner = OwnerAfter(s, *p, &end);
      if (!owner || end != stop) continue;
      // Without a comma the title is capitalised like a name's ("President of Argentina
      // Alberto Fernandez"), else it is a description ("the head of Tesla Elon Musk"?).
      if (!comma && !IsCapitalised(s, p->title_end - 1)) return;
      // Without a comma a one-word "name" is as likely the rest of the body's name
      // ("President of the Japan Chamber of Commerce").
      if (!comma && person.token_end - person.token_begin < 2) return;
      EmitOffice(s, k, *p, *owner, out);
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
    }
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
      if (!body.modifier && !possessive) continue;
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
      bool longer_name = body_begin > 0 && (s.mention_at[body_begin - 1] >= 0 ||
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
      std::string titles;
      for (size_t t = title_begin; t < title_end; ++t) {
        if (!titles.empty()) titles += ' ';
        titles += s.lower[t] == "gen." ? "general" : s.lower[t];
      }
      Relation r;
      r.text = "be " + titles + " of";
      r.lemma = s.lower[title_end - 1] == "gen." ? "general" : s.lower[title_end - 1];
      r.category = Category::kNeutral;
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

}  // namespace actorgraph::extract
