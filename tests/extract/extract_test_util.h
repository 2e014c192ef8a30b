// Test fixtures for the extractors: a sentence written with its actor mentions marked,
// analysed without the text and actor layers, and a one-line rendering of triples.
//
//   [Russia] and [China] support [Iran]      head mentions
//   a {US} drone strike                      a modifier mention ("US" in "US drone")
//   [{US}-{Iran}] talks                      two modifiers inside one token
//   [both nations|Russia,China]              a group reference and its members
//   [Qasem Soleimani=person]                 a person (default type: country)
//   ^[Serbia], [Kosovo] Resume ...            a leading "^": the sentence is a headline
//
// Names resolve through a small alias table (US, Washington -> United States, ...).
#ifndef ACTORGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_

#include <gtest/gtest.h>

#include <cassert>
#include <cctype>
#include <cstddef>
#include <iterator>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "extract/link_grammar_extractor.h"
#include "actorgraph/graph/triple.h"

namespace actorgraph::testing {

// Owns the document and sentence an AnalyzedSentence points into.
struct MarkedSentence {
  std::unique_ptr<Document> document;
  std::unique_ptr<Sentence> sentence;
  AnalyzedSentence analyzed;
};

namespace internal {

struct Markup {
  size_t begin, end;  // bytes of the surface in the plain text
  std::string name;   // canonical name or "" for a group reference
  ActorType type = ActorType::kCountry;
  bool modifier = false;
  std::vector<std::string> members;
};

inline std::string Canonical(const std::string& surface) {
  static const std::map<std::string, std::string> kAliases = {
      {"US", "United States"},       {"U.S.", "United States"},
      {"the United States", "United States"}, {"Washington", "United States"},
      {"American", "United States"}, {"Tehran", "Iran"},
      {"Iranian", "Iran"},           {"UN", "United Nations"},
      {"EU", "European Union"},      {"Moscow", "Russia"},
      {"Beijing", "China"},          {"Turkish", "Turkey"},
      {"Syrian", "Syria"},           {"Kurdish", "Kurds"},
      {"Russian", "Russia"},         {"Israeli", "Israel"}};
  auto it = kAliases.find(surface);
  return it == kAliases.end() ? surface : it->second;
}

inline Actor MakeActor(const std::string& name, ActorType type) {
  Actor actor;
  actor.name = name;
  actor.id = MakeActorId(name);
  actor.type = type;
  return actor;
}

// Splits "surface=type" / "surface|A,B".
inline void ReadLabel(const std::string& label, Markup& m, std::string& surface) {
  surface = label;
  if (auto bar = label.find('|'); bar != std::string::npos) {
    surface = label.substr(0, bar);
    std::string rest = label.substr(bar + 1);
    size_t start = 0;
    while (start <= rest.size()) {
      size_t comma = rest.find(',', start);
      if (comma == std::string::npos) comma = rest.size();
      m.members.push_back(rest.substr(start, comma - start));
      start = comma + 1;
    }
    return;
  }
  if (auto eq = label.find('='); eq != std::string::npos) {
    surface = label.substr(0, eq);
    std::string type = label.substr(eq + 1);
    m.type = ParseActorType(type).value_or(ActorType::kOther);
  }
  m.name = Canonical(surface);
}

inline bool IsSplitPunct(char c) { return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ||
                                   c == '"' || c == '?' || c == '!'; }

}  // namespace internal
using namespace internal;

// Parses the markup above into a one-sentence document with id "doc".
inline MarkedSentence MakeSentence(std::string_view marked) {
  bool heading = !marked.empty() && marked[0] == '^';
  if (heading) marked.remove_prefix(1);
  std::string text;
  std::vector<Markup> marks;
  for (size_t i = 0; i < marked.size(); ++i) {
    char c = marked[i];
    if (c == '[' || c == '{') {
      char close = c == '[' ? ']' : '}';
      // "[{US}-{Iran}]": the brackets only group the inner modifiers.
      if (c == '[' && i + 1 < marked.size() && marked[i + 1] == '{') continue;
      size_t j = marked.find(close, i);
      assert(j != std::string::npos);
      std::string label(marked.substr(i + 1, j - i - 1));
      Markup m;
      std::string surface;
      ReadLabel(label, m, surface);
      m.modifier = c == '{';
      m.begin = text.size();
      text += surface;
      m.end = text.size();
      marks.push_back(m);
      i = j;
      if (c == '{' && i + 1 < marked.size() && marked[i + 1] == ']') ++i;
      continue;
    }
    text += c;
  }
  MarkedSentence out;
  out.document = std::make_unique<Document>();
  out.document->id = "doc";
  out.document->date = "2020-01-03";
  out.document->text = text;
  out.sentence = std::make_unique<Sentence>();
  Sentence& sentence = *out.sentence;
  sentence.begin = 0;
  sentence.end = static_cast<uint32_t>(text.size());
  sentence.heading = heading;
  // Tokens: white space separates; punctuation and "'s" are tokens of their own; a final
  // period is one too. Marked mentions are never split (except at a hyphen, which stays).
  auto mark_at = [&](size_t byte) -> const Markup* {
    for (const auto& m : marks)
      if (byte >= m.begin && byte < m.end) return &m;
    return nullptr;
  };
  size_t i = 0;
  bool space = false;
  while (i < text.size()) {
    if (text[i] == ' ') {
      space = true;
      ++i;
      continue;
    }
    auto boundary = [&](size_t byte) {
      for (const auto& m : marks)
        if (!m.modifier && (m.begin == byte || m.end == byte)) return true;
      return false;
    };
    size_t j = i;
    if (IsSplitPunct(text[i])) {
      j = i + 1;
    } else if (text.compare(i, 2, "'s") == 0 &&
               (i + 2 == text.size() || !std::isalpha(static_cast<unsigned char>(text[i + 2])))) {
      j = i + 2;
    } else {
      ++j;
      while (j < text.size() && text[j] != ' ' && !IsSplitPunct(text[j]) && !boundary(j) &&
             !(text.compare(j, 2, "'s") == 0 && !mark_at(j)))
        ++j;
      if (j - i > 1 && text[j - 1] == '.' && j == text.size() &&
          !mark_at(j - 1))
        --j;
    }
    Token token;
    token.begin = static_cast<uint32_t>(i);
    token.end = static_cast<uint32_t>(j);
    token.text = text.substr(i, j - i);
    token.space_before = space;
    sentence.tokens.push_back(token);
    space = false;
    i = j;
  }
  std::vector<Mention> mentions;
  for (const auto& m : marks) {
    Mention mention;
    mention.span = Span{static_cast<uint32_t>(m.begin), static_cast<uint32_t>(m.end)};
    mention.surface = text.substr(m.begin, m.end - m.begin);
    for (size_t t = 0; t < sentence.tokens.size(); ++t) {
      const Token& token = sentence.tokens[t];
      if (token.end <= m.begin || token.begin >= m.end) continue;
      if (mention.token_end == 0) mention.token_begin = t;
      mention.token_end = t + 1;
    }
    mention.modifier = m.modifier;
    if (m.members.empty()) {
      mention.actor = MakeActor(m.name, m.type);
    } else {
      mention.how = Resolution::kGroupReference;
      for (const auto& name : m.members) mention.members.push_back(MakeActor(name, ActorType::kCountry));
    }
    mentions.push_back(mention);
  }
  out.analyzed = AnalyzeSentence(*out.document, sentence, std::move(mentions));
  return out;
}

// The built-in vocabulary and a lemmatizer, loaded once for all tests.
// Marks "Democrat(s)" and "Republican(s)" as the actor layer finds them: demonyms of their
// party.
inline void MarkPartyDemonyms(MarkedSentence* s) {
  for (Mention& m : s->analyzed.mentions) {
    const char* party = m.surface.starts_with("Democrat")     ? "Democratic Party"
                        : m.surface.starts_with("Republican") ? "Republican Party"
                                                              : nullptr;
    if (!party) continue;
    m.how = Resolution::kDemonym;
    m.actor = MakeActor(party, ActorType::kOrganization);
  }
}

inline const ExtractorContext& TestContext() {
  static const auto* vocabulary = new RelationVocabulary(RelationVocabulary::LoadDefault().value());
  static const auto* lemmatizer = new Lemmatizer(std::move(Lemmatizer::Create().value()));
  static const ExtractorContext context{vocabulary, lemmatizer};
  return context;
}

// One Link Grammar extractor for a test binary: its dictionary is loaded once.
inline const Extractor& LinkGrammar() {
  static const auto* extractor = extract::MakeLinkGrammarExtractor(TestContext()).release();
  return *extractor;
}

// "Russia -[support]-> Iran; United States -[hold talks with]- Iran" in emission order;
// negated relations get "not ", hedged ones " (may)" after the text.
inline std::string Render(const std::vector<Triple>& triples) {
  std::string out;
  for (const Triple& t : triples) {
    if (!out.empty()) out += "; ";
    out += t.subject.name + " -[" + (t.relation.negated ? "not " : "") + t.relation.text +
           (t.relation.modality.empty() ? "" : " (" + t.relation.modality + ")") + "]-" +
           (t.relation.symmetric ? "" : ">") + " " + t.object.name;
  }
  return out;
}

// Runs `extractor` (or, when null, every default extractor in order) over the sentence.
inline std::string ExtractRendered(std::string_view marked, const Extractor* extractor = nullptr) {
  MarkedSentence s = MakeSentence(marked);
  std::vector<Triple> out;
  if (extractor) {
    extractor->Extract(s.analyzed, out);
  } else {
    for (const auto& e : MakeDefaultExtractors(TestContext())) e->Extract(s.analyzed, out);
  }
  return Render(out);
}

// A marked sentence and the triples it must give (Render()'s text), for tables of cases.
struct ExtractCase {
  const char* marked;
  const char* expected;
};

// Expects each case's triples from `extractor` (or every default extractor, when null).
inline void ExpectAllRendered(const ExtractCase* begin, const ExtractCase* end,
                              const Extractor* extractor = nullptr) {
  for (const ExtractCase* c = begin; c != end; ++c)
    EXPECT_EQ(ExtractRendered(c->marked, extractor), c->expected) << c->marked;
}

// ExpectAllRendered over a whole table of cases, with the shared Link Grammar extractor.
template <size_t N>
void ExpectAllLinkGrammar(const ExtractCase (&cases)[N]) {
  ExpectAllRendered(std::begin(cases), std::end(cases), &LinkGrammar());
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_EXTRACT_EXTRACT_TEST_UTIL_H_
