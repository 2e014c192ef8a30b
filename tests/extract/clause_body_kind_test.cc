// The clause extractor's subjects behind the real actor layer: a body named after words
// of its kind in a person's of-phrase ("Jo Roe of the charity X told Y") is no subject, as
// without them ("Jo Roe of X told Y"). Sentences written for this test (the people are
// made up).
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/extract/pipeline.h"

namespace actorgraph {
namespace {

const ActorDictionary& Dictionary() {
  static const auto* dictionary = new ActorDictionary(ActorDictionary::LoadDefault().value());
  return *dictionary;
}

// The triples of a text, one "subject -[relation]-> object" a line: those of `extractor`,
// or of every extractor when it is empty.
std::string TripleLines(const std::string& text, std::string_view extractor = "affiliation") {
  Document d;
  d.id = "news";
  d.date = "2020-09-01";
  d.text = text;
  std::vector<Document> docs = {d};
  auto triples = ExtractDocuments(docs, Dictionary());
  if (!triples.ok()) return "error: " + std::string(triples.status().message());
  std::string out;
  for (const Triple& t : *triples)
    if (extractor.empty() || t.extractor == extractor)
      out += t.subject.name + " -[" + t.relation.text + "]-> " + t.object.name + "\n";
  return out;
}

struct Case {
  const char* text;
  const char* expected;
};

void ExpectCases(const std::vector<Case>& cases, std::string_view extractor = "affiliation") {
  for (const Case& c : cases) EXPECT_EQ(TripleLines(c.text, extractor), c.expected) << c.text;
}

TEST(ClauseBodyKindTest, ABodyAfterItsKindInAPersonsOfPhraseIsNoSubject) {
  ExpectCases(
      {
          {"Anna Berg of the charity Caritas told Reuters the apology came late.",
           "Anna Berg -[work for]-> Caritas\n"
           "Anna Berg -[tell]-> Reuters\n"},
          {"Anna Berg of Caritas told Reuters the apology came late.",
           "Anna Berg -[work for]-> Caritas\n"
           "Anna Berg -[tell]-> Reuters\n"},
          // The kind words after a verb leave the body its subject.
          {"Anna Berg said the charity Caritas told Reuters the apology came late.",
           "Caritas -[tell]-> Reuters\n"},
      },
      "");
}

}  // namespace
}  // namespace actorgraph
