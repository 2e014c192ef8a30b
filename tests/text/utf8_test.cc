#include "text/utf8.h"

#include <gtest/gtest.h>

namespace actorgraph::text_internal {
namespace {

struct Utf8Case {
  const char* bytes;
  size_t offset;
  const char* what;
};

const Utf8Case kBadUtf8[] = {
    {"Iran\x80", 4, "unexpected continuation byte 0x80"},
    {"Ir\xc3(an", 2, "truncated sequence: expected a continuation byte, got 0x28"},
    {"Iran\xc3", 4, "truncated sequence: expected a continuation byte, got end of input"},
    {"ab\xe2\x80", 2, "truncated sequence: expected a continuation byte, got end of input"},
    {"\xc0\xaf", 0, "overlong encoding starting with 0xC0"},
    {"x\xe0\x80\xaf", 1, "overlong encoding starting with 0xE0"},
    {"\xed\xa0\x80", 0, "encoded UTF-16 surrogate"},
    {"\xf4\x90\x80\x80", 0, "code point above U+10FFFF"},
    {"\xff", 0, "byte 0xFF never appears in UTF-8"},
    {"0123456789\xf5", 10, "byte 0xF5 never appears in UTF-8"},
};

TEST(Utf8Test, FindsTheFirstBadSequence) {
  for (const Utf8Case& c : kBadUtf8) {
    std::optional<Utf8Error> error = FindInvalidUtf8(c.bytes);
    ASSERT_TRUE(error.has_value()) << c.what;
    EXPECT_EQ(error->offset, c.offset) << c.what;
    EXPECT_EQ(error->what, c.what);
  }
}

TEST(Utf8Test, AcceptsValidText) {
  EXPECT_FALSE(FindInvalidUtf8("Erdoğan met Zelenskyy in Kyiv – “talks” 😀 \xf4\x8f\xbf\xbf"));
  EXPECT_FALSE(FindInvalidUtf8(""));
}

TEST(Utf8Test, ReplacesEachBadSequenceOnce) {
  std::string s = "a\xff" "b\xe2\x80" "c\xc3";
  EXPECT_EQ(ReplaceInvalidUtf8(&s), 3u);
  EXPECT_EQ(s, "a\uFFFDb\uFFFDc\uFFFD");
  std::string good = "Tehran";
  EXPECT_EQ(ReplaceInvalidUtf8(&good), 0u);
  EXPECT_EQ(good, "Tehran");
}

}  // namespace
}  // namespace actorgraph::text_internal
