#include "actorgraph/spellcheck.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(SpellcheckTest, EditDistanceIgnoresAsciiCase) {
  EXPECT_EQ(EditDistance("Iran", "iran"), 0u);
  EXPECT_EQ(EditDistance("Iran", "Iraq"), 1u);
  EXPECT_EQ(EditDistance("", "abc"), 3u);
}

TEST(SpellcheckTest, SuggestsTheClosestCommand) {
  std::vector<std::string> commands = {"build", "export", "merge", "neighbors", "path"};
  EXPECT_EQ(ClosestMatches("biuld", commands, 1), std::vector<std::string>{"build"});
  EXPECT_EQ(ClosestMatches("neigh", commands, 1), std::vector<std::string>{"neighbors"});
  EXPECT_TRUE(ClosestMatches("zzzzzzzz", commands).empty());
}

}  // namespace
}  // namespace actorgraph
