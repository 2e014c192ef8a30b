// LinkParser remembers the parse of a text: a text parsed again gives the same linkage (or
// the same failure) as the first time, whatever was parsed in between.
#include <gtest/gtest.h>

#include <string>

#include "extract/link_parser.h"

namespace actorgraph::extract {
namespace {

std::string Describe(const Linkage& l) {
  std::string out = std::to_string(l.null_count) + ":";
  for (const LinkWord& w : l.words)
    out += " " + w.text + "@" + std::to_string(w.begin) + "-" + std::to_string(w.end);
  for (const Link& k : l.links)
    out += " " + k.label + "(" + std::to_string(k.left) + "," + std::to_string(k.right) + ")";
  return out;
}

TEST(LinkParserCacheTest, RepeatedTextGivesTheFirstParse) {
  const LinkParser* parser = LinkParser::Shared();
  ASSERT_NE(parser, nullptr);
  const std::string kFirst = "The ministers of two countries signed a trade pact on Monday .";
  const std::string kOther = "The bank raised its main lending rate by half a point .";
  Linkage first, other, again;
  ASSERT_TRUE(parser->Parse(kFirst, &first));
  ASSERT_TRUE(parser->Parse(kOther, &other));
  ASSERT_TRUE(parser->Parse(kFirst, &again));
  EXPECT_EQ(Describe(again), Describe(first));
  EXPECT_NE(Describe(other), Describe(first));
  EXPECT_FALSE(first.links.empty());
}

TEST(LinkParserCacheTest, RepeatedTextClearsTheLinkageItIsGiven) {
  const LinkParser* parser = LinkParser::Shared();
  ASSERT_NE(parser, nullptr);
  const std::string kText = "Farmers sold more wheat this year .";
  Linkage fresh, reused;
  ASSERT_TRUE(parser->Parse(kText, &fresh));
  ASSERT_TRUE(parser->Parse("Shares fell sharply in early trading on Friday .", &reused));
  ASSERT_TRUE(parser->Parse(kText, &reused));
  EXPECT_EQ(Describe(reused), Describe(fresh));
}

}  // namespace
}  // namespace actorgraph::extract
