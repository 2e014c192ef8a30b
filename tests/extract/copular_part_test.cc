// The clause extractor behind the real actor layer: "X is a <part noun> of Y" says X is
// part of Y (a member, a subsidiary, a unit, a territory, a province), with the words
// before the noun kept ("a wholly owned subsidiary", "an unincorporated territory").
// Sentences written for this test.
#include <gtest/gtest.h>

#include "extract/pipeline_lines.h"

namespace actorgraph {
namespace {

using testing::ExpectLines;

TEST(CopularPartTest, AStateIsATerritoryOrProvinceOfAnother) {
  ExpectLines({
      {"Guam is an unincorporated territory of the United States.",
       "Guam -[be an unincorporated territory of]-> United States\n"},
      {"Ontario is a province of Canada.", "Ontario -[be a province of]-> Canada\n"},
  },
              "clause");
}

TEST(CopularPartTest, ABodyIsASubsidiaryOrUnitOfAnother) {
  ExpectLines({
      {"YouTube is a wholly owned subsidiary of Google.",
       "YouTube -[be a wholly owned subsidiary of]-> Google\n"},
      {"Instagram is a unit of Facebook.", "Instagram -[be a unit of]-> Facebook\n"},
      // A plural part noun in "-ches" is read as its singular, as "territories" is.
      {"Instagram and WhatsApp are branches of Facebook.",
       "Instagram -[be a branch of]-> Facebook\nWhatsApp -[be a branch of]-> Facebook\n"},
      // A state's name there ends a firm's name the finder cut: "Example Canada".
      {"Example Canada is a unit of Facebook.", ""},
  },
              "clause");
}

}  // namespace
}  // namespace actorgraph
