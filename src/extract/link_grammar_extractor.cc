#include "extract/link_grammar_extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/extract_util.h"
#include "extract/link_parser.h"
#include "extract/word_classes.h"

namespace actorgraph::extract {
namespace {

constexpr std::string_view kName = "link_grammar";
constexpr double kConfidence = 0.6;
// Most tokens between two actors for the sentence to be worth a parse.
constexpr size_t kMaxGap = 12;

// Proper nouns Link Grammar knows well; each actor mention is replaced by one of them, so
// the parser sees a simple sentence and every actor is exactly one word.
constexpr std::array<std::string_view, 16> kPlaceholders = {
    "Xavier", "Yolanda", "Zachary", "Victor", "Walter", "Oliver", "Patrick", "Quentin",
    "Rachel", "Samuel", "Ursula", "Thomas", "Nathan", "Monica", "Leonard", "Karen"};

// Verbs that state no relation of their own between subject and object.
bool IsEmptyVerb(std::string_view lemma) {
  static const std::set<std::string_view> k = {
      "say",    "report", "add",     "state",  "claim",   "note",
      "quote",  "be",    "have",   "become",  "remain", "seem",    "include",
      "name",   "know",   "see",     "think",  "believe", "mention", "cite",
      "do",     "get",   "let",    "make",    "leave",  "find",    "show",   "explain",
      // "sales were highest in X, followed by Y": an order, not a relation.
      "follow", "precede"};
  return k.count(lemma) > 0;
}

// Verbs of address and judgement: their relation is the actor they address or judge ("told
// Reuters", "called Trump a liar", "wrote to the UN"); with a noun object they state none
// ("told the story of Y", "called the attack on Y a crime", "called the election for Y").
bool IsAddresseeVerb(std::string_view lemma) {
  return lemma == "tell" || lemma == "call" || lemma == "describe" || lemma == "write";
}

// Prepositions after a verb that introduce the other party of a relation rather than a
// place, time, medium or purpose ("in", "at", "on", "during", "for", "between", "about" are
// left out unless the vocabulary lists the verb with them: "call for", "impose on").
bool IsRelationPreposition(std::string_view p) {
  static const std::set<std::string_view> k = {
      "with", "to",   "against", "onto",   "upon",  "from",
      "into", "toward", "towards", "over",   "of",    "behind", "alongside"};
  return k.count(p) > 0;
}

// Prepositions that with places, times and purposes name no party, but with an
// organisation or a person name the one the subject works, plays or serves for or with:
// "performed for Y", "studied at Y", "served under Y", "holds a majority in Y".
bool IsAffiliationPreposition(std::string_view p) {
  return p == "at" || p == "for" || p == "in" || p == "under";
}

// Last words of an organisation's name that make it a building or a ground, where "at" or
// "in" names a place ("spoke at the Lima Convention Center", "died at Andes Hospital").
bool IsVenueWord(std::string_view w) {
  static const std::set<std::string_view> k = {
      "center", "centre", "hall", "stadium", "arena", "hospital", "hotel", "airport", "park",
      "square", "theatre", "theater", "museum", "church", "mosque", "cathedral", "temple",
      "prison", "jail", "building", "tower", "palace", "gardens", "field", "auditorium"};
  return k.count(w) > 0;
}

// Prepositions after a verb's object noun that name the party the object passes to or comes
// from ("sent troops to Y", "bought a stake from Y", "signed a deal with Y"); not "of",
// "over" or "behind", which after an object belong to the noun or to a place.
bool IsObjectPartyPreposition(std::string_view p) {
  return p == "to" || p == "from" || p == "with" || p == "against" || p == "into" ||
         p == "onto" || p == "upon" || p == "toward" || p == "towards";
}

// Nouns of something said to a party, with the verb the relation writes them with: "in an
// interview with Y" -> "give interview to", "in remarks to Y" -> "make remarks to", "in a
// letter to Y" -> "write letter to"; "" for other nouns.
std::string_view SpeechNounVerb(std::string_view noun) {
  if (noun == "interview" || noun == "interviews") return "give";
  if (noun == "remarks" || noun == "comments" || noun == "statement" || noun == "statements")
    return "make";
  if (noun == "letter" || noun == "letters") return "write";
  return {};
}

// Verbs of saying that state no relation of their own (IsEmptyVerb) but do name whom they
// address with "to": "stated to Y", "said to Y", "explained to Y".
bool IsSayingVerb(std::string_view lemma) {
  return lemma == "say" || lemma == "state" || lemma == "explain" || lemma == "mention" ||
         lemma == "report" || lemma == "claim";
}

// Heads of a medium that an organisation's name before them may stand for: "the Reuters
// news agency", "the Radio Lima morning show".
bool IsMediaHead(std::string_view w) {
  static const std::set<std::string_view> k = {
      "agency",  "service", "newspaper", "daily",     "network",   "channel", "broadcaster",
      "station", "show",    "programme", "program",   "magazine",  "website", "outlet"};
  return k.count(w) > 0;
}

// Nouns of something a party issues that a participle after them may say the party does:
// "a statement condemning Y", "a message blaming Y", "a resolution urging Y".
bool IsStatementNoun(std::string_view w) {
  static const std::set<std::string_view> k = {
      "statement", "message", "letter",  "tweet",     "post",     "communique", "declaration",
      "video",     "note",    "petition", "resolution", "motion", "appeal",     "editorial"};
  return k.count(w) > 0;
}

// Catenatives missing from words::IsCatenative that also keep the subject as the actor.
bool IsPassThroughVerb(std::string_view lemma) {
  return lemma == "vote" || lemma == "move" || lemma == "opt" || lemma == "choose" ||
         lemma == "rush" || lemma == "scramble" || lemma == "resolve";
}

// Verbs whose gerund complement is the relation itself: "began attacking", "kept funding".
// Other verbs with a gerund keep their own word in the relation ("denied attacking").
bool IsAspectualVerb(std::string_view lemma) {
  return lemma == "begin" || lemma == "start" || lemma == "continue" || lemma == "keep" ||
         lemma == "resume";
}

// Verbs of expectation, wish and judgement: with an object and an infinitive they say what
// the object is to do or be ("expects Y to earn", "wants Y to leave", "considers Y to be a
// risk"), not what the subject does to it. Verbs of influence ("urged Y to", "asked Y to",
// "allowed Y to", "chose Y to be") are not here: their object is their party.
bool IsRaisingVerb(std::string_view lemma) {
  static const std::set<std::string_view> k = {
      "expect",  "want",    "need",    "like",   "love",     "hate",    "prefer",
      "wish",    "consider", "believe", "think",  "know",     "find",    "see",
      "hear",    "watch",   "feel",    "suppose", "presume", "assume",  "estimate",
      "project", "forecast", "predict", "judge",  "deem",     "rate",    "understand",
      "imagine", "reckon",  "intend",  "mean",   "report",   "declare", "prove", "show"};
  return k.count(lemma) > 0;
}

// Link Grammar's subscripts of common nouns: "n", "n-u", "s" (mass or singular), "p"
// (plural), "t" (titles: "leader.t"); not gerunds ("g") or conjunctions ("j-n").
bool IsNounTag(std::string_view tag) {
  return tag.starts_with("n") || tag.starts_with("s") || tag.starts_with("p") ||
         tag.starts_with("t");
}

// What "X is a ... of Y" may say X is: an office or a membership.
bool IsRoleNoun(std::string_view w) {
  static const std::set<std::string_view> k = {
      "member", "part",    "ally",   "partner", "chair", "chairman", "chairwoman", "founder",
      "head",   "citizen", "subsidiary", "unit", "affiliate", "wing", "branch", "co-founder",
      "director", "mayor", "owner", "shareholder", "candidate", "nominee", "rival", "opponent"};
  return k.count(w) > 0 || words::IsTitleWord(w);
}

// Prepositions by which a noun takes the party it is about, whatever the noun: "the
// prosecution of Y", "opposition to Y", "an investigation into Y", "a subpoena for Y".
bool IsPartyPreposition(std::string_view p) {
  return p == "of" || p == "to" || p == "into" || p == "from" || p == "with" ||
         p == "against" || p == "for";
}

// Nouns whose of-phrase (or possessor) is no party of the clause: a place, a time, an
// amount, a piece or a kind of something ("visited the capital of Y", "the end of Y's
// term", "a number of", "the rest of", "most of"), a record of it ("the name of Y") or a
// people ("the citizens of Y" are the actors, not Y).
bool IsNonPartyNoun(std::string_view w) {
  static const std::set<std::string_view> k = {
      // places
      "capital", "city", "town", "village", "region", "province", "territory", "area", "land",
      "soil", "streets", "street", "home", "headquarters", "office", "offices", "country",
      "state", "side", "border", "north", "south", "east", "west", "centre", "center",
      "outskirts", "heart", "building", "site", "place",
      // times
      "end", "beginning", "start", "middle", "time", "day", "week", "month", "year", "years",
      "period", "date", "history", "anniversary", "eve", "term", "age", "era", "days", "hours",
      // amounts and pieces
      "number", "lot", "lots", "couple", "dozen", "dozens", "hundreds", "thousands",
      "millions", "billions", "majority", "minority", "most", "half", "percent", "pct",
      "amount", "total", "sum", "rest", "part", "parts", "portion", "bulk", "share", "shares",
      "series", "kind", "sort", "type", "range", "list", "variety", "one", "ones", "some",
      "all", "many", "none", "each", "any", "few", "first", "second", "third", "last",
      "latest", "next", "best", "biggest", "largest", "top", "only", "level", "levels", "rate", "value", "size",
      "price", "prices", "cost", "figure", "figures", "results", "result", "stake",
      // a company's figures: "estimated the bank's net profits" is no tie to the bank
      "net", "profit", "profits", "earnings", "revenue", "revenues", "sales", "income",
      "loss", "losses", "output", "turnover",
      // records and names
      "name", "names", "copy", "text", "story", "news", "word", "words", "way", "case",
      "example", "view", "photo", "picture", "video", "footage", "details", "detail", "form",
      // people
      "people", "citizens", "residents", "population", "public", "nationals", "workers",
      "employees", "staff", "members", "supporters", "fans", "family", "families",
      "friends", "children", "women", "men"};
  return k.count(w) > 0;
}

// Nouns for a person: "hired the lawyer of Y" is about the lawyer, whose tie to Y is the
// copula's to state ("X is Y's lawyer"), not the verb's.
bool IsPersonNoun(std::string_view w) {
  static const std::set<std::string_view> k = {
      "lawyer", "lawyers", "attorney", "attorneys", "wife", "husband", "son", "daughter",
      "father", "mother", "brother", "sister", "widow", "aide", "aides", "adviser",
      "advisor", "advisers", "advisors", "friend", "relative", "relatives", "colleague",
      "colleagues", "boss", "successor", "predecessor", "deputy", "assistant", "partner",
      "rival", "opponent", "opponents", "critic", "critics", "ally", "allies", "envoy",
      "representative", "representatives", "delegate", "delegates", "official",
      "officials", "leader", "leaders", "head", "chief", "spokesman", "spokeswoman",
      "spokesperson", "man", "woman", "person", "owner", "founder", "player", "players",
      "coach", "manager", "director", "executive", "executives", "candidate", "nominee"};
  return k.count(w) > 0 || words::IsTitleWord(w);
}

// A noun that may name a person by what they do or are ("designer", "co-author", "loyalist",
// "nominee", "actress", "co-star"): a person noun, or one of their endings.
bool IsPersonNounForm(std::string_view w) {
  if (IsPersonNoun(w) || w == "star" || w.ends_with("-star")) return true;
  for (std::string_view end : {"er", "or", "ist", "ian", "man", "woman", "ant", "ent", "ess",
                               "ee", "ive", "ic"})
    if (w.size() > end.size() + 2 && w.ends_with(end)) return true;
  return false;
}

// Verbs that give someone an office: after "X elected Y chairman, replacing Z" the
// appointee is the one who replaces Z.
bool IsAppointmentVerb(std::string_view lemma) {
  static const std::set<std::string_view> k = {"elect",    "name",   "appoint", "hire",
                                               "promote",  "nominate", "choose", "select",
                                               "install",  "designate"};
  return k.count(lemma) > 0;
}

// Verbs that with "as" state an office, as the copula does: "served as Y's lawyer",
// "acted as an adviser to Y", "worked as a lawyer for Y".
bool IsServeVerb(std::string_view lemma) {
  return lemma == "serve" || lemma == "act" || lemma == "work";
}

// A reflexive object refers back to the subject: "involved himself in Y's politics" has
// no actor object.
bool IsReflexive(std::string_view w) {
  return w == "himself" || w == "herself" || w == "itself" || w == "themselves" ||
         w == "ourselves" || w == "myself";
}

// The link type: the leading upper-case letters of a label ("Ss*s" -> "S", "MVp" -> "MV").
std::string_view LinkType(std::string_view label) {
  size_t n = 0;
  while (n < label.size() && std::isupper(static_cast<unsigned char>(label[n]))) ++n;
  return label.substr(0, n);
}

// The subscript after the type ("MVp" -> "p", "Pv" -> "v").
std::string_view Subscript(std::string_view label) {
  return label.substr(LinkType(label).size());
}

// A linkage indexed for walking: per word, its links, and per word its sentence token.
class LinkView {
 public:
  struct Edge {
    std::string_view type;
    std::string_view sub;
    int other;
    bool to_right;  // `other` is to the right of this word
  };

  // `token_begin[i]`: the byte in the parsed text where the word of window position i
  // starts; `token_of[i]`: its sentence token.
  // Words from byte `text_end` on were added for the parser and stand for no token.
  LinkView(const Linkage& linkage, const std::vector<size_t>& token_begin,
           const std::vector<size_t>& token_of, size_t text_end, const AnalyzedSentence& s)
      : linkage_(linkage), s_(s), edges_(linkage.words.size()), token_(linkage.words.size(), -1) {
    for (const Link& link : linkage.links) {
      if (link.left < 0 || link.right < 0 || static_cast<size_t>(link.left) >= edges_.size() ||
          static_cast<size_t>(link.right) >= edges_.size())
        continue;
      std::string_view type = LinkType(link.label);
      std::string_view sub = Subscript(link.label);
      edges_[link.left].push_back(Edge{type, sub, link.right, true});
      edges_[link.right].push_back(Edge{type, sub, link.left, false});
    }
    for (size_t w = 0; w < linkage.words.size(); ++w) {
      size_t begin = linkage.words[w].begin;
      if (begin == LinkWord::kNoByte || begin >= text_end) continue;
      auto it = std::upper_bound(token_begin.begin(), token_begin.end(), begin);
      if (it == token_begin.begin()) continue;
      // A placeholder stands for all its mention's tokens, which share its offset: take
      // the first.
      size_t i = static_cast<size_t>(it - token_begin.begin()) - 1;
      while (i > 0 && token_begin[i - 1] == token_begin[i]) --i;
      token_[w] = static_cast<int>(token_of[i]);
    }
    for (size_t w = 0; w < edges_.size(); ++w)
      if (edges_[w].empty() && token_[w] >= 0) null_tokens_.push_back(token_[w]);
  }

  size_t size() const { return edges_.size(); }
  const std::vector<Edge>& edges(int w) const { return edges_[w]; }
  int token(int w) const { return token_[w]; }
  // The lower-cased sentence token under word `w`; "" for the walls.
  std::string_view lower(int w) const {
    return token_[w] < 0 ? std::string_view() : std::string_view(s_.lower[token_[w]]);
  }
  // Link Grammar's subscript of the word: "v-d" for "ruled.v-d", "" when none.
  std::string_view tag(int w) const {
    std::string_view t = linkage_.words[w].text;
    size_t dot = t.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    return t.substr(dot + 1);
  }
  // The words linked to `w` by a link of `type`, to the right (to_right) or left.
  std::vector<int> Linked(int w, std::string_view type, bool to_right) const {
    std::vector<int> out;
    for (const Edge& e : edges_[w])
      if (e.type == type && e.to_right == to_right) out.push_back(e.other);
    return out;
  }
  bool HasLink(int w, std::string_view type) const {
    for (const Edge& e : edges_[w])
      if (e.type == type) return true;
    return false;
  }
  // True when a word the parser left out (a linkage with null words) stands for a sentence
  // token in [begin, end) and is one that decides how the words around it relate: a
  // preposition ("studied [in] Chile" read as an object), "to", a negation, modal or hedge.
  bool LeavesOutStructure(size_t begin, size_t end) const {
    return std::any_of(null_tokens_.begin(), null_tokens_.end(), [&](int t) {
      if (static_cast<size_t>(t) < begin || static_cast<size_t>(t) >= end) return false;
      std::string_view w = s_.lower[t];
      return words::IsPreposition(w) || w == "to" || w == "by" || words::IsNegation(w) ||
             words::IsModal(w) || words::IsHedge(w);
    });
  }

