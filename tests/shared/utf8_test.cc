#include "shared/text/utf8.h"

#include <random>
#include <string>
#include <vector>

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

// Texts of every mix — all ASCII, ASCII with a rare curly quote, dense
// multi-byte — read at random offsets, forwards and backwards, by the
// index and by a cursor, against a byte-by-byte count.
TEST(Utf8Test, IndexAndCursorAgreeWithAPlainCountOnRandomText) {
  const std::vector<std::string> pieces = {"a", "Z", " ", "ə", "“", "😀", "日"};
  std::mt19937 rng(20201124);
  for (int round = 0; round < 60; ++round) {
    const int multibyte_percent = round % 3 == 0 ? 0 : round % 3 == 1 ? 2 : 50;
    std::string text;
    const int length = static_cast<int>(rng() % 2000);
    for (int i = 0; i < length; ++i) {
      const bool wide = static_cast<int>(rng() % 100) < multibyte_percent;
      text += pieces[wide ? 3 + rng() % 4 : rng() % 3];
    }
    std::vector<size_t> byte_of;  // byte offset of each code point, and the end
    for (size_t b = 0; b < text.size(); ++b) {
      if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) byte_of.push_back(b);
    }
    byte_of.push_back(text.size());
    ASSERT_EQ(CountCodePoints(text), static_cast<int64_t>(byte_of.size() - 1));
    CodePointIndex index(text);
    CodePointCursor cursor(text, index);
    for (int probe = 0; probe < 200; ++probe) {
      const auto cp = static_cast<int32_t>(rng() % byte_of.size());
      ASSERT_EQ(index.ToByte(cp), byte_of[cp]) << "round " << round << " cp " << cp;
      ASSERT_EQ(index.ToCodePoint(byte_of[cp]), cp) << "round " << round;
      ASSERT_EQ(cursor.ToByte(cp), byte_of[cp]) << "round " << round << " cp " << cp;
      ASSERT_EQ(cursor.ToCodePoint(byte_of[cp]), cp) << "round " << round;
      // A short step forward, as when reading mentions in text order.
      const auto next = std::min<int32_t>(cp + static_cast<int32_t>(rng() % 40),
                                          static_cast<int32_t>(byte_of.size() - 1));
      ASSERT_EQ(cursor.ToCodePoint(byte_of[next]), next) << "round " << round;
      ASSERT_EQ(cursor.ToByte(next), byte_of[next]) << "round " << round;
    }
  }
}

TEST(Utf8Test, EmptyText) {
  CodePointIndex index("");
  EXPECT_EQ(index.ToCodePoint(0), 0);
  EXPECT_EQ(index.ToByte(0), 0u);
}

}  // namespace
}  // namespace newsgraph::text
