// A phrase of time between a verb or relation noun and the preposition that names the
// other party ("held talks on Monday with", "increased cooperation in the last few years
// with") does not hide the party.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extract_test_util.h"
#include "extract/word_classes.h"

namespace actorgraph {
namespace {

struct Case {
  const char* marked;
  const char* expected;
};

TEST(TimePhraseTest, TimeBetweenNounAndPrepositionIsSkipped) {
  const Case kCases[] = {
      {"[Norway=country] has increased cooperation in the last few years with the navies of "
       "[Chile=country] and [Peru=country].",
       "Norway -[increase cooperation with]- Chile; Norway -[increase cooperation with]- Peru"},
      {"[Chile=country] held talks in 2018 with [Peru=country].",
       "Chile -[hold talks with]- Peru"},
      {"[Chile=country] has for years opposed [Peru=country].", "Chile -[oppose]-> Peru"},
  };
  for (const Case& c : kCases) EXPECT_EQ(testing::ExtractRendered(c.marked), c.expected) << c.marked;
}

TEST(TimePhraseTest, TimePhraseEndReadsCommonPhrases) {
  auto end = [](std::vector<std::string> w) { return words::TimePhraseEnd(w, 0, w.size()); };
  EXPECT_EQ(end({"in", "the", "last", "few", "years", "with"}), 5u);
  EXPECT_EQ(end({"over", "the", "past", "decade", "with"}), 4u);
  EXPECT_EQ(end({"in", "recent", "months", "with"}), 3u);
  EXPECT_EQ(end({"earlier", "this", "year", "with"}), 3u);
  EXPECT_EQ(end({"in", "july", "2019", "with"}), 3u);
  EXPECT_EQ(end({"for", "years", "with"}), 2u);
  // Not time: a place, a party, a topic.
  EXPECT_EQ(end({"in", "the", "capital"}), 0u);
  EXPECT_EQ(end({"for", "the", "minister"}), 0u);
  EXPECT_EQ(end({"in", "talks", "with"}), 0u);
  EXPECT_EQ(end({"in", "may"}), 0u);
}

}  // namespace
}  // namespace actorgraph