 private:
  const Linkage& linkage_;
  const AnalyzedSentence& s_;
  std::vector<std::vector<Edge>> edges_;
  std::vector<int> token_;
  std::vector<int> null_tokens_;  // sentence tokens of the words left out of the linkage
};

// What the chain of auxiliaries and catenatives from a subject's verb adds to the relation.
struct VerbChain {
  std::vector<int> verbs;  // the content verbs (several when coordinated: "attacked and invaded")
  int shared = -1;         // the coordinating "and" whose objects all verbs share, or -1
  bool negated = false;
  bool passive = false;
  bool copula = false;     // "be" with no content verb: "is critical of", "is a member of"
  int copula_word = -1;
  std::string modality;
  // A passive after a catenative of the subject's wish, attempt or refusal ("wants to be
  // acquired by Y", "refused to be questioned by Y"): what the agent does is not stated.
  bool wished_passive = false;
  // The lemma of a verb taking the content verb as a gerund, which the relation keeps:
  // "denied attacking" -> "deny attack".
  std::string prefix;
  // Read from a free participle whose subject is the clause's ("X stayed in Y, taking a job
  // at Z"): the parser tags it a gerund (".g"), which is then a verb.
  bool participle = false;
};

class LinkGrammarExtractor : public Extractor {
 public:
  explicit LinkGrammarExtractor(const ExtractorContext& context) : context_(context) {}

  std::string_view name() const override { return kName; }

  void Extract(const AnalyzedSentence& s, std::vector<Triple>& out) const override {
    size_t n = s.lower.size();
    if (n < 3 || !context_.lemmatizer) return;
    std::vector<int> usable = UsableMentions(s);
    if (usable.size() < 2 && !std::any_of(usable.begin(), usable.end(), [&](int k) {
          return s.mentions[k].how == Resolution::kGroupReference;
        }))
      return;
    std::vector<Window> windows = ClauseWindows(s);
    AddCoordinatedParticipleWindows(s, windows);
    // Appended, so it is parsed only for pairs the whole window left unrelated.
    for (size_t i = 0, count = windows.size(); i < count; ++i)
      if (auto trimmed = WithoutOpeningPhrase(s, windows[i]))
        windows.push_back(std::move(*trimmed));
    const LinkParser* parser = nullptr;
    bool counted = false;
    for (const Window& window : windows) {
      if (window.tokens.size() < 3 || window.tokens.size() > kLinkGrammarMaxTokens) continue;
      if (!HasUnrelatedPair(s, usable, window, out)) continue;
      if (parser == nullptr) parser = LinkParser::Shared();
      if (parser == nullptr) return;
      if (s.counters && !counted) {
        ++s.counters->sentences_parsed;
        counted = true;
      }
      ParseAndRead(s, usable, window, *parser, out);
    }
  }

 private:
  // A piece of the sentence the parser sees as a sentence of its own: sentence token
  // indices in order, not always contiguous (asides taken out). `split`, when not 0, is the
  // position where a second piece starts: the window is only worth a parse for actor pairs
  // across it (each piece has its own window).
  struct Window {
    std::vector<size_t> tokens;
    size_t split = 0;
    // A relative clause with its antecedent ("Kenya , which borders Somalia") is no sentence;
    // the parser gets a main clause after it (", was there .") that maps to no token.
    bool relative = false;
  };

  // Words that open a subordinate clause a long sentence may be cut before: "..., after
  // Turkey began an offensive". The word itself is left out of the piece after the cut.
  static bool IsSubordinator(std::string_view w) {
    static const std::set<std::string_view> k = {"after",  "before", "while",   "when",
                                                   "because", "although", "though", "whereas",
                                                   "until",  "unless", "since"};
    return k.count(w) > 0;
  }

  // Words that open a phrase before a clause's subject: "In May ,", "As its leader ,",
  // "Earlier this month ,".
  static bool OpensPhrase(std::string_view w) {
    return (words::IsPreposition(w) && w != "of") || w == "as" || w == "amid" ||
           w == "despite" || w == "within" || w == "earlier" || w == "later" || w == "last" ||
           w == "next";
  }

  // "In May , X and Y agreed on a border", "Earlier this month , X and Y ...": the parser
  // reads a noun that ends an opening phrase, its comma and a coordinated subject as one
  // list ("May , X and Y"), which leaves the clause no subject. The window without that
  // phrase and its comma, when the phrase (a preposition or a time word, at most 8 words, no
  // mention) opens the window and two mentions joined by "and" follow the comma; nothing
  // otherwise.
  static std::optional<Window> WithoutOpeningPhrase(const AnalyzedSentence& s,
                                                    const Window& window) {
    const std::vector<size_t>& t = window.tokens;
    if (window.relative || window.split > 0 || t.size() < 6) return std::nullopt;
    if (!OpensPhrase(s.lower[t[0]])) return std::nullopt;
    size_t comma = 1;
    while (comma < t.size() && comma <= 8 && s.lower[t[comma]] != "," && s.mention_at[t[comma]] < 0)
      ++comma;
    if (comma < 2 || comma > 8 || comma + 4 >= t.size() || s.lower[t[comma]] != "," ||
        s.mention_at[t[comma]] >= 0)
      return std::nullopt;
    size_t i = comma + 1;
    if (s.lower[t[i]] == "the") ++i;
    int left = s.mention_at[t[i]];
    if (left < 0) return std::nullopt;
    while (i < t.size() && s.mention_at[t[i]] == left) ++i;
    if (i + 1 >= t.size() || s.lower[t[i]] != "and") return std::nullopt;
    ++i;
    if (s.lower[t[i]] == "the" && i + 1 < t.size()) ++i;
    int right = s.mention_at[t[i]];
    if (right < 0 || right == left) return std::nullopt;
    Window trimmed;
    trimmed.tokens.assign(t.begin() + static_cast<std::ptrdiff_t>(comma) + 1, t.end());
    return trimmed;
  }

  // Finite forms of verbs of saying, whose "that" opens the clause said.
  static bool IsSayingForm(std::string_view w) {
    static const std::set<std::string_view> k = {
        "said",     "says",      "stated",   "states",  "told",     "tells",    "announced",
        "added",    "noted",     "warned",   "argued",  "claimed",  "reported", "explained",
        "insisted", "confirmed", "believes", "believed", "wrote",   "writes",   "acknowledged"};
    return k.count(w) > 0;
  }

  // Where a sentence's clauses begin and end, from punctuation and a few clause words; the
  // windows the parser reads. A sentence of at most kLinkGrammarMaxTokens tokens is one
  // window. A longer one loses its asides (parentheses, ", according to ...", a
  // non-restrictive relative clause, which becomes a window of its own with its antecedent),
  // is cut at ";", ":", dashes and quotation marks, and a piece still too long is cut before
  // ", and", ", but", ", while", subordinators and ", saying"; one still too long is read in
  // runs of its comma-bounded segments (CommaRuns). Adjacent pieces that fit together also
  // make a window, for actors on both sides of a cut.
  std::vector<Window> ClauseWindows(const AnalyzedSentence& s) const {
    size_t n = s.lower.size();
    std::vector<Window> windows;
    if (n <= kLinkGrammarMaxTokens) {
      Window all;
      for (size_t t = 0; t < n; ++t) all.tokens.push_back(t);
      windows.push_back(std::move(all));
      return windows;
    }
    auto free = [&](size_t t) { return t < n && s.mention_at[t] < 0; };
    // 1. Asides.
    std::vector<bool> aside(n, false);
    std::vector<Window> relatives;
    for (size_t t = 0; t < n; ++t) {
      if (!free(t)) continue;
      const std::string& w = s.lower[t];
      if (w == "(") {
        size_t close = t + 1;
        while (close < n && close - t <= 20 && s.lower[close] != ")" && s.lower[close] != "(")
          ++close;
        if (close < n && s.lower[close] == ")") {
          for (size_t u = t; u <= close; ++u) aside[u] = true;
          t = close;
        }
        continue;
      }
      if (w != "," || t + 1 >= n || !free(t + 1)) continue;
      const std::string& next = s.lower[t + 1];
      bool according = next == "according" && t + 2 < n && s.lower[t + 2] == "to";
      bool relative = next == "which" || next == "who" || next == "whom" || next == "whose";
      if (!according && !relative) continue;
      size_t end = t + 2;  // the aside runs to the next comma or clause mark (kept)
      while (end < n && !(free(end) && (s.lower[end] == "," || s.lower[end] == ";" ||
                                        s.lower[end] == "-" || s.lower[end] == "--" ||
                                        s.lower[end] == "\"" || s.lower[end] == ":")))
        ++end;
      if (relative && t > 0 && s.mention_at[t - 1] >= 0) {
        // The antecedent mention and the relative clause: "Kenya , which borders Somalia".
        Window r;
        const Mention& m = s.mentions[s.mention_at[t - 1]];
        for (size_t u = m.token_begin; u < t; ++u) r.tokens.push_back(u);
        for (size_t u = t; u < end; ++u) r.tokens.push_back(u);
        r.relative = true;
        relatives.push_back(std::move(r));
      }
      for (size_t u = t; u < end; ++u) aside[u] = true;
      // Its opening comma went with it; so does its closing one ("Kenya, which ..., said").
      if (end < n && s.lower[end] == ",") aside[end] = true;
      t = end - 1;
    }
    // 2. The main line (asides left out), cut into pieces at clause marks. A piece is a range
    // [begin, end) of `main`; the marks themselves belong to no piece.
    std::vector<size_t> main;
    for (size_t t = 0; t < n; ++t)
      if (!aside[t]) main.push_back(t);
    auto is_quote = [&](size_t t) { return free(t) && (s.lower[t] == "\"" || s.lower[t] == "'"); };
    std::vector<std::pair<size_t, size_t>> pieces;
    size_t begin = 0;
    auto cut = [&](size_t at, size_t resume) {
      if (at > begin) pieces.emplace_back(begin, at);
      begin = resume;
    };
    for (size_t i = 0; i < main.size(); ++i) {
      size_t t = main[i];
      const std::string& w = s.lower[t];
      bool mark = free(t) && (w == ";" || w == ":" || w == "-" || w == "--");
      // A quotation mark ends a clause where it meets a comma or colon (`," the minister
      // said`, `said: "`); elsewhere it quotes a phrase inside the clause.
      bool quote_cut = is_quote(t) &&
                       ((i > 0 && (s.lower[main[i - 1]] == "," || s.lower[main[i - 1]] == ":")) ||
                        (i + 1 < main.size() && s.lower[main[i + 1]] == ","));
      if (mark || quote_cut) cut(i, i + 1);
    }
    cut(main.size(), main.size());
    // 3. Pieces still too long: cut before clause words (", and", ", saying", "after").
    std::vector<std::pair<size_t, size_t>> fine;
    // Per piece cut before a participle (", challenging Y"): its index in `fine` and where
    // the piece it was cut from begins.
    std::vector<std::pair<size_t, size_t>> participles;
    for (auto [b, e] : pieces) {
      if (e - b <= kLinkGrammarMaxTokens) {
        fine.emplace_back(b, e);
        continue;
      }
      size_t start = b;
      size_t from = b;
      // "While Puerto Rico is a commonwealth of the United States, it is ...": a subordinate
      // clause that opens the piece ends at its first comma; without its subordinator it
      // parses as a sentence.
      if (free(main[b]) && IsSubordinator(s.lower[main[b]]))
        for (size_t i = b + 3; i < e; ++i)
          if (free(main[i]) && s.lower[main[i]] == ",") {
            fine.emplace_back(b + 1, i);
            start = from = i + 1;
            break;
          }
      for (size_t i = from; i < e; ++i) {
        size_t t = main[i];
        const std::string& w = s.lower[t];
        bool comma = free(t) && w == "," && i + 1 < e && free(main[i + 1]);
        std::string_view next = comma ? std::string_view(s.lower[main[i + 1]]) : "";
        if (comma && (next == "and" || next == "but" || next == "while" || next == "saying" ||
                      next == "adding" || next == "or" || IsSubordinator(next))) {
          if (i > start) fine.emplace_back(start, i);
          start = i + 2;  // "saying" keeps its clause's subject out: the piece is what was said
          ++i;
          continue;
        }
        if (free(t) && IsSubordinator(w) && i >= start + 4) {
          fine.emplace_back(start, i);
          start = i + 1;
          continue;
        }
        // "X stated to Y in late June that ...": what was said is a clause of its own; and
        // ", giving them ...": a participle clause after the main one.
        bool said_that = free(t) && w == "that" && i >= start + 4 &&
                         std::any_of(main.begin() + std::max(start, i >= 8 ? i - 8 : 0),
                                     main.begin() + i, [&](size_t u) {
                                       return free(u) && IsSayingForm(s.lower[u]);
                                     });
        bool participle = comma && next.size() > 5 && next.ends_with("ing") && i > start;
        if (said_that) {
          fine.emplace_back(start, i);
          start = i + 1;
        } else if (participle) {
          fine.emplace_back(start, i);
          start = i + 1;
          participles.emplace_back(fine.size(), b);
        }
      }
      if (e > start) fine.emplace_back(start, e);
    }
    auto piece = [&](size_t b, size_t e) {
      Window w;
      // A piece after a quotation (`charges", adding Iran will ...`) starts at its comma,
      // which leaves the parser no linkage; "saying" and "adding" there introduce what was
      // said, the clause itself.
      while (b < e && free(main[b]) && s.lower[main[b]] == ",") ++b;
      if (b < e && free(main[b]) && (s.lower[main[b]] == "saying" || s.lower[main[b]] == "adding"))
        ++b;
      for (size_t i = b; i < e; ++i)
        if (!is_quote(main[i])) w.tokens.push_back(main[i]);
      return w;
    };
    for (size_t i = 0; i < fine.size(); ++i) {
      windows.push_back(piece(fine[i].first, fine[i].second));
      // A piece no clause word cuts ("Day , an actress ... , invited Hudson , then ... , to
      // appear ..."): its comma-bounded runs around each close pair of mentions.
      if (windows.back().tokens.size() > kLinkGrammarMaxTokens)
        for (Window& run : CommaRuns(s, windows.back().tokens)) windows.push_back(std::move(run));
      if (i + 1 < fine.size()) {
        // Two neighbours with what stood between them, for actors on both sides of the cut.
        Window both = piece(fine[i].first, fine[i + 1].second);
        if (both.tokens.size() <= kLinkGrammarMaxTokens) {
          both.split = piece(fine[i].first, fine[i].second).tokens.size();
          windows.push_back(std::move(both));
        }
      }
    }
    for (Window& r : relatives) windows.push_back(std::move(r));
    // "X has decided to run in the 2020 party primaries, challenging Y": when the piece
    // before the participle and the participle's own do not fit together, the participle
    // piece after the subject of the clause before it, as an aside of a main clause the
    // parser is given (", was there .", as for a relative clause): "X , challenging Y".
    for (auto [j, b] : participles) {
      if (j == 0 || j >= fine.size()) continue;
      if (piece(fine[j - 1].first, fine[j].second).tokens.size() <= kLinkGrammarMaxTokens)
        continue;
      size_t comma = main[fine[j].first - 1];
      int subject = SubjectBefore(s, main, b, fine[j].first - 1);
      if (subject < 0) continue;
      const Mention& m = s.mentions[subject];
      Window w;
      for (size_t t = m.token_begin; t < m.token_end; ++t) w.tokens.push_back(t);
      w.tokens.push_back(comma);
      Window rest = piece(fine[j].first, fine[j].second);
      if (!rest.tokens.empty() && s.lower[rest.tokens.back()] == ".") rest.tokens.pop_back();
      if (rest.tokens.empty() || w.tokens.size() + rest.tokens.size() > kLinkGrammarMaxTokens)
        continue;
      w.split = w.tokens.size() - 1;
      w.tokens.insert(w.tokens.end(), rest.tokens.begin(), rest.tokens.end());
      w.relative = true;
      windows.push_back(std::move(w));
    }
    return windows;
  }

