#include "actorgraph/export/xml_escape.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(XmlEscapeTest, TextEscapesMarkupCharacters) {
  EXPECT_EQ(XmlEscapeText("Halvorsen & \"Partners\" <Ltd> 'x'"),
            "Halvorsen &amp; \"Partners\" &lt;Ltd&gt; 'x'");
}

TEST(XmlEscapeTest, TextKeepsNonAsciiAndLineBreaks) {
  EXPECT_EQ(XmlEscapeText("Zoë Marčić\tline\nnext 日本"), "Zoë Marčić\tline\nnext 日本");
}

TEST(XmlEscapeTest, TextWritesCarriageReturnAsReference) {
  EXPECT_EQ(XmlEscapeText("a\r\nb"), "a&#13;\nb");
}

TEST(XmlEscapeTest, AttributeEscapesQuotesAndWhitespace) {
  EXPECT_EQ(XmlEscapeAttribute("a\"b'c&d<e>f\tg\nh\ri"),
            "a&quot;b&apos;c&amp;d&lt;e&gt;f&#9;g&#10;h&#13;i");
}

struct IllegalCase {
  const char* what;
  std::string input;
  std::string expected;
};

TEST(XmlEscapeTest, IllegalCharactersBecomeReplacementCharacter) {
  const IllegalCase cases[] = {
      {"NUL", std::string("a\0b", 3), "a" + kFffd + "b"},
      {"C0 control", "a\x01\x08\x0B\x0C\x1F" "b", "a" + kFffd + kFffd + kFffd + kFffd + kFffd + "b"},
      {"U+FFFE", "a\xEF\xBF\xBE" "b", "a" + kFffd + "b"},
      {"U+FFFF", "a\xEF\xBF\xBF" "b", "a" + kFffd + "b"},
      {"lone continuation byte", "a\x80" "b", "a" + kFffd + "b"},
      {"truncated sequence", "a\xC3", "a" + kFffd},
      {"lead byte before ASCII", "\xE2(b", kFffd + "(b"},
      {"overlong slash", "\xC0\xAF", kFffd + kFffd},
      {"encoded surrogate", "\xED\xA0\x80", kFffd + kFffd + kFffd},
      {"above U+10FFFF", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd},
      {"latin-1 byte", "Zo\xEB", "Zo" + kFffd},
  };
  for (const IllegalCase& c : cases) {
    EXPECT_EQ(SanitizeXmlChars(c.input), c.expected) << c.what;
    EXPECT_EQ(XmlEscapeText(c.input), c.expected) << c.what;
    EXPECT_EQ(XmlEscapeAttribute(c.input), c.expected) << c.what;
  }
}

TEST(XmlEscapeTest, LegalEdgeCodePointsAreKept) {
  // DEL, a C1 control, U+FFFD itself and a supplementary-plane letter are all XML 1.0 chars.
  const std::string text = "\x7F\xC2\x85\xEF\xBF\xBD\xF0\x9D\x90\x80";
  EXPECT_EQ(SanitizeXmlChars(text), text);
}

TEST(NmtokenIdTest, KeepsLettersDigitsUnderscoreAndHyphen) {
  EXPECT_EQ(NmtokenId("united_states-2"), "united_states-2");
}

TEST(NmtokenIdTest, EncodesEveryOtherByteAsDotHex) {
  EXPECT_EQ(NmtokenId("a b.c/ö"), "a.20b.2Ec.2F.C3.B6");
  EXPECT_EQ(NmtokenId(""), ".");
}

TEST(NmtokenIdTest, DistinctIdsStayDistinct) {
  EXPECT_NE(NmtokenId("a.20b"), NmtokenId("a b"));
  EXPECT_NE(NmtokenId("."), NmtokenId(""));
}

}  // namespace
}  // namespace actorgraph
