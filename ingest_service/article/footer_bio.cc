#include "ingest_service/article/footer_bio.h"

#include <array>
#include <optional>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"
#include "shared/base/string_view.h"

namespace newsgraph::article {
namespace {

constexpr std::array<absl::string_view, 20> kPlatforms = {
    "Twitter",  "X",       "Instagram", "Facebook", "Telegram", "TikTok",   "YouTube",
    "LinkedIn", "Threads", "Mastodon",  "Bluesky",  "Snapchat", "Reddit",   "VK",
    "Weibo",    "WeChat",  "WhatsApp",  "Twitch",   "Tumblr",   "Pinterest"};

constexpr int kMaxPublisherWords = 6;

bool IsWordByte(unsigned char c) { return absl::ascii_isalnum(c) || c == '_'; }

// The platform `word` names, as the text spells it, or nullopt. "X" must be
// written as a capital letter; the other names match in any case.
std::optional<absl::string_view> AsPlatform(absl::string_view word) {
  for (absl::string_view name : kPlatforms) {
    if (name == "X" ? word == "X" : absl::EqualsIgnoreCase(word, name)) return word;
  }
  return std::nullopt;
}

// The words (runs of letters, digits and '_') of `s`.
std::vector<absl::string_view> Words(absl::string_view s) {
  std::vector<absl::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const size_t begin = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
    words.push_back(s.substr(begin, i - begin));
  }
  return words;
}

// The last platform named in `window`, or "".
std::string LastPlatformIn(absl::string_view window) {
  std::string platform;
  for (absl::string_view word : Words(window)) {
    if (auto name = AsPlatform(word)) platform = std::string(*name);
  }
  return platform;
}

// Whether `window` only joins two handles: "and", "or", "&", "/", ",".
bool OnlyJoins(absl::string_view window) {
  for (absl::string_view word : Words(window)) {
    if (word != "and" && word != "or") return false;
  }
  for (char c : window) {
    if (!IsWordByte(static_cast<unsigned char>(c)) && !absl::ascii_isspace(c) &&
        absl::string_view(",/&;").find(c) == absl::string_view::npos) {
      return false;
    }
  }
  return true;
}

// The end of the handle whose '@' is at `at`: letters, digits, '_' and
// inner dots.
size_t HandleEnd(absl::string_view bio, size_t at) {
  size_t j = at + 1;
  while (j < bio.size()) {
    const auto c = static_cast<unsigned char>(bio[j]);
    const bool inner_dot =
        c == '.' && j + 1 < bio.size() && IsWordByte(static_cast<unsigned char>(bio[j + 1]));
    if (!IsWordByte(c) && !inner_dot) break;
    ++j;
  }
  return j;
}

// Removes a possessive ending (’s, 's, ’, ') from `word`; false if none.
bool StripPossessive(absl::string_view* word) {
  for (absl::string_view suffix : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"}) {
    if (absl::ConsumeSuffix(word, suffix)) return !word->empty();
  }
  return false;
}

bool StartsCapitalised(absl::string_view word) {
  const auto c = static_cast<unsigned char>(word.front());
  return absl::ascii_isupper(c) || absl::ascii_isdigit(c) || c >= 0x80;
}

}  // namespace

std::vector<v1::SocialHandle> ExtractSocialHandles(std::string_view text) {
  const absl::string_view bio = AsAbsl(text);
  std::vector<v1::SocialHandle> handles;
  size_t previous_end = 0;
  std::string previous_platform;
  for (size_t at = bio.find('@'); at != absl::string_view::npos; at = bio.find('@', at + 1)) {
    const bool in_address =
        at > 0 && (IsWordByte(static_cast<unsigned char>(bio[at - 1])) || bio[at - 1] == '.');
    const size_t end = HandleEnd(bio, at);
    if (in_address || end == at + 1) continue;
    const absl::string_view window = bio.substr(previous_end, at - previous_end);
    std::string platform = LastPlatformIn(window);
    if (platform.empty() && !handles.empty() && OnlyJoins(window)) platform = previous_platform;
    v1::SocialHandle& handle = handles.emplace_back();
    handle.set_platform(platform);
    handle.set_handle(std::string(bio.substr(at, end - at)));
    previous_end = end;
    previous_platform = std::move(platform);
    at = end - 1;
  }
  return handles;
}

std::string ExtractPublisher(std::string_view text) {
  const std::vector<absl::string_view> words =
      absl::StrSplit(AsAbsl(text), absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty());
  size_t i = 0;
  while (i < words.size() && words[i] != "is") ++i;
  if (++i >= words.size() || !StartsCapitalised(words[i])) return "";
  std::vector<absl::string_view> name;
  for (size_t k = i; k < words.size() && k < i + kMaxPublisherWords; ++k) {
    absl::string_view word = words[k];
    const bool possessive = StripPossessive(&word);
    name.push_back(word);
    if (possessive) return absl::StrJoin(name, " ");
  }
  return "";
}

}  // namespace newsgraph::article