  // Windows of at most kLinkGrammarMaxTokens tokens inside `tokens` (a piece too long to
  // parse), made of its comma-bounded segments: per pair of mentions at most kMaxGap tokens
  // apart, the segments from the first's to the second's, widened by whole segments to the
  // left (where the subject is) and then to the right while they fit. A cut at a comma keeps
  // phrases whole, so the clause around the pair reads as it does in the sentence. A run never
  // spans an aside taken out of the piece (the aside may have ended too early: ", which
  // involves Greece, Cyprus and Israel, is ..."). Each run once, in order.
  std::vector<Window> CommaRuns(const AnalyzedSentence& s,
                                const std::vector<size_t>& tokens) const {
    // segment[i]: the segment of position i; a separating comma belongs to none (-1).
    std::vector<int> segment(tokens.size(), -1);
    std::vector<std::pair<size_t, size_t>> segments;  // [begin, end) positions
    size_t begin = 0;
    for (size_t i = 0; i <= tokens.size(); ++i) {
      bool comma = i < tokens.size() && s.lower[tokens[i]] == "," && s.mention_at[tokens[i]] < 0;
      if (i < tokens.size() && !comma) continue;
      if (i > begin) {
        for (size_t u = begin; u < i; ++u) segment[u] = static_cast<int>(segments.size());
        segments.emplace_back(begin, i);
      }
      begin = i + 1;
    }
    // Mentions by their first and last position.
    std::vector<std::pair<size_t, size_t>> mentions;
    for (size_t i = 0; i < tokens.size(); ++i) {
      int k = s.mention_at[tokens[i]];
      if (k < 0) continue;
      if (!mentions.empty() && i > 0 && s.mention_at[tokens[i - 1]] == k)
        mentions.back().second = i;
      else
        mentions.emplace_back(i, i);
    }
    // Tokens of segments a..b, or more than any window when the run spans an aside.
    auto length = [&](int a, int b) {
      size_t first = segments[a].first, last = segments[b].second - 1;
      if (tokens[last] - tokens[first] != last - first) return kLinkGrammarMaxTokens + 1;
      return last + 1 - first;
    };
    std::vector<Window> runs;
    std::set<std::pair<int, int>> seen;
    for (size_t i = 0; i < mentions.size(); ++i)
      for (size_t j = i + 1; j < mentions.size(); ++j) {
        if (mentions[j].first - mentions[i].second - 1 > kMaxGap) break;
        int a = segment[mentions[i].first];
        int b = segment[mentions[j].second];
        if (a < 0 || b < 0 || length(a, b) > kLinkGrammarMaxTokens) continue;
        while (a > 0 && length(a - 1, b) <= kLinkGrammarMaxTokens) --a;
        // Only opening phrases may be left out before the run ("In May , as its leader , X
        // ..."): a run that starts inside a clause takes whatever stands before its verb for
        // the subject ("of Dallas , Texas , told ...", ", led by Y , said ...").
        bool openers = true;
        for (int d = 0; d < a && openers; ++d)
          openers = OpensPhrase(s.lower[tokens[segments[d].first]]);
        if (!openers) continue;
        while (b + 1 < static_cast<int>(segments.size()) &&
               length(a, b + 1) <= kLinkGrammarMaxTokens)
          ++b;
        // Nor may it end where the clause goes on: "support Gates , a career official , would
        // have" cut before "would" reads "support" as a verb with Gates its object.
        if (b + 1 < static_cast<int>(segments.size()) &&
            s.mention_at[tokens[segments[b + 1].first]] < 0 &&
            ContinuesClause(s.lower[tokens[segments[b + 1].first]]))
          continue;
        if (!seen.insert({a, b}).second) continue;
        Window run;
        for (size_t u = segments[a].first; u < segments[b].second; ++u)
          run.tokens.push_back(tokens[u]);
        runs.push_back(std::move(run));
      }
    return runs;
  }

  // True when `w` after a comma carries on the clause before it: an auxiliary, a modal or an
  // inflected verb ("X , its leader , said ...", "... , would have").
  bool ContinuesClause(std::string_view w) const {
    std::string word(w);
    return words::IsBe(word) || words::IsHave(word) || words::IsDo(word) || words::IsModal(word) ||
           words::IsFuture(word) ||
           (context_.lemmatizer->IsVerb(word) && context_.lemmatizer->VerbLemma(word) != word);
  }

  // "X spent the year travelling, meeting with Y and speaking to Z": the parser reads the
  // second participle into the first one's object (ReadParticiples leaves such a pair of
  // participles alone). Each participle after the subject of the clause before the comma,
  // as an aside of a main clause the parser is given (as for ClauseWindows' participle
  // pieces): "X , meeting with Y", "X , speaking to Z".
  void AddCoordinatedParticipleWindows(const AnalyzedSentence& s,
                                       std::vector<Window>& windows) const {
    size_t n = s.lower.size();
    auto participle = [&](size_t t) {
      if (t >= n) return false;
      const std::string& w = s.lower[t];
      return s.mention_at[t] < 0 && w.size() > 5 && w.ends_with("ing") &&
             context_.lemmatizer->IsVerb(w);
    };
    std::vector<size_t> all(n);
    for (size_t t = 0; t < n; ++t) all[t] = t;
    for (size_t comma = 1; comma + 1 < n; ++comma) {
      if (s.lower[comma] != "," || !participle(comma + 1)) continue;
      size_t end = comma + 2;
      size_t second = 0;
      for (; end < n; ++end) {
        const std::string& w = s.lower[end];
        if (s.mention_at[end] < 0 && (w == "," || w == ";" || w == "." || w == ":")) break;
        if (second == 0 && (w == "and" || w == "or") && s.mention_at[end] < 0 &&
            participle(end + 1))
          second = end + 1;
      }
      if (second == 0) continue;
      size_t from = comma >= kLinkGrammarMaxTokens ? comma - kLinkGrammarMaxTokens : 0;
      int subject = SubjectBefore(s, all, from, comma);
      if (subject < 0) continue;
      const Mention& m = s.mentions[subject];
      for (auto [b, e] : {std::pair<size_t, size_t>{comma + 1, second - 1},
                          std::pair<size_t, size_t>{second, end}}) {
        Window w;
        for (size_t t = m.token_begin; t < m.token_end; ++t) w.tokens.push_back(t);
        w.tokens.push_back(comma);
        w.split = w.tokens.size() - 1;
        for (size_t t = b; t < e; ++t) w.tokens.push_back(t);
        w.relative = true;
        if (w.tokens.size() <= kLinkGrammarMaxTokens) windows.push_back(std::move(w));
      }
      comma = end - 1;
    }
  }

  // The last mention in [main[begin], main[end]) in a subject's place: a whole actor (not a
  // modifier), not after a preposition, and followed (adverbs aside) by an auxiliary, a modal
  // or an inflected verb. -1 if none.
  int SubjectBefore(const AnalyzedSentence& s, const std::vector<size_t>& main, size_t begin,
                    size_t end) const {
    int found = -1;
    for (size_t i = begin; i < end; ++i) {
      int k = s.mention_at[main[i]];
      if (k < 0) continue;
      const Mention& m = s.mentions[k];
      if (m.token_begin != main[i] || m.modifier || ActorsOf(m).empty()) continue;
      size_t after = i;
      while (after < end && s.mention_at[main[after]] == k) ++after;
      size_t before = m.token_begin;
      if (before > 0 && words::IsDeterminer(s.lower[before - 1])) --before;
      bool in_phrase = before > 0 && (words::IsPreposition(s.lower[before - 1]) ||
                                      s.lower[before - 1] == "'s");
      while (after < end && words::IsAdverb(s.lower[main[after]])) ++after;
      i = after - 1;
      if (in_phrase || after >= end) continue;
      std::string_view v = s.lower[main[after]];
      bool verb = words::IsBe(v) || words::IsHave(v) || words::IsModal(v) ||
                  words::IsFuture(v) || words::IsDo(v) ||
                  (context_.lemmatizer->IsVerb(v) && !words::IsPreposition(v) &&
                   context_.lemmatizer->VerbLemma(v) != v && !v.ends_with("ing"));
      if (verb) found = k;
    }
    // "X said he believed there would be a compromise ..., averting Y": after a verb of
    // saying or another clause's subject, the participle is no longer the subject's.
    if (found < 0) return -1;
    for (size_t i = begin; i < end; ++i) {
      if (main[i] < s.mentions[found].token_end || s.mention_at[main[i]] >= 0) continue;
      std::string_view w = s.lower[main[i]];
      if (IsSayingForm(w) || w == "that" || w == "there" || w == "he" || w == "she" ||
          w == "it" || w == "they" || w == "we" || w == "i" || w == "you" ||
          words::IsRelativePronoun(w) || IsSubordinator(w))
        return -1;
      // "X elected Y chairman, replacing Z": the appointee's (ReadParticiples).
      if (IsAppointmentVerb(context_.lemmatizer->VerbLemma(w)) && i > 0 &&
          !words::IsBe(s.lower[main[i - 1]]))
        return -1;
    }
    return found;
  }

  // Parses one window and reads its linkage.
  void ParseAndRead(const AnalyzedSentence& s, const std::vector<int>& usable,
                    const Window& window, const LinkParser& parser,
                    std::vector<Triple>& out) const {
    size_t n = s.lower.size();
    std::vector<bool> in(n, false);
    for (size_t t : window.tokens) in[t] = true;
    // Our tokens joined by spaces, each usable mention one placeholder word.
    std::vector<int> placeholder_of(n, -1);
    std::vector<size_t> placeholder_end(n, 0);
    for (int k : usable) {
      const Mention& m = s.mentions[k];
      if (!in[m.token_begin]) continue;
      size_t begin = m.token_begin;
      // "Foreign Secretary Jane Roe": the title goes into the placeholder too, so the parser
      // does not read a run of capitalised words.
      if (m.actor.type == ActorType::kPerson && m.how != Resolution::kGroupReference) {
        while (begin > 0 && in[begin - 1] && s.mention_at[begin - 1] < 0 &&
               words::IsTitleWord(s.lower[begin - 1]))
          --begin;
        // "Treasury Secretary", "Finance Minister": capitalised words of the title's office.
        for (int more = 0; more < 2 && begin < m.token_begin && begin > 1 && in[begin - 1] &&
                           s.mention_at[begin - 1] < 0 &&
                           std::isupper(static_cast<unsigned char>(s.sentence->tokens[begin - 1].text[0]));
             ++more)
          --begin;
        // "Secretary of State Jane Roe", "Chancellor of the Exchequer Jane Roe": a title with
        // the office's capitalised of-phrase (no actor in it) is the name's too.
        {
          size_t b = begin;
          auto capitalised = [&](size_t t) {
            return in[t] && s.mention_at[t] < 0 &&
                   std::isupper(static_cast<unsigned char>(s.sentence->tokens[t].text[0]));
          };
          while (b > 0 && begin - b < 2 && capitalised(b - 1) && s.lower[b - 1] != "of" &&
                 s.lower[b - 1] != "the")
            --b;
          size_t of = b > 0 ? b - 1 : 0;
          if (b < begin && of > 1 && s.lower[of] == "the" && in[of]) --of;
          if (b < begin && of > 0 && s.lower[of] == "of" && in[of] && capitalised(of - 1) &&
              words::IsTitleWord(s.lower[of - 1])) {
            begin = of - 1;
            while (begin > 0 && in[begin - 1] && s.mention_at[begin - 1] < 0 &&
                   words::IsTitleWord(s.lower[begin - 1]))
              --begin;
          }
        }
        // "Fashion designer Jane Roe described ...", "Record producer Jane Roe ...": words
        // opening the window before a person's name describe the person, and the parser reads
        // the first as an imperative verb; they go into the placeholder too.
        if (!window.tokens.empty() && begin > 0 && in[begin - 1] &&
            std::isupper(static_cast<unsigned char>(s.sentence->tokens[m.token_begin].text[0])) &&
            IsPersonNounForm(s.lower[begin - 1])) {
          size_t b = begin;
          while (b > 0 && begin - b < 3 && in[b - 1] && DescribesPersonAt(s, window, b - 1))
            --b;
          if (b < begin && b == window.tokens.front()) begin = b;
        }
        // "US President Donald Trump": a state modifier before the title is part of the
        // name (it is not an actor of the clause).
        if (begin < m.token_begin && begin > 0 && in[begin - 1] && s.mention_at[begin - 1] >= 0) {
          int km = s.mention_at[begin - 1];
          const Mention& before = s.mentions[km];
          if (before.modifier && before.token_end == begin &&
              std::find(usable.begin(), usable.end(), km) == usable.end() &&
              in[before.token_begin])
            begin = before.token_begin;
        }
      }
      placeholder_of[begin] = k;
      placeholder_end[begin] = m.token_end;
    }
    std::string text;
    // Per window position: the byte its word starts at in `text`, and its sentence token.
    std::vector<size_t> token_begin;
    std::vector<size_t> token_of;
    int placeholders = 0;
    for (size_t i = 0; i < window.tokens.size(); ++i) {
      size_t t = window.tokens[i];
      if (!text.empty()) text += ' ';
      size_t at = text.size();
      int k = placeholder_of[t];
      if (k >= 0) {
        const Mention& m = s.mentions[k];
        std::string word(kPlaceholders[placeholders++ % kPlaceholders.size()]);
        // Plural readings keep verb agreement: "both countries have", "Americans are".
        if (m.how == Resolution::kGroupReference ||
            (m.how == Resolution::kDemonym && !m.modifier && s.lower[m.token_end - 1].ends_with("s")))
          word += 's';
        text += word;
        // A placeholder stands for all its mention's tokens, which share its offset.
        while (i < window.tokens.size() && window.tokens[i] < placeholder_end[t]) {
          token_begin.push_back(at);
          token_of.push_back(window.tokens[i]);
          ++i;
        }
        --i;
        continue;
      }
      if (i > 0 && InTitleRun(s, window, i, placeholder_of)) {
        for (char ch : s.sentence->tokens[t].text)
          text += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
      } else {
        text += s.sentence->tokens[t].text;
      }
      token_begin.push_back(at);
      token_of.push_back(t);
    }
    size_t text_end = text.size();
    if (window.relative) text += " , was there .";
    Linkage linkage;
    auto start = std::chrono::steady_clock::now();
    bool parsed = parser.Parse(text, &linkage);
    if (s.counters) {
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      size_t bucket = std::min<size_t>(4, (window.tokens.size() - 1) / 10);
      ++s.counters->parses;
      if (!parsed) ++s.counters->parses_failed;
      s.counters->parse_seconds += seconds;
      ++s.counters->parses_by_length[bucket];
      s.counters->seconds_by_length[bucket] += seconds;
    }
    if (!parsed) return;
    LinkView view(linkage, token_begin, token_of, text_end, s);
    // Mention of each word (placeholders only).
    std::vector<int> mention_of(view.size(), -1);
    for (size_t w = 0; w < view.size(); ++w) {
      int t = view.token(static_cast<int>(w));
      if (t >= 0 && placeholder_of[t] >= 0) mention_of[w] = placeholder_of[t];
    }
    Reader reader{s, view, mention_of, *this, out};
    reader.ReadClauses();
  }

  // Whether sentence token `t` may be a word describing the person named after it ("fashion
  // designer", "record producer"): a plain word, no mention, function word or inflected verb,
  // capitalised only as the window's first word.
  bool DescribesPersonAt(const AnalyzedSentence& s, const Window& window, size_t t) const {
    if (s.mention_at[t] >= 0) return false;
    const std::string& w = s.lower[t];
    if (w.empty() || !std::all_of(w.begin(), w.end(), [](char ch) {
          return std::islower(static_cast<unsigned char>(ch)) || ch == '-';
        }))
      return false;
    if (t != window.tokens.front() &&
        std::isupper(static_cast<unsigned char>(s.sentence->tokens[t].text[0])))
      return false;
    if (words::IsDeterminer(w) || words::IsPreposition(w) || words::IsCoordinator(w) ||
        words::IsRelativePronoun(w) || words::IsBe(w) || words::IsHave(w) || words::IsDo(w) ||
        words::IsModal(w) || words::IsFuture(w) || words::IsNegation(w) || words::IsAdverb(w) ||
        words::IsQuantifier(w) || w == "you" || w == "we" || w == "they" || w == "he" ||
        w == "she" || w == "it" || w == "i" || w == "if" || w == "as" || w == "than")
      return false;
    return !(context_.lemmatizer->IsVerb(w) && context_.lemmatizer->VerbLemma(w) != w);
  }

