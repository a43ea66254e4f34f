#include "shared/text/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace newsgraph::text {
namespace {

TEST(Utf8Test, FindsTheFirstBadByte) {
  EXPECT_EQ(FindInvalidUtf8("plain ascii"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("Rosselló Tsikhanouskaya Qəbələ “quotes” 日本"), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8(std::string("ab\xff", 3)), 2u);
  EXPECT_EQ(FindInvalidUtf8(std::string("ab\xc3", 3)), 2u);            // truncated
  EXPECT_EQ(FindInvalidUtf8(std::string("\xc0\xaf", 2)), 0u);          // overlong '/'
  EXPECT_EQ(FindInvalidUtf8(std::string("x\xed\xa0\x80", 4)), 1u);     // surrogate
  EXPECT_EQ(FindInvalidUtf8(std::string("\xf4\x90\x80\x80", 4)), 0u);  // > U+10FFFF
}

TEST(Utf8Test, CountsCodePoints) {
  EXPECT_EQ(CountCodePoints(""), 0);
  EXPECT_EQ(CountCodePoints("Azərbaycan"), 10);
  EXPECT_EQ(CountCodePoints("😀x"), 2);
}

TEST(Utf8Test, IndexMapsBothWaysAcrossCheckpoints) {
  std::string text;
  for (int i = 0; i < 300; ++i) text += i % 3 == 0 ? "ə" : i % 3 == 1 ? "a" : "😀";
  CodePointIndex index(text);
  int32_t cp = 0;
  for (size_t byte = 0; byte <= text.size(); ++byte) {
    const bool boundary =
        byte == text.size() || (static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80;
    if (!boundary) continue;
    EXPECT_EQ(index.ToCodePoint(byte), cp) << byte;
    EXPECT_EQ(index.ToByte(cp), byte) << cp;
    ++cp;
  }
  EXPECT_EQ(cp - 1, 300);
}

TEST(Utf8Test, EmptyText) {
  CodePointIndex index("");
  EXPECT_EQ(index.ToCodePoint(0), 0);
  EXPECT_EQ(index.ToByte(0), 0u);
}

}  // namespace
}  // namespace newsgraph::text
