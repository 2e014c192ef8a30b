#include "actorgraph/graph/actor.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(ActorTest, IdIsFoldedAndUnderscored) {
  EXPECT_EQ(MakeActorId("United States"), "united_states");
  EXPECT_EQ(MakeActorId("  U.S.  "), "u_s");
  EXPECT_EQ(MakeActorId("Côte d’Ivoire"), "cote_d_ivoire");
  EXPECT_EQ(MakeActorId("Recep Tayyip Erdoğan"), "recep_tayyip_erdogan");
  EXPECT_EQ(MakeActorId("Łódź"), "lodz");
}

TEST(ActorTest, NameWithoutLettersGetsAHashedId) {
  std::string id = MakeActorId("!!!");
  EXPECT_EQ(id.rfind("actor_", 0), 0u);
  EXPECT_EQ(id, MakeActorId("!!!"));
  EXPECT_NE(id, MakeActorId("???"));
}

TEST(ActorTest, TypeNamesRoundTrip) {
  for (auto type : {ActorType::kCountry, ActorType::kOrganization, ActorType::kPerson,
                    ActorType::kGroup, ActorType::kOther}) {
    EXPECT_EQ(ParseActorType(ActorTypeName(type)), type);
  }
  EXPECT_FALSE(ParseActorType("nation").has_value());
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

TEST(ActorTest, IdsOfOtherScriptsAreLowerCased) {
  EXPECT_EQ(MakeActorId("Москва"), MakeActorId("москва"));
  EXPECT_EQ(MakeActorId("Москва"), "москва");
  EXPECT_EQ(MakeActorId("ΑΘΗΝΑ"), "αθηνα");
  EXPECT_EQ(MakeActorId("北京"), "北京");
}

}  // namespace
}  // namespace actorgraph