  // True when window position `i` is in a run of capitalised words ending in a title word
  // that names no one after it: "Trump's Special Presidential Envoy to ...". The parser
  // reads such a run as a name of its own (G links) and loses the clause; lower-cased it is
  // an office ("special presidential envoy"). A title before a name is the name's (the
  // placeholder takes it).
  static bool InTitleRun(const AnalyzedSentence& s, const Window& window, size_t i,
                         const std::vector<int>& placeholder_of) {
    auto capitalised_free = [&](size_t at) {
      size_t t = window.tokens[at];
      const std::string& text = s.sentence->tokens[t].text;
      return s.mention_at[t] < 0 && placeholder_of[t] < 0 && !text.empty() &&
             std::isupper(static_cast<unsigned char>(text[0])) &&
             std::all_of(text.begin(), text.end(),
                         [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); });
    };
    if (!capitalised_free(i)) return false;
    size_t end = i;
    while (end + 1 < window.tokens.size() && capitalised_free(end + 1)) ++end;
    if (!words::IsTitleWord(s.lower[window.tokens[end]])) return false;
    if (end + 1 >= window.tokens.size()) return true;
    size_t next = window.tokens[end + 1];
    const std::string& text = s.sentence->tokens[next].text;
    return s.mention_at[next] < 0 && !text.empty() &&
           !std::isupper(static_cast<unsigned char>(text[0]));
  }

  // Mentions the parser may see as actors: head mentions over whole tokens, and modifiers
  // that stand for their state before a generic head ("US forces"). Any mention with an
  // actor will do, named or not (a pronoun resolved by coreference is as good as a name).
  static std::vector<int> UsableMentions(const AnalyzedSentence& s) {
    std::vector<int> usable;
    size_t last_end = 0;
    for (size_t k = 0; k < s.mentions.size(); ++k) {
      const Mention& m = s.mentions[k];
      if (m.token_begin >= m.token_end || m.token_end > s.lower.size()) continue;
      if (m.token_begin < last_end) continue;  // overlaps the previous one
      if (ActorsOf(m).empty()) continue;
      const auto& tokens = s.sentence->tokens;
      if (m.span.begin != tokens[m.token_begin].begin || m.span.end != tokens[m.token_end - 1].end)
        continue;  // part of a token: "US-Iran"
      if (m.modifier && !StateGroupAt(s, m.token_begin) &&
          !(m.token_end < s.lower.size() && s.lower[m.token_end] == "members"))
        continue;
      usable.push_back(static_cast<int>(k));
      last_end = m.token_end;
    }
    return usable;
  }

  // The parser's cost: only pairs close enough for one clause of the window, with a word
  // between them (or right after the second, for passives and relatives) that can be a verb.
  bool HasUnrelatedPair(const AnalyzedSentence& s, const std::vector<int>& usable,
                        const Window& window, const std::vector<Triple>& out) const {
    // Window position of each sentence token, or -1.
    std::vector<int> pos(s.lower.size(), -1);
    for (size_t i = 0; i < window.tokens.size(); ++i) pos[window.tokens[i]] = static_cast<int>(i);
    std::vector<int> inside;
    for (int k : usable) {
      const Mention& m = s.mentions[k];
      bool all = true;
      for (size_t t = m.token_begin; t < m.token_end; ++t) all = all && pos[t] >= 0;
      if (all) inside.push_back(k);
    }
    auto actors_differ = [&](const Mention& first, const Mention& second) {
      for (const Actor& a : ActorsOf(first))
        for (const Actor& b : ActorsOf(second)) {
          bool same = !a.id.empty() ? a.id == b.id : a.name == b.name;
          if (!same && !HasPair(out, a, b)) return true;
        }
      return false;
    };
    for (size_t i = 0; i < inside.size(); ++i)
      for (size_t j = i + 1; j < inside.size(); ++j) {
        const Mention& first = s.mentions[inside[i]];
        const Mention& second = s.mentions[inside[j]];
        size_t first_end = static_cast<size_t>(pos[first.token_end - 1]) + 1;
        size_t second_begin = static_cast<size_t>(pos[second.token_begin]);
        size_t second_end = static_cast<size_t>(pos[second.token_end - 1]) + 1;
        if (second_begin < first_end) continue;
        if (second_begin - first_end > kMaxGap &&
            !ParticipleBefore(s, window, first_end, second_begin))
          continue;
        if (window.split > 0 && !(first_end <= window.split && second_begin >= window.split))
          continue;
        bool verb = false;
        size_t scan_end = std::min(window.tokens.size(), second_end + 3);
        for (size_t p = first_end; p < scan_end && !verb; ++p) {
          if (p >= second_begin && p < second_end) continue;
          const std::string& w = s.lower[window.tokens[p]];
          verb = words::IsBe(w) ||
                 (w.size() > 2 && context_.lemmatizer->IsVerb(w) && !words::IsDeterminer(w) &&
                  !words::IsPreposition(w));
        }
        if (!verb) continue;
        if (actors_differ(first, second)) return true;
      }
    // A group reference alone: its members may meet ("both countries signed a treaty").
    for (int k : inside) {
      const Mention& m = s.mentions[k];
      if (m.how == Resolution::kGroupReference && m.members.size() >= 2 && window.split == 0 &&
          actors_differ(m, m))
        return true;
    }
    return false;
  }

  // True when a participle after a comma ("..., challenging Y") opens at most kMaxGap
  // tokens before window position `second_begin` and after `first_end`: its subject may
  // be the clause's, further away than kMaxGap ("X has decided to run in the 2020 party
  // primaries, challenging Y").
  bool ParticipleBefore(const AnalyzedSentence& s, const Window& window, size_t first_end,
                        size_t second_begin) const {
    for (size_t p = second_begin; p > first_end + 1 && second_begin - p <= kMaxGap; --p) {
      const std::string& w = s.lower[window.tokens[p - 1]];
      if (s.lower[window.tokens[p - 2]] == "," && w.size() > 5 && w.ends_with("ing") &&
          s.mention_at[window.tokens[p - 1]] < 0 && context_.lemmatizer->IsVerb(w))
        return true;
    }
    return false;
  }

  // Reads the triples of one linkage.
  struct Reader {
    const AnalyzedSentence& s;
    const LinkView& view;
    const std::vector<int>& mention_of;
    const LinkGrammarExtractor& self;
    std::vector<Triple>& out;

    // The actors word `w` stands for, with their mentions: a placeholder (and the
    // coordination around it), "X and Y", a relative pronoun's antecedent, or a generic
    // head after a state ("Xavier forces").
    std::vector<GroupMember> Actors(int w, int depth = 0) const {
      std::vector<GroupMember> members;
      if (w < 0 || depth > 3) return members;
      auto add = [&](const std::vector<GroupMember>& more) {
        for (const GroupMember& g : more) {
          bool seen = std::any_of(members.begin(), members.end(), [&](const GroupMember& m) {
            return m.actor.id == g.actor.id && m.actor.name == g.actor.name;
          });
          if (!seen) members.push_back(g);
        }
      };
      int k = mention_of[w];
      if (k >= 0) {
        const Mention& m = s.mentions[k];
        if (m.modifier) return members;  // only through its generic head
        std::vector<GroupMember> own;
        for (const Actor& a : ActorsOf(m)) own.push_back(GroupMember{k, a});
        add(own);
        // The parser sometimes reads "X and Y" as one name (G links); our own reading of the
        // coordination then stands in for its SJ links.
        if (view.HasLink(w, "G")) {
          if (auto g = GroupAt(s, m.token_begin); g && g->members.size() > 1) add(g->members);
          if (auto g = GroupEndingAt(s, m.token_end); g && g->members.size() > 1) add(g->members);
        }
        return members;
      }
      std::string_view word = view.lower(w);
      if (word == "and" || word == "or" || word == "&") {
        for (const auto& e : view.edges(w))
          if (e.type == "SJ" || e.type == "MJ" || e.type == "OJ" || e.type == "AJ") {
            auto conjunct = Actors(e.other, depth + 1);
            // "rejected the plan and Greece": a conjunct that is no actor means the
            // coordination is not a list of actors (or the parse is wrong).
            if (conjunct.empty()) return {};
            add(conjunct);
          }
        std::stable_sort(members.begin(), members.end(),
                         [](const GroupMember& a, const GroupMember& b) { return a.mention < b.mention; });
        return members;
      }
      if (words::IsRelativePronoun(word)) {
        for (int a : view.Linked(w, "MX", false)) add(Actors(a, depth + 1));
        for (int a : view.Linked(w, "R", false)) add(Actors(a, depth + 1));
        return members;
      }
      // "the government of Syria", "the forces of Y": the state through its body.
      if (words::IsStateHead(word)) {
        for (const auto& e : view.edges(w)) {
          if (!e.to_right || e.type != "M" || view.lower(e.other) != "of") continue;
          for (int j : view.Linked(e.other, "J", true)) {
            int km = mention_of[j];
            if (km < 0 || s.mentions[km].modifier) continue;
            std::vector<GroupMember> own;
            for (const Actor& a : ActorsOf(s.mentions[km])) own.push_back(GroupMember{km, a});
            add(own);
          }
        }
        if (!members.empty()) return members;
      }
      if (auto office = OfficeActors(w, depth); !office.empty()) return office;
      // "Sputnik News": the parser reads a capitalised word after an organisation's name as
      // the end of that name (G), and links the name by its last word.
      // The organisations linked to `w` from the left by a link of one of `types`.
      auto add_linked_organisations = [&](std::initializer_list<std::string_view> types) {
        for (const auto& e : view.edges(w)) {
          if (e.to_right || std::find(types.begin(), types.end(), e.type) == types.end())
            continue;
          int km = mention_of[e.other];
          if (km < 0 || s.mentions[km].modifier ||
              s.mentions[km].actor.type != ActorType::kOrganization)
            continue;
          std::vector<GroupMember> own;
          for (const Actor& a : ActorsOf(s.mentions[km])) own.push_back(GroupMember{km, a});
          add(own);
        }
      };
      if (int t = view.token(w); t >= 0 && std::isupper(static_cast<unsigned char>(
                                                  s.sentence->tokens[t].text[0]))) {
        add_linked_organisations({"G"});
        if (!members.empty()) return members;
      }
      // "the Reuters news agency", "the Radio Lima morning show": a medium named by the
      // organisation before it is that organisation.
      if (IsMediaHead(word)) {
        add_linked_organisations({"AN", "GN"});
        if (!members.empty()) return members;
      }
      // "Labour members voted to ...": the members of a party or body act for it.
      if (words::IsStateHead(word) || word == "members") {
        for (const auto& e : view.edges(w)) {
          if ((e.type == "AN" || e.type == "GN" || e.type == "A") && !e.to_right) {
            int km = mention_of[e.other];
            // "US special forces": one modifier between the state and the head.
            if (km < 0)
              for (const auto& f : view.edges(e.other))
                if ((f.type == "AN" || f.type == "A") && !f.to_right && mention_of[f.other] >= 0)
                  km = mention_of[f.other];
            if (km < 0) continue;
            std::vector<GroupMember> own;
            for (const Actor& a : ActorsOf(s.mentions[km])) own.push_back(GroupMember{km, a});
            add(own);
          }
        }
      }
      return members;
    }

    // "The president of Turkey", "the navies of France and India", "the spokesman for the
    // Kremlin": an office or a plural head stands for the actors of its of-phrase (a plural
    // one for all of a coordination, a singular one for one actor that is no person). When
    // an apposition names the office holder ("The prime minister of India, Narendra Modi,
    // ...") the person is the actor; nobody when the actor layer does not know the name.
    std::vector<GroupMember> OfficeActors(int w, int depth) const {
      std::string_view word = view.lower(w);
      bool plural = words::IsPluralOfficeHead(word);
      if (!plural && !words::IsOfficeHead(word)) return {};
      std::vector<GroupMember> members;
      for (const auto& e : view.edges(w)) {
        std::string_view prep = view.lower(e.other);
        if (!e.to_right || e.type != "M" ||
            !(prep == "of" || (prep == "for" && word.starts_with("spokes"))))
          continue;
        for (int j : view.Linked(e.other, "J", true)) {
          std::vector<GroupMember> found;
          int km = mention_of[j];
          if (km >= 0) {
            if (s.mentions[km].modifier) continue;
            for (const Actor& a : ActorsOf(s.mentions[km])) found.push_back(GroupMember{km, a});
          } else if (plural && (view.lower(j) == "and" || view.lower(j) == "&")) {
            found = Actors(j, depth + 1);
          }
          for (GroupMember& g : found) members.push_back(std::move(g));
        }
      }
      if (members.empty() || (!plural && members.size() != 1)) return {};
      for (const GroupMember& g : members)
        if (g.actor.type == ActorType::kPerson) return {};
      // "Peter Roe, joint chairman of Warburg Securities, told ...": the office is itself an
      // apposition to a name before it, whose holder is the actor (or nobody).
      if (int t = view.token(w); t > 0) {
        size_t b = static_cast<size_t>(t);
        while (b > 0 && b + 4 > static_cast<size_t>(t) && s.mention_at[b - 1] < 0 &&
               s.lower[b - 1] != "," &&
               (words::IsDeterminer(s.lower[b - 1]) || words::IsTitleWord(s.lower[b - 1]) ||
                self.context_.lemmatizer->IsAdjective(s.lower[b - 1]) || s.lower[b - 1] == "joint"))
          --b;
        if (b >= 2 && s.lower[b - 1] == ",") {
          // Not a date ("On Sunday, the president of Turkey ...").
          static const std::set<std::string_view> kDates = {
              "monday",  "tuesday",  "wednesday", "thursday", "friday",   "saturday",
              "sunday",  "january",  "february",  "march",    "april",    "may",
              "june",    "july",     "august",    "september", "october", "november",
              "december"};
          const std::string& text = s.sentence->tokens[b - 2].text;
          bool name = !text.empty() && std::isupper(static_cast<unsigned char>(text[0])) &&
                      kDates.count(s.lower[b - 2]) == 0;
          if (s.mention_at[b - 2] >= 0 || name) return {};
        }
      }
      // The apposition after the of-phrase: ", Narendra Modi,", also a name the actor layer
      // does not know (", Makoto Kuroda,").
      size_t end = 0;
      for (const GroupMember& g : members) end = std::max(end, s.mentions[g.mention].token_end);
      if (end + 1 < s.lower.size() && s.lower[end] == ",") {
        int next = s.mention_at[end + 1];
        const std::string& text = s.sentence->tokens[end + 1].text;
        bool capitalised = !text.empty() && std::isupper(static_cast<unsigned char>(text[0]));
        if (next >= 0 && s.mentions[next].actor.type == ActorType::kPerson &&
            !s.mentions[next].modifier) {
          // "The spokesman for the Kremlin, Dmitry Peskov, dismissed ...": the holder acts.
          std::vector<GroupMember> holder;
          for (const Actor& a : ActorsOf(s.mentions[next])) holder.push_back(GroupMember{next, a});
          return holder;
        }
        if (next >= 0 || capitalised) return {};
      }
      return members;
    }

    // True when the subject word (or the first word of its coordination) follows a
    // preposition: "consumers such as the US, Japan and Canada ...": the parser's subject
    // link is then a misreading.
    bool InsidePhrase(int w) const {
      int first = w;
      for (const auto& e : view.edges(w))
        if ((e.type == "SJ" || e.type == "G") && !e.to_right && e.other < first) first = e.other;
      int t = view.token(first);  // a placeholder's first (title) token
      if (t <= 0) return false;
      size_t before = static_cast<size_t>(t) - 1;
      if (words::IsDeterminer(s.lower[before]) && before > 0) --before;
      static const std::set<std::string_view> k = {"as", "of", "with", "than", "like", "from",
                                                     "by", "to", "for", "between", "among",
                                                     "including"};
      return k.count(s.lower[before]) > 0;
    }

