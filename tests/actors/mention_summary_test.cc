#include "actorgraph/actors/mention_summary.h"

#include <sstream>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

Mention Of(const std::string& id, const std::string& name, ActorType type) {
  Mention m;
  m.actor.id = id;
  m.actor.name = name;
  m.actor.type = type;
  return m;
}

TEST(MentionSummaryTest, CountsMentionsAndDocumentsMostMentionedFirst) {
  MentionSummary summary;
  Mention both;
  both.how = Resolution::kGroupReference;
  both.members = {Of("iran", "Iran", ActorType::kCountry).actor,
                  Of("united_states", "United States", ActorType::kCountry).actor};
  summary.AddDocument({Of("iran", "Iran", ActorType::kCountry),
                       Of("iran", "Iran", ActorType::kCountry), both});
  summary.AddDocument({Of("united_states", "United States", ActorType::kCountry),
                       Of("qasem_soleimani", "Qasem Soleimani", ActorType::kPerson)});
  std::ostringstream out;
  summary.Write(out);
  EXPECT_EQ(out.str(),
            "name             type     mentions  documents  id\n"
            "Iran             country         3          1  iran\n"
            "United States    country         2          2  united_states\n"
            "Qasem Soleimani  person          1          1  qasem_soleimani\n");
}

TEST(MentionSummaryTest, EmptyCorpusPrintsOnlyTheHeader) {
  MentionSummary summary;
  std::ostringstream out;
  summary.Write(out);
  EXPECT_EQ(out.str(), "name  type  mentions  documents  id\n");
}

}  // namespace
}  // namespace actorgraph
