#include "actorgraph/export/json_escape.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

namespace actorgraph {
namespace {

TEST(JsonQuoteTest, QuotesAndBackslashes) {
  EXPECT_EQ(JsonQuote("say \"hi\" \\ there"), R"("say \"hi\" \\ there")");
}

TEST(JsonQuoteTest, ControlChars) {
  EXPECT_EQ(JsonQuote(std::string("\b\f\n\r\t\x01\x1F\0", 8)),
            R"("\b\f\n\r\t\u0001\u001F\u0000")");
}

TEST(JsonQuoteTest, Utf8IsWrittenAsIs) {
  EXPECT_EQ(JsonQuote("Zoë Marčić <&> 日本 \xF0\x9D\x90\x80"),
            "\"Zoë Marčić <&> 日本 \xF0\x9D\x90\x80\"");
}

TEST(JsonQuoteTest, MalformedUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(JsonQuote("Zo\xEB \xC3"), "\"Zo\xEF\xBF\xBD \xEF\xBF\xBD\"");
}

TEST(JsonQuoteTest, ResultParsesBackToTheText) {
  const char kText[] = "a\"b\\c\n\x02 d\0e ë";
  const std::string text(kText, sizeof(kText) - 1);
  rapidjson::Document document;
  const std::string quoted = JsonQuote(text);
  document.Parse(quoted.c_str(), quoted.size());
  ASSERT_FALSE(document.HasParseError());
  ASSERT_TRUE(document.IsString());
  EXPECT_EQ(std::string(document.GetString(), document.GetStringLength()), text);
}

}  // namespace
}  // namespace actorgraph