    // Follows auxiliaries, modals, negation, passives and catenatives from `verb`.
    VerbChain Chain(int verb) const {
      VerbChain c;
      int w = verb;
      bool wished = false;  // a catenative with a modality or a negation came before
      for (int step = 0; step < 8 && w >= 0; ++step) {
        std::string_view word = view.lower(w);
        for (const auto& e : view.edges(w)) {
          std::string_view other = view.lower(e.other);
          // EB: "was not the party's choice" (negation after the copula).
          if ((e.type == "N" || e.type == "E" || e.type == "EN" || e.type == "EB") &&
              words::IsNegation(other))
            c.negated = true;
          // "have rarely agreed", "reportedly met": the hedge is the relation's modality.
          if ((e.type == "E" || e.type == "EN" || e.type == "EB") && words::IsHedge(other))
            c.modality = std::string(other);
        }
        if (words::IsModal(word)) c.modality = std::string(word);
        int next = -1;
        // Only auxiliaries lead on: "helped X escape" (I from a content verb) is a verb of
        // its own.
        bool modal = words::IsModal(word) || words::IsFuture(word) || words::IsDo(word) ||
                     word == "to";
        bool have = words::IsHave(word);
        bool be = words::IsBe(word);
        for (const auto& e : view.edges(w)) {
          if (!e.to_right) continue;
          bool aux = (e.type == "I" && modal) || (e.type == "PP" && have) ||
                     (e.type == "P" && be && (e.sub.starts_with("v") || e.sub.starts_with("g")));
          if (aux) {
            if (e.type == "P" && e.sub.starts_with("v")) {
              c.passive = true;
              c.wished_passive = wished;
            }
            next = e.other;
            break;
          }
        }
        if (next < 0 && !be && !have && !modal) {
          // A gerund complement: "denied attacking", "began shelling".
          std::vector<int> gerund;
          for (const auto& e : view.edges(w))
            if (e.to_right && e.type == "P" && e.sub.starts_with("g")) gerund.push_back(e.other);
          if (!gerund.empty() && view.tag(gerund[0]).starts_with("v")) {
            std::string lemma = self.context_.lemmatizer->VerbLemma(word);
            if (!lemma.empty() && !IsEmptyVerb(lemma) && !IsAspectualVerb(lemma) &&
                c.prefix.empty())
              c.prefix = lemma;
            next = gerund[0];
          }
        }
        if (next < 0) {
          // A catenative: "threatened to invade", "voted to elect".
          std::vector<int> to = view.Linked(w, "TO", true);
          // "wants Y to leave Z" (TOo): the infinitive is the object's, not the subject's.
          bool object_raised = std::any_of(view.edges(w).begin(), view.edges(w).end(),
                                           [](const LinkView::Edge& e) {
                                             return e.to_right && e.type == "TO" &&
                                                    e.sub.starts_with("o");
                                           });
          if (object_raised) break;
          if (!to.empty() && !words::IsBe(word) && word != "to") {
            std::string lemma = self.context_.lemmatizer->VerbLemma(word);
            std::string_view modality;
            bool negates = false;
            bool known = words::IsCatenative(lemma, &modality, &negates);
            if (!known && !IsPassThroughVerb(lemma)) break;
            if (!modality.empty()) c.modality = std::string(modality);
            if (negates) c.negated = !c.negated;
            wished = wished || !modality.empty() || negates;
            std::vector<int> inf = view.Linked(to[0], "I", true);
            if (inf.empty()) break;
            next = inf[0];
          }
        }
        if (next < 0) break;
        w = next;
      }
      std::string_view word = view.lower(w);
      // "The House issued a request for Y, scheduled for this week": a comma coordinating
      // verbs is tagged ".j".
      if (view.tag(w) == "j-v" || word == "and" || word == "or") {
        c.shared = w;
        for (const auto& e : view.edges(w))
          if (e.type == "VJ") c.verbs.push_back(e.other);
        return c;
      }
      // "The House issued a request for Y, scheduled for this week": the parser coordinates
      // verbs by a comma (tag ".j") where the second is mostly a participle of the first's
      // object ("a company he formed, called Z"); only the verb before the comma is the
      // subject's.
      if (view.tag(w) == "j" && view.HasLink(w, "VJ")) {
        for (const auto& e : view.edges(w))
          if (e.type == "VJ" && !e.to_right) c.verbs.push_back(e.other);
        return c;
      }
      if (words::IsBe(word)) {
        c.copula = true;
        c.copula_word = w;
        return c;
      }
      if (!c.passive && (words::IsHave(word) || words::IsDo(word) || words::IsModal(word) ||
                         words::IsFuture(word) || word == "to"))
        return c;  // an auxiliary with nothing after it
      c.verbs.push_back(w);
      return c;
    }

    // An actor in apposition right after the noun `noun`: "endorsed his former rival, Joe
    // Biden". The parser leaves a closing apposition unattached (or links it by MX); the
    // actor must end the clause (a comma, the end, or "and"), and must not be the subject
    // of a clause of its own ("attacked the base, Iran said").
    std::vector<GroupMember> Apposed(int noun) const {
      int comma = noun + 1;
      int name = noun + 2;
      if (name >= static_cast<int>(view.size()) || view.lower(comma) != ",") return {};
      if (mention_of[name] < 0) return {};
      for (const auto& e : view.edges(name))
        if (e.type == "S" || e.type == "SJ" || e.type == "O" || e.type == "J" || e.type == "G")
          return {};
      int after = name + 1;
      if (after < static_cast<int>(view.size())) {
        std::string_view next = view.lower(after);
        if (!(next.empty() || next == "," || next == "." || next == ";" || next == "and"))
          return {};
      }
      return Actors(name);
    }

    // The noun with its modifiers, as the relation writes it: "military offensive",
    // "arrest warrants": up to two adjectives or noun modifiers right before it (not
    // determiners, numbers, units or actors).
    std::string NounPhrase(int noun) const {
      std::string text(view.lower(noun));
      int w = noun - 1;
      for (int k = 0; k < 2 && w > 0; ++k, --w) {
        bool linked = false;
        for (const auto& e : view.edges(noun))
          if (!e.to_right && e.other == w &&
              ((e.type == "A" && view.tag(w).starts_with("a")) ||
               (e.type == "AN" && IsNounTag(view.tag(w)))))
            linked = true;
        std::string_view word = view.lower(w);
        if (!linked || mention_of[w] >= 0 || word.empty() ||
            !std::all_of(word.begin(), word.end(),
                         [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) || ch == '-'; }))
          break;
        text = std::string(word) + " " + text;
      }
      return text;
    }

    // True if the verb has a preposition whose object is a medium: "spoke on the phone",
    // "talked by telephone", "spoke via video link".
    bool OverAMedium(int verb) const {
      static const std::set<std::string_view> k = {"phone", "telephone", "video", "videophone",
                                                   "videoconference", "call", "link", "line"};
      for (int p : view.Linked(verb, "MV", true))
        for (int j : view.Linked(p, "J", true))
          if (k.count(view.lower(j))) return true;
      return false;
    }

    // A common noun (no actor, no number) that may be about a party: not a place, time,
    // amount or people (IsNonPartyNoun).
    bool OpenNoun(int noun) const {
      if (noun < 0 || mention_of[noun] >= 0 || !IsNounTag(view.tag(noun))) return false;
      std::string_view word = view.lower(noun);
      if (word.size() < 3 || !std::all_of(word.begin(), word.end(), [](char ch) {
            return std::islower(static_cast<unsigned char>(ch)) || ch == '-';
          }))
        return false;
      if (IsNonPartyNoun(word)) return false;
      // A capitalised noun inside the sentence is part of a name or a title the actor layer
      // does not know: "received the Hero of the Soviet Union".
      int t = view.token(noun);
      const std::string& text = s.sentence->tokens[t].text;
      return t == 0 || !std::isupper(static_cast<unsigned char>(text[0]));
    }

    // The actors owning `noun`: "Yolanda 's lawyer" (D from "'s", which the owner reaches
    // by YS or YP).
    std::vector<GroupMember> Possessors(int noun) const {
      std::vector<GroupMember> owners;
      for (const auto& e : view.edges(noun)) {
        if (e.to_right || e.type != "D") continue;
        std::string_view mark = view.lower(e.other);
        if (mark != "'s" && mark != "'" && mark != "\u2019s" && mark != "\u2019") continue;
        for (const auto& f : view.edges(e.other)) {
          if (f.to_right || (f.type != "YS" && f.type != "YP")) continue;
          auto more = Actors(f.other);
          owners.insert(owners.end(), more.begin(), more.end());
        }
      }
      return owners;
    }

    // The party one noun deeper than preposition `prep`: "opposition to [the swearing-in of
    // Y]", "a subpoena for [documents from Y]", "support for [Y's bid]". Extends `phrase`
    // by the preposition and that noun and sets `last` to the preposition before the party.
    std::vector<GroupMember> Deeper(int prep, std::string* phrase, std::string* last) const {
      for (int j : view.Linked(prep, "J", true)) {
        if (!OpenNoun(j) || IsPersonNoun(view.lower(j))) continue;
        std::string more = " " + *last + " " + NounPhrase(j);
        if (auto owners = Possessors(j); !owners.empty()) {
          *phrase += more;
          *last = "of";
          return owners;
        }
        for (int p : view.Linked(j, "M", true)) {
          std::string_view second = view.lower(p);
          // "documents from Y" after "a subpoena for", not "a dose of a drug from Y".
          if (second != "of" && !(second == "from" && *last != "of")) continue;
          auto objects = PrepObjects(p);
          if (objects.empty()) continue;
          *phrase += more;
          *last = std::string(second);
          return objects;
        }
      }
      return {};
    }

    // The party of a noun that says what its subject is: "of", "to", "for" or a possessor
    // ("a commonwealth of Y", "the delegate to Y", "a lawyer for Y", "Y's lawyer"), also one
    // noun deeper ("a member of the board of Y"); a role noun (IsRoleNoun) also with any
    // relation preposition ("a partner with Y"). Sets `phrase` (the noun phrase, with what
    // stands between it and the party) and `prep` (the preposition before the party; "of"
    // for a possessor).
    std::vector<GroupMember> RoleParty(int noun, std::string* phrase, std::string* prep) const {
      bool role = IsRoleNoun(view.lower(noun));
      *phrase = NounPhrase(noun);
      if (auto owners = Possessors(noun); !owners.empty()) {
        *prep = "of";
        return owners;
      }
      for (const auto& f : view.edges(noun)) {
        if (!f.to_right || !(f.type == "OF" || f.type == "MV" || f.type == "M")) continue;
        std::string_view p = view.lower(f.other);
        bool fits = role ? IsRelationPreposition(p) || p == "for"
                         : p == "of" || p == "to" || p == "for";
        if (!fits) continue;
        *prep = std::string(p);
        auto objects = PrepObjects(f.other);
        if (objects.empty()) objects = Deeper(f.other, phrase, prep);
        if (objects.empty()) continue;
        return objects;
      }
      return {};
    }

    // "X was on the board of Y", "X is in Y's cabinet": membership of a body of Y, written
    // "be on board of". True when it read one.
    bool ReadMembership(const std::vector<GroupMember>& subjects, const VerbChain& c, int be,
                        int prep, const std::string& verb) const {
      static const std::set<std::string_view> kBodies = {
          "board", "committee", "council", "cabinet", "staff", "team", "panel", "payroll",
          "faculty", "squad", "roster", "leadership"};
      std::string_view p = view.lower(prep);
      if (p != "on" && p != "in") return false;
      for (int noun : view.Linked(prep, "J", true)) {
        if (mention_of[noun] >= 0 || kBodies.count(view.lower(noun)) == 0) continue;
        std::vector<GroupMember> objects = Possessors(noun);
        for (int of : view.Linked(noun, "M", true))
          if (objects.empty() && view.lower(of) == "of") objects = PrepObjects(of);
        if (objects.empty()) continue;
        Emit(subjects, MakeRelation(verb, std::string(p) + " " + NounPhrase(noun), "of", c),
             WordSpan(be, noun), objects);
        return true;
      }
      return false;
    }

    // "one of the front runners for ...": the noun after "one of" says what the subject is.
    int AfterOneOf(int noun) const {
      if (view.lower(noun) != "one") return noun;
      for (int p : view.Linked(noun, "M", true)) {
        if (view.lower(p) != "of") continue;
        for (int j : view.Linked(p, "J", true))
          if (mention_of[j] < 0 && IsNounTag(view.tag(j))) return j;
      }
      return noun;
    }

    // "served as Y's lawyer", "acted as an adviser to Y", "serving as president of Y": the
    // office the subject holds, written as the copula writes it ("be lawyer of"). True when
    // it read one.
    bool ReadServeAs(const std::vector<GroupMember>& subjects, const std::vector<int>& sources,
                     const VerbChain& c) const {
      for (int src : sources)
        for (const auto& e : view.edges(src)) {
          if (!e.to_right || !(e.type == "MV" || e.type == "M") || view.lower(e.other) != "as")
            continue;
          for (const auto& f : view.edges(e.other)) {
            if (!f.to_right || !(f.type == "J" || f.type == "TI")) continue;
            int noun = f.other;
            if (!IsRoleNoun(view.lower(noun)) && !OpenNoun(noun)) continue;
            if (mention_of[noun] >= 0 || !IsNounTag(view.tag(noun))) continue;
            std::string phrase;
            std::string prep;
            auto objects = RoleParty(noun, &phrase, &prep);
            if (objects.empty()) continue;
            Emit(subjects, MakeRelation("be", phrase, prep, c), WordSpan(src, noun), objects);
            return true;
          }
        }
      return false;
    }

    // Objects of a preposition word: J links to the right.
    std::vector<GroupMember> PrepObjects(int prep) const {
      std::vector<GroupMember> objects;
      for (int j : view.Linked(prep, "J", true)) {
        auto more = Actors(j);
        objects.insert(objects.end(), more.begin(), more.end());
      }
      return objects;
    }

    // Objects of an affiliation preposition (IsAffiliationPreposition): only organisations
    // and persons, since a country, region or city there is a place ("worked in Y",
    // "studied in Y"); empty if any object is another kind.
    // Not a building ("at Andes Hospital", IsVenueWord) nor the subject of a "for ... to"
    // clause ("urged for Y to act").
    std::vector<GroupMember> AffiliationObjects(int prep) const {
      std::vector<GroupMember> objects;
      for (int j : view.Linked(prep, "J", true)) {
        if (j + 1 < static_cast<int>(view.size()) && view.lower(j + 1) == "to") return {};
        auto more = Actors(j);
        objects.insert(objects.end(), more.begin(), more.end());
      }
      for (const GroupMember& g : objects) {
        if (g.actor.type != ActorType::kOrganization && g.actor.type != ActorType::kPerson)
          return {};
        std::string_view name = g.actor.name;
        std::string last(name.substr(name.rfind(' ') + 1));
        std::transform(last.begin(), last.end(), last.begin(),
                       [](unsigned char ch) { return std::tolower(ch); });
        if (g.actor.type == ActorType::kOrganization && IsVenueWord(last)) return {};
      }
      return objects;
    }

    // True if a verb stands between words `a` and `b`: "decided to proceed with its offer
    // for Y" hangs "for" on "decided", but the offer is for Y. A participle before a noun
    // is no verb there ("took a veiled shot at Y").
    bool VerbBetween(int a, int b) const {
      for (int k = std::min(a, b) + 1; k < std::max(a, b); ++k)
        if (view.tag(k).starts_with("v") && view.Linked(k, "A", true).empty()) return true;
      return false;
    }

    // "served as Y's lawyer under Z", "worked as an adviser at Y": the affiliation
    // prepositions on the verb besides its "as".
    void ReadAffiliations(const std::vector<GroupMember>& subjects, int verb,
                          const std::string& head, const std::vector<int>& sources,
                          const VerbChain& c) const {
      for (int src : sources)
        for (int p : view.Linked(src, "MV", true)) {
          std::string_view prep = view.lower(p);
          if (!IsAffiliationPreposition(prep) || VerbBetween(verb, p)) continue;
          auto objects = AffiliationObjects(p);
          if (objects.empty()) continue;
          Emit(subjects, MakeRelation(head, "", prep, c), WordSpan(verb, p), objects);
        }
      // "served as ambassador to Y under President Z": the parser hangs "under" on the
      // office; whom the subject served under is a person.
      for (int src : sources)
        for (const auto& e : view.edges(src)) {
          if (!e.to_right || !(e.type == "MV" || e.type == "M") || view.lower(e.other) != "as")
            continue;
          for (const auto& f : view.edges(e.other)) {
            if (!f.to_right || !(f.type == "J" || f.type == "TI")) continue;
            for (int p : view.Linked(f.other, "M", true)) {
              if (view.lower(p) != "under" || VerbBetween(verb, p)) continue;
              auto objects = AffiliationObjects(p);
              bool persons = !objects.empty() &&
                             std::all_of(objects.begin(), objects.end(), [](const GroupMember& g) {
                               return g.actor.type == ActorType::kPerson;
                             });
              if (!persons) continue;
              Emit(subjects, MakeRelation(head, "", "under", c), WordSpan(verb, p), objects);
            }
          }
        }
    }

