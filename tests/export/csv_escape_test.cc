#include "actorgraph/export/csv_escape.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

struct Case {
  const char* input;
  const char* expected;
};

TEST(CsvEscapeTest, FieldsAreQuotedOnlyWhenNeeded) {
  const Case cases[] = {
      {"", ""},
      {"Iran", "Iran"},
      {"Halvorsen, Ltd", "\"Halvorsen, Ltd\""},
      {"say \"no\"", "\"say \"\"no\"\"\""},
      {"a;b", "\"a;b\""},
      {" padded", "\" padded\""},
      {"padded ", "\"padded \""},
      {"back\\slash", "back\\slash"},
      {"Zoë", "Zoë"},
  };
  for (const Case& c : cases) EXPECT_EQ(CsvField(c.input), c.expected) << c.input;
}

TEST(CsvEscapeTest, LineBreaksAndControlsBecomeSpaces) {
  const Case cases[] = {
      {"one\ntwo", "one two"},
      {"one\r\ntwo", "one two"},
      {"one\rtwo", "one two"},
      {"tab\there", "tab here"},
      {"bell\x07", "\"bell \""},
      {"\n", "\" \""},
  };
  for (const Case& c : cases) EXPECT_EQ(CsvField(c.input), c.expected) << c.input;
}

TEST(CsvEscapeTest, MalformedUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(CsvField("Zo\xEB"), "Zo\xEF\xBF\xBD");
}

TEST(CsvEscapeTest, ArrayElementsJoinWithSemicolons) {
  EXPECT_EQ(CsvArrayField({}), "");
  EXPECT_EQ(CsvArrayField({"d1"}), "d1");
  EXPECT_EQ(CsvArrayField({"d1", "d2"}), "\"d1;d2\"");
  EXPECT_EQ(CsvArrayField({"", "d2", ""}), "d2");
}

TEST(CsvEscapeTest, SemicolonInsideAnElementBecomesFullwidth) {
  EXPECT_EQ(CsvArrayField({"Bosnia; Herzegovina", "BiH"}),
            "\"Bosnia\xEF\xBC\x9B Herzegovina;BiH\"");
  EXPECT_EQ(CsvArrayField({"said \"yes\", then left"}), "\"said \"\"yes\"\", then left\"");
}

}  // namespace
}  // namespace actorgraph
