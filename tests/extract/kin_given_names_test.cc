// End to end: a relative the actor layer names by the given name after a kin noun ("his
// wife Ngozi") is the owner's kin in the triples.
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

std::string Lines(const std::string& text) {
  Document d;
  d.id = "kin";
  d.text = text;
  d.date = "2020-01-05";
  std::vector<Document> docs = {d};
  auto triples = ExtractDocuments(docs, Dictionary());
  EXPECT_TRUE(triples.ok()) << triples.status().message();
  std::string out;
  if (!triples.ok()) return out;
  for (const Triple& t : *triples)
    out += t.subject.name + " -[" + t.relation.text + "]-> " + t.object.name + "\n";
  return out;
}

TEST(KinGivenNamesTest, RelativeByGivenNameIsTheOwnersKin) {
  std::string lines = Lines(
      "Activist Ambrose Okafor died on Monday. According to his wife, Ngozi, Okafor had "
      "been ill for a year.");
  EXPECT_NE(lines.find("Ngozi Okafor -[be wife of]-> Ambrose Okafor\n"), std::string::npos)
      << lines;
}

TEST(KinGivenNamesTest, RelativeAfterAPossessiveNameIsTheOwnersKin) {
  std::string lines = Lines("Activist Ambrose Okafor spoke. Okafor's son Tobi was there.");
  EXPECT_NE(lines.find("Tobi Okafor -[be son of]-> Ambrose Okafor\n"), std::string::npos)
      << lines;
}

// "Cornish" is no actor; before "singer" and a name it describes the singer, who is then
// the one "his" of the next sentence stands for.
TEST(KinGivenNamesTest, PossessiveAfterAnAdjectivedRoleNounTakesThatPerson) {
  std::string lines = Lines(
      "Yesterday, Cornish singer Ambrose Penhale died in Truro. The news was confirmed by "
      "Reuters with his daughter Morwenna Penhale.");
  EXPECT_NE(lines.find("Morwenna Penhale -[be daughter of]-> Ambrose Penhale\n"),
            std::string::npos)
      << lines;
}

}  // namespace
}  // namespace actorgraph