    // True if the verb (by "with" or "against") or its object noun (also by "to") has a party
    // that is no actor: "X and Y held talks with the rebels", "met with officials", "limited
    // their contacts to local officials" relate neither to the other.
    bool HasOtherParty(const std::vector<int>& sources, const std::vector<int>& nouns) const {
      auto other = [&](int prep) {
        for (int j : view.Linked(prep, "J", true)) {
          std::string_view w = view.lower(j);
          if (mention_of[j] < 0 && IsNounTag(view.tag(j)) && w != "other" && w != "each" &&
              w != "another")
            return true;
        }
        return false;
      };
      for (int src : sources)
        for (int p : view.Linked(src, "MV", true))
          if ((view.lower(p) == "with" || view.lower(p) == "against") && other(p)) return true;
      for (int noun : nouns)
        for (int p : view.Linked(noun, "M", true)) {
          std::string_view prep = view.lower(p);
          if ((prep == "with" || prep == "against" || prep == "to") && other(p)) return true;
        }
      return false;
    }

    // True if a preposition attached to one of `sources` (or to their object nouns) has an
    // actor as its object.
    bool HasPrepObject(const std::vector<int>& sources) const {
      for (int src : sources) {
        for (int p : view.Linked(src, "MV", true))
          if (!PrepObjects(p).empty()) return true;
        for (int o : view.Linked(src, "O", true))
          for (int p : view.Linked(o, "M", true))
            if (!PrepObjects(p).empty()) return true;
      }
      return false;
    }

    // True if one of `sources` takes an infinitive: "expects Y to earn" (TO), "expected Y to
    // win" (MVi to "to").
    bool HasInfinitive(const std::vector<int>& sources) const {
      for (int src : sources)
        for (const auto& e : view.edges(src)) {
          if (!e.to_right) continue;
          if (e.type == "TO") return true;
          if (e.type == "MV" && e.sub.starts_with("i") && view.lower(e.other) == "to") return true;
        }
      return false;
    }

    Relation MakeRelation(const std::string& lemma, const std::string& middle,
                          std::string_view prep, const VerbChain& c) const {
      Relation r;
      r.lemma = lemma.substr(0, lemma.find(' '));
      std::string text = lemma;
      const RelationVocabulary* vocabulary = self.context_.vocabulary;
      const VerbEntry* entry = nullptr;
      if (vocabulary && middle.empty()) {
        if (!prep.empty()) entry = vocabulary->FindVerb(lemma + " " + std::string(prep));
        if (entry) {
          text = entry->normal;
          prep = {};
        } else {
          entry = vocabulary->FindVerb(lemma);
          if (entry) text = entry->normal;
        }
      }
      if (!middle.empty()) text += " " + middle;
      if (!prep.empty()) text += " " + std::string(prep);
      r.text = text;
      if (entry) {
        r.category = entry->category;
        r.cameo_root = entry->cameo_root;
        r.symmetric = entry->symmetric;
      } else if (vocabulary && !middle.empty()) {
        std::string noun = middle.substr(middle.rfind(' ') + 1);
        if (const NounEntry* ne = vocabulary->FindNoun(noun)) {
          r.category = ne->category;
          r.cameo_root = ne->cameo_root;
          r.symmetric = ne->symmetric;
        }
      }
      if (!c.prefix.empty()) {
        // "deny attack": the outer verb leads; what it says of the inner relation is its own.
        r.text = c.prefix + " " + r.text;
        r.lemma = c.prefix;
        r.category = Category::kUnknown;
        r.cameo_root = 0;
        r.symmetric = false;
        if (vocabulary)
          if (const VerbEntry* outer = vocabulary->FindVerb(c.prefix)) {
            r.category = outer->category;
            r.cameo_root = outer->cameo_root;
          }
      }
      r.negated = c.negated;
      r.modality = c.modality;
      return r;
    }

    Span WordSpan(int a, int b = -1) const {
      int ta = view.token(a);
      int tb = b >= 0 ? view.token(b) : ta;
      if (ta < 0 || tb < 0) return Span{};
      if (tb < ta) std::swap(ta, tb);
      return TokenSpan(s, ta, tb + 1);
    }

    // True when a word left out of the linkage that decides the relation lies between the
    // two actors' mentions: the parse that links them is not the sentence's.
    bool Straddles(const GroupMember& a, const GroupMember& b) const {
      if (a.mention < 0 || b.mention < 0) return false;
      const Mention& x = s.mentions[a.mention];
      const Mention& y = s.mentions[b.mention];
      return view.LeavesOutStructure(std::min(x.token_begin, y.token_begin),
                            std::max(x.token_end, y.token_end));
    }

    // "led, according to Time, the largest march": the source of "according to" is no
    // party of the clause it interrupts.
    bool IsSourceOfAccordingTo(const GroupMember& m) const {
      if (m.mention < 0) return false;
      size_t t = s.mentions[m.mention].token_begin;
      if (t > 0 && s.lower[t - 1] == "the") --t;
      return t >= 2 && s.lower[t - 1] == "to" && s.lower[t - 2] == "according";
    }

    void Emit(const std::vector<GroupMember>& subjects, const Relation& r, Span span,
              const std::vector<GroupMember>& objects) const {
      if (subjects.empty() || objects.empty()) return;
      // Only pairs the pattern extractors left unread.
      for (const GroupMember& a : subjects)
        for (const GroupMember& b : objects) {
          if (Straddles(a, b) || IsSourceOfAccordingTo(a) || IsSourceOfAccordingTo(b)) continue;
          if (HasPair(out, a.actor, b.actor)) {
            auto pair = [&](const Triple& t) {
              return (t.subject.id == a.actor.id && t.object.id == b.actor.id) ||
                     (t.subject.id == b.actor.id && t.object.id == a.actor.id);
            };
            bool ours = std::any_of(out.begin(), out.end(), [&](const Triple& t) {
              return t.extractor == kName && pair(t);
            });
            // "the party nominated X, the party's 1996 nominee": an office read around the
            // name leaves the clause's own act to be read too.
            bool office_only = std::none_of(out.begin(), out.end(), [&](const Triple& t) {
              return pair(t) && t.extractor != "affiliation";
            });
            if (!ours && !(office_only && !r.text.starts_with("be "))) continue;
          }
          EmitPairs(s, {a}, r, span, {b}, kName, kConfidence, out);
        }
    }

    // "X left the Labour Party", "is leaving the EU": "leave" states a relation when what is
    // left is an organisation (a party, a band, a union), not a place ("left Iraq") or a
    // state of things ("left the party divided": a complement after the object).
    bool LeavesOrganisation(int verb, std::string_view lemma, const VerbChain& c) const {
      if (lemma != "leave" || c.passive) return false;
      bool organisation = false;
      for (const auto& e : view.edges(verb)) {
        if (!e.to_right) continue;
        if (e.type == "O") {
          int k = mention_of[e.other];
          if (k < 0 || s.mentions[k].modifier ||
              s.mentions[k].actor.type != ActorType::kOrganization)
            return false;
          organisation = true;
        } else if (e.type != "MV" && e.type != "E" && e.type != "X") {
          return false;
        }
      }
      return organisation;
    }

    // A content verb with its subject: direct objects, prepositional objects, light nouns.
    void ReadVerb(const std::vector<GroupMember>& subjects, int verb, const VerbChain& c,
                  int shared) const {
      // Only words the parser read as verbs ("board" in "board meeting" is a noun).
      std::string_view verb_tag = view.tag(verb);
      if (!(verb_tag.starts_with("v") || verb_tag.starts_with("q") ||
            (c.participle && verb_tag.starts_with("g"))))
        return;
      std::string lemma = self.context_.lemmatizer->VerbLemma(view.lower(verb));
      // "X became Y's lawyer", "X became a member of Y": what "be" says, from then on.
      if (lemma == "become" && !c.passive) {
        ReadCopulaAt(subjects, c, verb, "become");
        return;
      }
      if (!lemma.empty() && !c.passive) ReadSpeech(subjects, verb, lemma);
      if (!lemma.empty() && !c.passive && IsSayingVerb(lemma) && lemma != "say" &&
          lemma != "claim")
        ReadSaidThenAddressee(subjects, verb, lemma, shared, c);
      if (lemma.empty() || (IsEmptyVerb(lemma) && !LeavesOrganisation(verb, lemma, c))) return;
      if (!self.context_.lemmatizer->IsVerb(lemma)) return;
      std::vector<int> sources = {verb};
      if (shared >= 0) sources.push_back(shared);
      std::string particle;
      for (int src : sources)
        for (int k : view.Linked(src, "K", true)) {
          std::string_view word = view.lower(k);
          if (words::IsPreposition(word) || word == "up" || word == "down" || word == "off" ||
              word == "out" || word == "back" || word == "away")
            particle = std::string(word);
        }
      std::string head = particle.empty() ? lemma : lemma + " " + particle;

      if (c.passive) {
        // "X wants to be acquired by Y": the wish is X's; Y's act is not stated.
        if (c.wished_passive) return;
        // "X was killed by Y": the agent acts on the subject. "X was given posts by Y": the
        // object noun is what the agent gives the subject (the parser may hang "by" on it).
        int noun = -1;
        std::vector<int> by;
        for (int src : sources) {
          for (int p : view.Linked(src, "MV", true)) by.push_back(p);
          for (int o : view.Linked(src, "O", true)) {
            if (mention_of[o] >= 0) continue;
            for (int p : view.Linked(o, "M", true)) by.push_back(p);
            // Not an office or a judgement ("was elected president by Y", "was called a
            // liar by Y"): those say what the subject is, not what it was given.
            if (noun < 0 && OpenNoun(o) && !IsPersonNoun(view.lower(o)) &&
                !IsRoleNoun(view.lower(o)) && !IsAddresseeVerb(lemma))
              noun = o;
          }
        }
        for (int p : by) {
          if (view.lower(p) != "by") continue;
          auto agents = PrepObjects(p);
          Relation r = noun >= 0 ? MakeRelation(head, NounPhrase(noun), "to", c)
                                 : MakeRelation(head, "", "", c);
          Emit(agents, r, WordSpan(verb), subjects);
        }
        return;
      }
      // "expects Y to earn", "wants Y to leave": what Y is to do is no relation of the subject
      // to Y (and what Y does is only expected).
      if (IsRaisingVerb(lemma) && HasInfinitive(sources)) return;
      bool actor_object = false;
      std::vector<int> nouns;
      for (int src : sources)
        for (int o : view.Linked(src, "O", true)) {
          if (IsReflexive(view.lower(o))) continue;
          auto objects = Actors(o);
          if (objects.empty() && mention_of[o] < 0) objects = Apposed(o);
          if (!objects.empty()) {
            actor_object = true;
            Emit(subjects, MakeRelation(head, "", "", c), WordSpan(verb), objects);
            ReadRecipientAfterActor(subjects, verb, lemma, head, sources, o, c);
          } else if (mention_of[o] < 0) {
            nouns.push_back(o);
          }
        }
      if (actor_object) return;
      if (IsAddresseeVerb(lemma) && !nouns.empty()) {
        // "described the plan to Y", "wrote a letter to Y": the addressee after the object.
        ReadObjectThenParty(subjects, verb, head, sources, nouns, c, /*addressee=*/true);
        return;
      }
      if (IsServeVerb(lemma) && ReadServeAs(subjects, sources, c)) {
        ReadAffiliations(subjects, verb, head, sources, c);
        return;
      }
      // "declared independence from Y", "held talks with Y", "sent troops to Y".
      const RelationVocabulary* vocabulary = self.context_.vocabulary;
      bool relational_verb = vocabulary && (vocabulary->FindVerb(lemma) ||
                                            vocabulary->FindLightVerb(lemma));
      for (int noun : nouns) {
        if (!IsNounTag(view.tag(noun))) continue;
        std::string middle(view.lower(noun));
        // Either word must be known to state relations: "sign a treaty with", "declare war
        // on", "impose sanctions on"; not "scheduled a town hall on NBC".
        // Or the noun takes its own party: "independence from", "a war against".
        bool known = relational_verb || (vocabulary && vocabulary->FindNoun(middle));
        // Or any noun that is about a party, by a preposition that names one: "pursue the
        // prosecution of Y", "expressed opposition to Y"; not "visited the capital of Y".
        bool open = OpenNoun(noun);
        // "criticized Y's decision": the possessor is the party (a verb's tie to Y's
        // lawyer is no tie to Y).
        if (open && !IsPersonNoun(middle)) {
          auto owners = Possessors(noun);
          if (!owners.empty()) {
            Emit(subjects, MakeRelation(head, NounPhrase(noun), "of", c), WordSpan(verb, noun),
                 owners);
            return;
          }
          // "rejected a request by Y", "welcomed the decision by Y": the noun's "by"
          // names whose act it is, as a possessor does. Only right after the noun: not "the
          // debates sponsored by Y". Not a relation noun the vocabulary makes symmetric ("joined
          // the calls by Y" is no call with Y).
          const NounEntry* listed_noun = vocabulary ? vocabulary->FindNoun(middle) : nullptr;
          for (int p : view.Linked(noun, "M", true)) {
            if (listed_noun && listed_noun->symmetric) break;
            if (p != noun + 1 || view.lower(p) != "by") continue;
            auto agents = PrepObjects(p);
            if (agents.empty()) continue;
            Emit(subjects, MakeRelation(head, NounPhrase(noun), "by", c), WordSpan(verb, noun),
                 agents);
            return;
          }
        }
        // The preposition must belong to the noun: "ended treatment for exports from Y"
        // names Y's exports, not what was ended.
        std::vector<int> on_noun = view.Linked(noun, "M", true);
        for (int p : on_noun) {
          std::string_view prep = view.lower(p);
          const NounEntry* entry = vocabulary ? vocabulary->FindNoun(middle) : nullptr;
          bool listed = entry && std::find(entry->preps.begin(), entry->preps.end(), prep) !=
                                     entry->preps.end();
          bool party = open && IsPartyPreposition(prep) &&
                       !(prep == "of" && IsPersonNoun(middle));
          // "holds a majority in Y", "bought a stake in Y": with an organisation or a person.
          bool affiliation = !IsRelationPreposition(prep) && !listed && !party &&
                             IsAffiliationPreposition(prep) && !VerbBetween(verb, p);
          if (!IsRelationPreposition(prep) && !listed && !party && !affiliation) continue;
          bool own = prep == "from" || prep == "with" || prep == "against";
          if (!known && !own && !party && !affiliation) continue;
          std::string phrase = NounPhrase(noun);
          std::string last(prep);
          VerbChain negated = c;
          // "gave no forecast for Y": the determiner negates.
          for (const auto& d : view.edges(noun))
            if (!d.to_right && d.type == "D" && view.lower(d.other) == "no")
              negated.negated = !c.negated;
          auto objects = affiliation ? AffiliationObjects(p) : PrepObjects(p);
          // "expressed opposition to the swearing-in of Y": the party is one noun deeper.
          if (objects.empty() && !affiliation) objects = Deeper(p, &phrase, &last);
          if (objects.empty()) continue;
          Emit(subjects, MakeRelation(head, phrase, last, negated), WordSpan(verb, noun),
               objects);
          return;
        }
      }
      // "X and Y signed an agreement", "X and Y met on Monday": with no other party, a
      // symmetric relation within a coordinated subject.
      if (subjects.size() >= 2 && !HasPrepObject(sources) && !HasOtherParty(sources, nouns)) {
        ReadWithinGroup(subjects, verb, lemma, head, nouns, c);
        return;
      }
      if (!nouns.empty()) {
        ReadObjectThenParty(subjects, verb, head, sources, nouns, c, /*addressee=*/false);
        return;
      }
      // "entered into an agreement with Y" first: the second preposition is the noun's, even
      // where the parser also hangs it on the verb.
      std::set<int> used;
      for (int src : sources)
        for (const auto& e : view.edges(src))
          if (e.to_right && e.type == "MV" && PrepObjects(e.other).empty()) {
            int p = ReadPrepNoun(subjects, verb, lemma, head, e.other, c);
            if (p >= 0) used.insert(p);
            else ReadPrepPossessor(subjects, verb, head, e.other, c);
          }
      // "withdrew from Y", "accused of", "talked with Y".
      for (int src : sources)
        for (const auto& e : view.edges(src)) {
          if (!e.to_right || (e.type != "MV" && e.type != "OF")) continue;
          if (used.count(e.other)) continue;
          std::string_view prep = view.lower(e.other);
          bool listed = self.context_.vocabulary &&
                        self.context_.vocabulary->FindVerb(lemma + " " + std::string(prep));
          // "performed for Y", "studied at Y", "served in Y", "served under Y".
          bool affiliation = !IsRelationPreposition(prep) && !listed &&
                             e.type == "MV" && IsAffiliationPreposition(prep) &&
                             !VerbBetween(verb, e.other);
          if (!IsRelationPreposition(prep) && !listed && !affiliation) continue;
          // "she divorced and returned to Y": a preposition hung on the coordination is the
          // last verb's; an earlier one shares it only where the vocabulary lists that verb
          // with it ("met and talked with Y").
          if (src == shared && verb < shared && !listed) continue;
          // "referring to the possibility of acquiring assets from Y": the parser hangs a
          // participle's prepositions far off; past another verb they are that verb's.
          if (c.participle && VerbBetween(verb, e.other)) continue;
          auto objects = affiliation ? AffiliationObjects(e.other) : PrepObjects(e.other);
          if (objects.empty()) continue;
          Emit(subjects, MakeRelation(head, "", prep, c), WordSpan(verb, e.other), objects);
        }
    }

