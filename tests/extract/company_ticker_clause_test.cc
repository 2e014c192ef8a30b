// A company named with its legal suffix and stock ticker ("Chevron Corp <CHV>") is one
// mention, so the clause around it reads as around a bare name. Sentences written here.
#include <string>

#include <gtest/gtest.h>

#include "extract/pipeline_lines.h"

namespace actorgraph {
namespace {

TEST(CompanyTickerClauseTest, TheClauseReadsPastSuffixAndTicker) {
  EXPECT_EQ(testing::TripleLines(
                "Chevron Corp <CHV> agreed to buy Texaco Inc <TX> for two billion dlrs.", ""),
            "Chevron -[buy]-> Texaco\n");
  EXPECT_EQ(testing::TripleLines("Gulf Oil Corp said Texaco Inc <TX> would buy its refinery.", ""),
            "");
}

}  // namespace
}  // namespace actorgraph
