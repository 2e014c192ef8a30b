#include "actorgraph/export/dot_escape.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(DotLabelTest, PlainTextIsUnchanged) {
  EXPECT_EQ(DotLabel("Zoë Marčić \"the\" <envoy>"), "Zoë Marčić \"the\" <envoy>");
}

TEST(DotLabelTest, BackslashIsDoubledSoGraphvizShowsIt) {
  EXPECT_EQ(DotLabel("C:\\N\\l"), "C:\\\\N\\\\l");
}

TEST(DotTooltipTest, BackslashIsQuadrupledAndTheRestAsInLabels) {
  EXPECT_EQ(DotTooltip("C:\\N &\n"), "C:\\\\\\\\N &amp;\\n");
}

TEST(DotLabelTest, AmpersandBecomesEntity) {
  EXPECT_EQ(DotLabel("AT&T &amp;"), "AT&amp;T &amp;amp;");
}

TEST(DotLabelTest, NewlinesBecomeCentredLineBreaks) {
  EXPECT_EQ(DotLabel("a\nb\r\nc\rd"), "a\\nb\\nc\\nd");
}

TEST(DotLabelTest, ControlCharactersAndMalformedBytesBecomeReplacementCharacter) {
  EXPECT_EQ(DotLabel("a\x01" "b\xFF"), "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
}

}  // namespace
}  // namespace actorgraph