    // "X said in an interview with Y", "X stated to Y": what the clause's verb says of
    // whom the subject spoke to, whatever the verb says otherwise.
    void ReadSpeech(const std::vector<GroupMember>& subjects, int verb,
                    const std::string& lemma) const {
      bool saying = IsSayingVerb(lemma);
      for (int p : view.Linked(verb, "MV", true)) {
        std::string_view prep = view.lower(p);
        if (prep == "in") {
          ReadSpeechMedium(subjects, p);
        } else if (prep == "to" && saying && p == verb + 1) {
          // Right after the verb: "said late Sunday the police traced the car to Y" hangs a
          // "to" of the reported clause on "said".
          auto objects = PrepObjects(p);
          if (!objects.empty())
            Emit(subjects, MakeRelation(lemma, "", "to", VerbChain{}), WordSpan(verb, p),
                 objects);
        }
      }
    }

    // "in an interview with Y", "in remarks to Y", "in a letter to Y" (`prep` is the "in"),
    // after the verb or opening the clause: the subject spoke to Y, whatever the clause
    // then says (its negation and modality are not the interview's).
    void ReadSpeechMedium(const std::vector<GroupMember>& subjects, int prep) const {
      if (view.lower(prep) != "in") return;
      for (int noun : view.Linked(prep, "J", true)) {
        std::string_view verb = SpeechNounVerb(view.lower(noun));
        if (verb.empty() || mention_of[noun] >= 0) continue;
        for (int p : view.Linked(noun, "M", true)) {
          std::string_view to = view.lower(p);
          if (to != "with" && to != "to") continue;
          auto objects = PrepObjects(p);
          if (objects.empty()) continue;
          Emit(subjects, MakeRelation(std::string(verb), std::string(view.lower(noun)), "to",
                                      VerbChain{}),
               WordSpan(prep, p), objects);
          return;
        }
      }
    }

    // "explained the plan to Y", "reported the attack to Y": a verb of saying with a noun
    // object names its addressee after it, as a verb of address does ("described the plan to
    // Y"). Not "say" or "claim", whose objects are mostly reported clauses the parser misreads.
    void ReadSaidThenAddressee(const std::vector<GroupMember>& subjects, int verb,
                               const std::string& lemma, int shared, const VerbChain& c) const {
      std::vector<int> sources = {verb};
      if (shared >= 0) sources.push_back(shared);
      std::vector<int> nouns;
      for (int src : sources)
        for (int o : view.Linked(src, "O", true)) {
          if (mention_of[o] >= 0 || !Actors(o).empty()) return;
          nouns.push_back(o);
        }
      if (nouns.empty()) return;
      ReadObjectThenParty(subjects, verb, lemma, sources, nouns, c, /*addressee=*/true);
    }

    // "sold Y to Z", "described Y to the BBC": an actor object, then the party it passes or
    // is described to. Only "to" right after the object, and only for a verb of describing or
    // one the vocabulary lists with "to" ("sell to", "hand over to"): "sent Y to Z" and
    // "appointed Y to Z" say where Y went, not what Z was given.
    void ReadRecipientAfterActor(const std::vector<GroupMember>& subjects, int verb,
                                 const std::string& lemma, const std::string& head,
                                 const std::vector<int>& sources, int object,
                                 const VerbChain& c) const {
      const RelationVocabulary* vocabulary = self.context_.vocabulary;
      bool describing = lemma == "describe" || lemma == "introduce";
      if (!describing && (lemma == "send" || !vocabulary || !vocabulary->FindVerb(head + " to")))
        return;
      std::vector<int> preps = view.Linked(object, "M", true);
      for (int src : sources)
        for (int p : view.Linked(src, "MV", true)) preps.push_back(p);
      for (int p : preps) {
        if (p != object + 1 || view.lower(p) != "to") continue;
        auto parties = PrepObjects(p);
        if (parties.empty()) continue;
        Emit(subjects, MakeRelation(head, "", "to", c), WordSpan(verb, p), parties);
        return;
      }
    }

    // "sent a letter to Y", "sold its stake to Y", "issued an order to Y": the parser hangs
    // the preposition on the verb (MV), not on its object noun; the relation is the verb with
    // the noun ("send letter to"). The noun must be about something that passes to or from
    // the party (OpenNoun: no place, time, amount or people); after a verb of address only
    // "to" names the addressee ("described the plan to Y").
    void ReadObjectThenParty(const std::vector<GroupMember>& subjects, int verb,
                             const std::string& head, const std::vector<int>& sources,
                             const std::vector<int>& nouns, const VerbChain& c,
                             bool addressee) const {
      int noun = -1;
      for (int o : nouns)
        if (IsNounTag(view.tag(o))) noun = noun < 0 ? o : noun;
      if (noun < 0 || !OpenNoun(noun)) return;
      for (int src : sources)
        for (int p : view.Linked(src, "MV", true)) {
          if (p < noun) continue;  // a preposition before the object is no party of it
          // Right after the noun: past its own phrase the preposition is mostly another
          // word's ("gave a dose of the drug from Y", "told reporters during a visit to Y").
          if (p != noun + 1) continue;
          std::string_view prep = view.lower(p);
          // "received treatment at Y", "took a job at Y": with an organisation or a person.
          bool affiliation =
              !addressee && IsAffiliationPreposition(prep) && !VerbBetween(verb, p);
          if (addressee ? prep != "to" : !IsObjectPartyPreposition(prep) && !affiliation)
            continue;
          auto objects = affiliation ? AffiliationObjects(p) : PrepObjects(p);
          if (objects.empty()) continue;
          Emit(subjects, MakeRelation(head, NounPhrase(noun), prep, c), WordSpan(verb, p),
               objects);
          return;
        }
    }

    // "entered into an agreement with Y", "took part in talks with Y": a verb and its
    // preposition whose noun takes the other party. The verb with its preposition must be a
    // light verb, or the noun must be one the vocabulary knows with that second preposition.
    // Returns the second preposition it read, or -1.
    int ReadPrepNoun(const std::vector<GroupMember>& subjects, int verb,
                     const std::string& lemma, const std::string& head, int prep,
                     const VerbChain& c) const {
      const RelationVocabulary* vocabulary = self.context_.vocabulary;
      if (!vocabulary) return -1;
      std::string_view first(view.lower(prep));
      bool light = vocabulary->FindLightVerb(lemma + " " + std::string(first)) != nullptr;
      for (int noun : view.Linked(prep, "J", true)) {
        if (mention_of[noun] >= 0 || !IsNounTag(view.tag(noun))) continue;
        std::string word(view.lower(noun));
        const NounEntry* entry = vocabulary->FindNoun(word);
        for (int p : view.Linked(noun, "M", true)) {
          std::string_view second = view.lower(p);
          bool listed = entry && std::find(entry->preps.begin(), entry->preps.end(), second) !=
                                     entry->preps.end();
          bool symmetric_with = entry && entry->symmetric && second == "with";
          if (!(light && IsRelationPreposition(second)) &&
              !(IsRelationPreposition(first) && (listed || symmetric_with)))
            continue;
          auto objects = PrepObjects(p);
          if (objects.empty()) continue;
          Emit(subjects,
               MakeRelation(head, std::string(first) + " " + NounPhrase(noun), second, c),
               WordSpan(verb, noun), objects);
          return p;
        }
      }
      return -1;
    }

    // "involved himself in Y's politics", "agreed to Y's demands": a preposition whose
    // noun's possessor is the party, written "involve in politics of".
    void ReadPrepPossessor(const std::vector<GroupMember>& subjects, int verb,
                           const std::string& head, int prep, const VerbChain& c) const {
      std::string_view p = view.lower(prep);
      if (!IsRelationPreposition(p) && p != "in" && p != "for" && p != "on") return;
      for (int noun : view.Linked(prep, "J", true)) {
        if (!OpenNoun(noun) || IsPersonNoun(view.lower(noun))) continue;
        auto owners = Possessors(noun);
        if (owners.empty()) continue;
        Emit(subjects, MakeRelation(head, std::string(p) + " " + NounPhrase(noun), "of", c),
             WordSpan(verb, noun), owners);
        return;
      }
    }

    void ReadWithinGroup(const std::vector<GroupMember>& members, int verb,
                         const std::string& lemma, const std::string& head,
                         const std::vector<int>& nouns, const VerbChain& c) const {
      const RelationVocabulary* vocabulary = self.context_.vocabulary;
      if (!vocabulary) return;
      std::vector<GroupMember> group(members);
      std::stable_sort(group.begin(), group.end(),
                       [](const GroupMember& a, const GroupMember& b) { return a.mention < b.mention; });
      Relation r;
      Span span;
      if (!nouns.empty()) {
        const NounEntry* noun = vocabulary->FindNoun(view.lower(nouns[0]));
        if (!noun || !noun->symmetric) return;
        r = MakeRelation(head, std::string(view.lower(nouns[0])), "with", c);
        span = WordSpan(verb, nouns[0]);
      } else {
        const VerbEntry* entry = vocabulary->FindVerb(lemma);
        if (entry && entry->symmetric) {
          r = MakeRelation(head, "", "", c);
        } else {
          // "X and Y spoke on the phone": a verb that is symmetric with its other party
          // ("speak with") is symmetric within the group.
          // "speak" only over a medium: "X and Y spoke at a hearing" is each speaking.
          entry = vocabulary->FindVerb(lemma + " with");
          if (!entry || !entry->symmetric || head != lemma) return;
          if (lemma == "speak" && !OverAMedium(verb)) return;
          r = MakeRelation(lemma, "", "with", c);
        }
        span = WordSpan(verb);
      }
      r.symmetric = true;
      for (size_t i = 0; i < group.size(); ++i)
        for (size_t j = i + 1; j < group.size(); ++j) Emit({group[i]}, r, span, {group[j]});
    }

    // "X is critical of Y", "X is a member of Y", "X is a commonwealth of Y", "X is Y's
    // lawyer"; `be` is the copula (or "become", `verb` then "become").
    void ReadCopula(const std::vector<GroupMember>& subjects, const VerbChain& c) const {
      ReadCopulaAt(subjects, c, c.copula_word, "be");
    }

    void ReadCopulaAt(const std::vector<GroupMember>& subjects, const VerbChain& c, int be,
                      const std::string& verb) const {
      for (const auto& e : view.edges(be)) {
        if (!e.to_right) continue;
        // "Giuliani was serving as Trump's lawyer" read as "was [serving as ...]".
        if (e.type == "O" && view.tag(e.other).starts_with("g") &&
            IsServeVerb(self.context_.lemmatizer->VerbLemma(view.lower(e.other))) &&
            ReadServeAs(subjects, {e.other}, c))
          return;
        if (e.type == "P" && e.sub.starts_with("p") && ReadMembership(subjects, c, be, e.other, verb))
          return;
        bool adjective = e.type == "P" && e.sub.starts_with("a") && view.tag(e.other).starts_with("a");
        int head = e.type == "O" ? AfterOneOf(e.other) : e.other;
        bool noun = e.type == "O" && mention_of[head] < 0 && IsNounTag(view.tag(head)) &&
                    (IsRoleNoun(view.lower(head)) || OpenNoun(head));
        if (!adjective && !noun) continue;
        std::string word(view.lower(head));
        if (word.empty() || !std::isalpha(static_cast<unsigned char>(word[0]))) continue;
        if (noun) {
          std::string phrase;
          std::string prep;
          auto objects = RoleParty(head, &phrase, &prep);
          if (objects.empty()) continue;
          Emit(subjects, MakeRelation(verb, phrase, prep, c), WordSpan(be, head), objects);
          return;
        }
        for (const auto& f : view.edges(head)) {
          if (!f.to_right || !(f.type == "OF" || f.type == "MV" || f.type == "M")) continue;
          std::string_view prep = view.lower(f.other);
          if (!IsRelationPreposition(prep)) continue;
          auto objects = PrepObjects(f.other);
          if (objects.empty()) continue;
          Relation r = MakeRelation(verb, word, prep, c);
          if (self.context_.vocabulary) {
            if (const AdjectiveEntry* a =
                    self.context_.vocabulary->FindAdjective(word + " " + std::string(prep))) {
              r.category = a->category;
              r.cameo_root = a->cameo_root;
              r.symmetric = a->symmetric;
            }
          }
          Emit(subjects, r, WordSpan(be, head), objects);
          return;
        }
      }
    }

    // A participle that may open a clause of its own after a comma: "..., taking a job at
    // Y", "..., challenging Y" (the parser tags it ".g", or ".v" for a verb it reads as
    // one). Not one that only reports, lists, orders or qualifies ("saying", "including",
    // "according to", "following", "using"), nor "being"/"having".
    bool IsFreeParticiple(int p) const {
      return p >= 1 && view.lower(p - 1) == "," && IsParticipleAct(p);
    }

    // Whether the participle at `p` states an act of its own (IsFreeParticiple without the
    // comma before it).
    bool IsParticipleAct(int p) const {
      std::string_view word = view.lower(p);
      if (word.size() < 5 || !word.ends_with("ing")) return false;
      std::string_view tag = view.tag(p);
      if (!(tag.starts_with("g") || tag == "v")) return false;
      std::string lemma = self.context_.lemmatizer->VerbLemma(word);
      if (lemma.empty() || lemma == word) return false;
      // Nor one that states what a thing costs, amounts to or leaves out ("..., costing
      // Y 25 mln dlrs", "..., representing 5 pct of Y", "..., excluding Y").
      // Nor "calling itself Y", "naming it Y": a name given, not an act on Y.
      static const std::set<std::string_view> kNotActs = {
          "say",    "add",     "include", "accord", "follow",    "use",    "be",
          "have",   "exclude", "cost",    "mean",   "represent", "total",  "amount",
          "range",  "compare", "involve", "concern", "regard",   "depend", "result",
          "exceed", "equal",   "call",    "name"};
      if (kNotActs.count(lemma) > 0) return false;
      // "X, managing partner at Y, said": a title ("managing director", "acting president").
      if (p + 1 < static_cast<int>(view.size()) && mention_of[p + 1] < 0 &&
          IsPersonNoun(view.lower(p + 1)))
        return false;
      return true;
    }

