#include "actorgraph/export/sql_escape.h"

#include <string>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

TEST(SqlEscapeTest, CopyFieldEscapesBackslashTabAndLineBreaks) {
  const Case cases[] = {
      {"", ""},
      {"Iran", "Iran"},
      {"back\\slash", "back\\\\slash"},
      {"a\tb", "a\\tb"},
      {"a\nb", "a\\nb"},
      {"a\r\nb", "a\\r\\nb"},
      {"\\.", "\\\\."},  // never the end-of-data marker
      {"\\N", "\\\\N"},  // never NULL
      {"it's \"quoted\"", "it's \"quoted\""},
      {std::string("nul\0byte", 8), "nul\xEF\xBF\xBD" "byte"},
      {"Zo\xEB", "Zo\xEF\xBF\xBD"},
  };
  for (const Case& c : cases) EXPECT_EQ(CopyTextField(c.input), c.expected) << c.input;
}

TEST(SqlEscapeTest, ArrayFieldQuotesEveryElement) {
  EXPECT_EQ(CopyArrayField({}), "{}");
  EXPECT_EQ(CopyArrayField({"d1", "d2"}), "{\"d1\",\"d2\"}");
  EXPECT_EQ(CopyArrayField({""}), "{\"\"}");
  EXPECT_EQ(CopyArrayField({"NULL"}), "{\"NULL\"}");
  EXPECT_EQ(CopyArrayField({"a,b", "{c}"}), "{\"a,b\",\"{c}\"}");
  // '"' and '\' are escaped for the array literal, then the backslashes for COPY.
  EXPECT_EQ(CopyArrayField({"say \"hi\""}), "{\"say \\\\\"hi\\\\\"\"}");
  EXPECT_EQ(CopyArrayField({"a\\b"}), "{\"a\\\\\\\\b\"}");
  EXPECT_EQ(CopyArrayField({"tab\there"}), "{\"tab\\there\"}");
}

TEST(SqlEscapeTest, IdentifiersAndLiteralsDoubleTheirQuote) {
  EXPECT_EQ(SqlIdentifier("news"), "\"news\"");
  EXPECT_EQ(SqlIdentifier("my \"graph\""), "\"my \"\"graph\"\"\"");
  EXPECT_EQ(SqlStringLiteral("it's"), "'it''s'");
  EXPECT_EQ(SqlStringLiteral(""), "''");
}

}  // namespace
}  // namespace actorgraph
