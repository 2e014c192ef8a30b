// Who acts in a clause when the text names the actor indirectly: officials named by the
// states they come from act for those states, a list of states goes on past a name the actor
// layer does not know, an opening participle has the main clause's subject. Sentences
// written for this test.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/extract/pipeline.h"

namespace actorgraph {
namespace {

const ActorDictionary& Dictionary() {
  static const auto* dictionary = new ActorDictionary(ActorDictionary::LoadDefault().value());
  return *dictionary;
}

// Every triple of a text, one "subject -[relation]-> object" a line. The text opens with a
// headline and a sentence naming Maria Ortiz, so that later sentences can use her name.
std::string Lines(const std::string& sentence) {
  Document d;
  d.id = "news";
  d.text = "Headline\n\nMaria Ortiz said no.\n\n" + sentence;
  std::vector<Document> docs = {d};
  auto triples = ExtractDocuments(docs, Dictionary());
  if (!triples.ok()) return "error: " + std::string(triples.status().message());
  std::string out;
  for (const Triple& t : *triples)
    if (t.evidence.sentence_index == 2)
      out += t.subject.name + " -[" + t.relation.text + "]-> " + t.object.name + "\n";
  return out;
}

TEST(OfficialsOfStatesTest, OfficialsFromStatesAreTheirSubjects) {
  EXPECT_EQ(Lines("Officials from France and Germany met Vladimir Putin on Monday."),
            "France -[meet]-> Vladimir Putin\nGermany -[meet]-> Vladimir Putin\n");
  EXPECT_EQ(Lines("Attorneys general from Maine and Hawaii sued Maria Ortiz."),
            "Maine -[sue]-> Maria Ortiz\nHawaii -[sue]-> Maria Ortiz\n");
}

TEST(OfficialsOfStatesTest, OfficialsFromStatesArePassiveAgents) {
  EXPECT_EQ(Lines("Ortiz was criticised by officials from France and Spain."),
            "France -[criticize]-> Maria Ortiz\nSpain -[criticize]-> Maria Ortiz\n");
  EXPECT_EQ(Lines("Ortiz is joined in this legal action by attorneys general from Oregon and "
                  "Nevada."),
            "Oregon -[join]-> Maria Ortiz\nNevada -[join]-> Maria Ortiz\n");
}

TEST(OfficialsOfStatesTest, AListGoesOnPastAnUnknownName) {
  // "Ruritania" is no actor the dictionary knows; the list keeps its other members.
  EXPECT_EQ(Lines("Officials from Chile, Ruritania, Peru, and Bolivia met Maria Ortiz."),
            "Chile -[meet]-> Maria Ortiz\nPeru -[meet]-> Maria Ortiz\n"
            "Bolivia -[meet]-> Maria Ortiz\n");
}

TEST(OfficialsOfStatesTest, ARegionActingOnAPersonIsItsGovernment) {
  EXPECT_EQ(Lines("California sued Maria Ortiz."), "California -[sue]-> Maria Ortiz\n");
  // A region as an object stays a place.
  EXPECT_EQ(Lines("Maria Ortiz flew to California."), "");
}

TEST(OfficialsOfStatesTest, ARegionSuedOrUrgedIsItsGovernment) {
  EXPECT_EQ(Lines("Maria Ortiz filed a lawsuit against the state of Oregon."),
            "Maria Ortiz -[sue]-> Oregon\n");
  EXPECT_EQ(Lines("Maria Ortiz urged Oregon to change the law."), "Maria Ortiz -[urge]-> Oregon\n");
  // Praise and visits are of the place.
  EXPECT_EQ(Lines("Maria Ortiz visited Oregon and praised Oregon."), "");
}

TEST(OfficialsOfStatesTest, AnOpeningParticipleHasTheMainClausesSubject) {
  EXPECT_EQ(Lines("Speaking to Reuters, a local official Maria Ortiz said the road was open."),
            "Maria Ortiz -[speak with]-> Reuters\n");
  EXPECT_EQ(Lines("After meeting Vladimir Putin, Ortiz told reporters the talks went well."),
            "Maria Ortiz -[meet]-> Vladimir Putin\n");
  // No verb after the actor: no clause to give it to.
  EXPECT_EQ(Lines("Speaking to Reuters, Ortiz and the others."), "");
}

}  // namespace
}  // namespace actorgraph