    // The words of the clause of `subject` (its verb `verb`, its chain `c`) that a
    // participle after a comma may hang on: the subject with its prepositional phrases
    // before the verb ("X of the University of Y, speaking to Z, said"), the verbs, and what
    // they govern through objects and prepositions. No word of another clause (C, R or S
    // links are not followed, nor a noun's participle or relative clause).
    std::vector<int> ClauseWords(int subject, int verb, const VerbChain& c) const {
      std::vector<int> words;
      std::vector<bool> seen(view.size(), false);
      auto add = [&](int w) {
        if (w >= 0 && static_cast<size_t>(w) < view.size() && !seen[w]) {
          seen[w] = true;
          words.push_back(w);
        }
      };
      auto follows = [](const LinkView::Edge& e) {
        return e.type == "O" || e.type == "J" || e.type == "OF" || e.type == "TI" ||
               ((e.type == "MV" || e.type == "M") && (e.sub.starts_with("p") ||
                                                      e.sub.starts_with("f")));
      };
      add(subject);
      for (size_t i = 0; i < words.size(); ++i)
        for (const auto& e : view.edges(words[i]))
          if (e.to_right && e.other < verb &&
              (e.type == "MG" || e.type == "JG" || follows(e)))
            add(e.other);
      add(verb);
      for (int v : c.verbs) add(v);
      add(c.shared);
      add(c.copula_word);
      for (size_t i = 0; i < words.size(); ++i)
        for (const auto& e : view.edges(words[i]))
          if (e.to_right && e.other > verb &&
              (follows(e) || (words[i] == c.copula_word && e.type == "P")))
            add(e.other);
      return words;
    }

    // True when "and" and another participle follow participle `p` before the next comma:
    // "meeting Y and visiting Z", which the parser reads as "meeting [Y and visiting Z]"
    // (or "meeting with [Y and speaking] to Z"), a reading too far off to trust.
    bool CoordinatesParticiples(int p) const {
      for (int w = p + 1; w + 1 < static_cast<int>(view.size()); ++w) {
        std::string_view word = view.lower(w);
        if (word == "," || word == ";" || word.empty()) return false;
        std::string_view next = view.lower(w + 1);
        if ((word == "and" || word == "or") && next.size() > 5 && next.ends_with("ing") &&
            mention_of[w + 1] < 0 && self.context_.lemmatizer->IsVerb(next))
          return true;
      }
      return false;
    }

    // "X stayed in Y, taking a job at Z" (MX from Y), "X met Y on Monday, asking Z for help"
    // (MVg from the verb), "X, speaking to Y, said" (MX from the subject): a participle
    // after a comma hung on a word of the subject's clause states what the subject does.
    // "hired Y, a firm employing 300 people" has no comma before the participle.
    void ReadParticiples(const std::vector<GroupMember>& subjects, int subject, int verb,
                         const VerbChain& c) const {
      // "Y 's appointment, petitioning Z" read as "Y is appointment": a possessive.
      if (view.lower(verb) == "'s" || view.lower(verb) == "\u2019s") return;
      // "X elected Y chairman, replacing Z": the appointee succeeds Z, not X ("X was named
      // chairman, succeeding Z" is X's).
      if (!c.passive)
        for (int v : c.verbs)
          if (IsAppointmentVerb(self.context_.lemmatizer->VerbLemma(view.lower(v)))) return;
      // "a Republican, Jane Roe, has voiced support, telling Z": the actor in apposition is
      // the one who acts (the clause extractor reads it), not the word it describes.
      for (const auto& e : view.edges(subject))
        if (e.to_right && e.type == "MX" && mention_of[e.other] >= 0) return;
      for (int a : ClauseWords(subject, verb, c))
        for (const auto& e : view.edges(a)) {
          if (!e.to_right) continue;
          // On a noun (MX), the noun must end the phrase before the comma ("stayed in Y,
          // taking") or be the subject ("X, the head of Y, speaking to Z,"): "stock in A, the
          // B Co, mining conglomerate C" is a list.
          bool hung = (e.type == "MX" && e.sub.size() >= 2 && e.sub[1] == 'p' &&
                       (a == e.other - 2 || a == subject)) ||
                      ((e.type == "MV" || e.type == "W") && e.sub.starts_with("g"));
          if (!hung || !IsFreeParticiple(e.other) || CoordinatesParticiples(e.other)) continue;
          ReadParticipleClause(subjects, e.other);
        }
    }

    // "Earning a degree from Y, X joined ...", "After meeting Y, X told ...": a participle
    // clause that opens the sentence and hangs on the subject (CO), alone or after "after",
    // "before", "while", "upon" or "on" (Mg), states what the subject did. Not after
    // "without" (not done) or "despite"/"instead of", nor a participle inside the clause.
    void ReadOpeningParticiple(const std::vector<GroupMember>& subjects, int opener) const {
      static const std::set<std::string_view> kTimeWords = {"after", "before", "while", "upon",
                                                           "on"};
      int p = opener;
      if (kTimeWords.count(view.lower(opener)) > 0) {
        p = -1;
        for (const auto& e : view.edges(opener))
          if (e.to_right && e.type == "M" && e.sub.starts_with("g")) p = e.other;
        if (p != opener + 1) return;
      }
      for (int w = 0; w < opener; ++w)
        if (view.token(w) >= 0) return;
      if (!IsParticipleAct(p)) return;
      ReadParticipleClause(subjects, p);
    }

    // The active participle clause at `p` read as the subjects' own act; what it says past
    // another clause is dropped.
    void ReadParticipleClause(const std::vector<GroupMember>& subjects, int p) const {
      VerbChain own = Chain(p);
      if (own.copula || own.passive) return;
      own.participle = true;
      size_t before = out.size();
      for (int v : own.verbs) ReadVerb(subjects, v, own, own.shared);
      DropPastAnotherClause(before, own);
    }

    // "X posted a message on Twitter blaming Y", "X issued a statement condemning Y": a
    // participle on a statement the subject makes says what the subject does through it.
    // Only verbs the vocabulary lists ("a statement saying", "a letter covering" are none).
    void ReadStatementParticiples(const std::vector<GroupMember>& subjects,
                                  const VerbChain& c) const {
      if (c.passive || c.copula || !self.context_.vocabulary) return;
      for (int v : c.verbs)
        for (int o : view.Linked(v, "O", true)) {
          if (mention_of[o] >= 0 || !IsStatementNoun(view.lower(o))) continue;
          for (int p : view.Linked(o, "M", true)) {
            std::string_view word = view.lower(p);
            if (!word.ends_with("ing") || !view.tag(p).starts_with("v")) continue;
            std::string lemma = self.context_.lemmatizer->VerbLemma(word);
            if (lemma.empty() || IsEmptyVerb(lemma) || !self.context_.vocabulary->FindVerb(lemma))
              continue;
            ReadParticipleClause(subjects, p);
          }
        }
    }

    // "referring to proposals that the USDA save money", "answering questions following a
    // speech to Y": a party past another verb or a clause word after the participle is not
    // its own; drops such triples from out[from] on.
    void DropPastAnotherClause(size_t from, const VerbChain& c) const {
      if (c.verbs.empty() || from >= out.size()) return;
      int last = *std::max_element(c.verbs.begin(), c.verbs.end());
      std::vector<Triple> kept;
      for (size_t k = from; k < out.size(); ++k) {
        uint32_t object = out[k].evidence.object.begin;
        bool crossed = false;
        for (int w = last + 1; w < static_cast<int>(view.size()) && !crossed; ++w) {
          int t = view.token(w);
          if (t < 0) continue;
          if (s.sentence->tokens[t].begin >= object) break;
          std::string_view word = view.lower(w);
          std::string_view tag = view.tag(w);
          crossed = word == "that" || words::IsRelativePronoun(word) ||
                    ((tag.starts_with("v") || tag.starts_with("g")) &&
                     view.Linked(w, "A", true).empty());
        }
        if (!crossed) kept.push_back(std::move(out[k]));
      }
      out.resize(from);
      for (Triple& t : kept) out.push_back(std::move(t));
    }

    // The antecedent of relative pronoun `pronoun` as the object of its clause's verb:
    // "Y, whom X fired" (MX from Y) or "A, B and Y, whom X divorced" (R from the
    // coordination). Of a coordination only the last conjunct, the one the clause follows.
    // Nobody when the antecedent ends a prepositional phrase and the pronoun is "which" or
    // "that" ("sanctions on Y, which X imposed" are what X imposed).
    std::vector<GroupMember> RelativeAntecedent(int pronoun) const {
      int antecedent = -1;
      for (const auto& e : view.edges(pronoun))
        if (!e.to_right && (e.type == "MX" || e.type == "R")) antecedent = e.other;
      if (antecedent < 0) return {};
      std::string_view word = view.lower(antecedent);
      if (word == "and" || word == "or") {
        int last = -1;
        for (const auto& e : view.edges(antecedent))
          if (e.to_right && e.type == "SJ") last = std::max(last, e.other);
        antecedent = last;
      }
      if (antecedent < 0 || mention_of[antecedent] < 0) return {};
      std::string_view relative = view.lower(pronoun);
      if (relative == "which" || relative == "that") {
        // The list the antecedent ends, back to the word before it.
        size_t t = s.mentions[mention_of[antecedent]].token_begin;
        while (t > 0 && (s.mention_at[t - 1] >= 0 || s.lower[t - 1] == "," ||
                         s.lower[t - 1] == "and" || s.lower[t - 1] == "the"))
          --t;
        if (t > 0 && words::IsPreposition(s.lower[t - 1])) return {};
      }
      return Actors(antecedent);
    }

    // "Y, whom X divorced in 1981", "the treaty partner Y, that X had long courted": a
    // relative clause whose subject is an actor and whose verb has no object of its own
    // acts on the antecedent (B links the antecedent or the pronoun to the clause's verb).
    void ReadObjectRelative(int pronoun) const {
      if (!words::IsRelativePronoun(view.lower(pronoun))) return;
      int subject = -1;
      for (const auto& e : view.edges(pronoun))
        if (e.to_right && (e.type == "R" || e.type == "C") && mention_of[e.other] >= 0)
          subject = e.other;
      if (subject < 0) return;
      std::vector<int> finite = view.Linked(subject, "S", true);
      if (finite.size() != 1) return;
      // B reaches the verb that lacks the object: from the pronoun ("whom X fired") or from
      // its antecedent ("A and Y, whom X divorced").
      std::vector<int> reached = view.Linked(pronoun, "B", true);
      for (const auto& e : view.edges(pronoun))
        if (!e.to_right && (e.type == "MX" || e.type == "R"))
          for (int v : view.Linked(e.other, "B", true)) reached.push_back(v);
      VerbChain c = Chain(finite[0]);
      // "whom X had hired": with the object gapped the parser links the perfect by Pv, which
      // Chain takes for no auxiliary.
      if (c.verbs.empty() && !c.copula && words::IsHave(view.lower(finite[0])))
        for (const auto& e : view.edges(finite[0]))
          if (e.to_right && e.type == "P" && e.sub.starts_with("v")) {
            VerbChain perfect = Chain(e.other);
            perfect.negated = perfect.negated || c.negated;
            if (perfect.modality.empty()) perfect.modality = c.modality;
            c = perfect;
            break;
          }
      if (c.copula || c.passive || c.verbs.size() != 1 || c.shared >= 0) return;
      int verb = c.verbs[0];
      if (std::find(reached.begin(), reached.end(), finite[0]) == reached.end() &&
          std::find(reached.begin(), reached.end(), verb) == reached.end())
        return;
      if (!view.tag(verb).starts_with("v") || !view.Linked(verb, "O", true).empty()) return;
      std::string lemma = self.context_.lemmatizer->VerbLemma(view.lower(verb));
      if (lemma.empty() || IsEmptyVerb(lemma) || IsSayingVerb(lemma) ||
          !self.context_.lemmatizer->IsVerb(lemma))
        return;
      // "whom X expected to win", "which X says is": the antecedent belongs to another verb.
      if (HasInfinitive({verb}) || view.HasLink(verb, "C") || view.HasLink(verb, "TH") ||
          view.HasLink(verb, "RS"))
        return;
      auto objects = RelativeAntecedent(pronoun);
      auto subjects = Actors(subject);
      Emit(subjects, MakeRelation(lemma, "", "", c), WordSpan(verb), objects);
    }

    // "attempts by Rudy Giuliani to encourage investigations into Y", "a plan by X to
    // reduce aid to Y": a noun of attempt or intent with a by-agent (M) and an infinitive
    // (TO) names what the agent set out to do; the infinitive is read as the agent's verb,
    // with the noun's modality (tried, planned or proposed, not done). Not a noun of
    // request, decision or appeal ("a request by X to delay Y" asks another to act).
    void ReadAttemptByAgent(int noun) const {
      if (mention_of[noun] >= 0) return;
      std::string_view modality = AttemptModality(view.lower(noun));
      if (modality.empty()) return;
      for (int by : view.Linked(noun, "M", true)) {
        if (view.lower(by) != "by") continue;
        for (int agent : view.Linked(by, "J", true)) {
          auto subjects = Actors(agent);
          if (subjects.empty()) continue;
          for (int to : view.Linked(noun, "TO", true)) {
            VerbChain c = Chain(to);
            if (c.copula || c.passive || c.verbs.empty()) continue;
            if (c.modality.empty()) c.modality = std::string(modality);
            size_t before = out.size();
            for (int v : c.verbs) ReadVerb(subjects, v, c, c.shared);
            DropPastAnotherClause(before, c);
          }
        }
      }
    }

    // The modality a noun of attempt or intent gives the act it names: "try" for attempts,
    // efforts, bids, pushes and moves; "plan", "propose", "offer"; "" for any other word.
    static std::string_view AttemptModality(std::string_view noun) {
      if (noun == "attempt" || noun == "attempts" || noun == "effort" || noun == "efforts" ||
          noun == "bid" || noun == "bids" || noun == "push" || noun == "move")
        return "try";
      if (noun == "plan" || noun == "plans") return "plan";
      if (noun == "proposal" || noun == "proposals") return "propose";
      if (noun == "offer" || noun == "offers") return "offer";
      return "";
    }

    void ReadClauses() const {
      for (size_t w = 0; w < view.size(); ++w) {
        int subject = static_cast<int>(w);
        ReadObjectRelative(subject);
        ReadAttemptByAgent(subject);
        // "Y, led by X,": a passive participle modifying an actor.
        for (const auto& e : view.edges(subject)) {
          if (!e.to_right) continue;
          // "MX*p" after a name, "MXsp"/"MXpp" after a common noun ("the government, led by X").
          bool participle = e.type == "MX" && e.sub.size() >= 2 && e.sub[1] == 'p';
          if (!(participle || (e.type == "M" && e.sub == "v")))
            continue;
          // ", living in Z": a present participle is no passive (ReadParticiples).
          if (view.lower(e.other).ends_with("ing")) continue;
          auto objects = Actors(subject);
          if (objects.empty()) continue;
          VerbChain c;
          c.passive = true;
          c.verbs.push_back(e.other);
          ReadVerb(objects, e.other, c, -1);
        }
        for (int verb : view.Linked(subject, "S", true)) {
          if (InsidePhrase(subject)) continue;
          auto subjects = Actors(subject);
          if (subjects.empty()) continue;
          // "In an interview with Y, X said ...": the opener hangs on the subject (CO).
          for (int opener : view.Linked(subject, "CO", false)) {
            ReadSpeechMedium(subjects, opener);
            ReadOpeningParticiple(subjects, opener);
          }
          VerbChain c = Chain(verb);
          if (c.copula) {
            ReadCopula(subjects, c);
            ReadParticiples(subjects, subject, verb, c);
            continue;
          }
          for (int v : c.verbs) {
            // "X was elected to Y and was given Z": a conjunct that is an auxiliary has a
            // chain of its own.
            std::string_view word = view.lower(v);
            if (c.shared >= 0 && (words::IsBe(word) || words::IsHave(word) ||
                                  words::IsModal(word) || words::IsFuture(word))) {
              VerbChain own = Chain(v);
              if (own.copula) {
                ReadCopula(subjects, own);
                continue;
              }
              // What hangs on the coordination after the last conjunct is that conjunct's
              // ("was elected in May and was given posts by Y").
              bool last = v == c.verbs.back();
              for (int u : own.verbs)
                if (u != v)
                  ReadVerb(subjects, u, own, own.shared >= 0 ? own.shared : last ? c.shared : -1);
              continue;
            }
            ReadVerb(subjects, v, c, c.shared);
          }
          ReadParticiples(subjects, subject, verb, c);
          ReadStatementParticiples(subjects, c);
        }
      }
    }
  };

  ExtractorContext context_;
};

}  // namespace

std::unique_ptr<Extractor> MakeLinkGrammarExtractor(const ExtractorContext& context) {
  return std::make_unique<LinkGrammarExtractor>(context);
}

}  // namespace actorgraph::extract
