// What the author's bio in a BYLINE footer says besides itself: the social
// media handles ("follow him on Twitter: @AbdulKerim94") and the publisher
// ("Abdul Kerimkhanov is AzerNews’ staff journalist" -> "AzerNews").
//
// Pure functions; thread-safe.
#ifndef NEWSGRAPH_INGEST_SERVICE_ARTICLE_FOOTER_BIO_H_
#define NEWSGRAPH_INGEST_SERVICE_ARTICLE_FOOTER_BIO_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsgraph/v1/article.pb.h"

namespace newsgraph::article {

// Every "@name" in `bio` (not part of an e-mail address), in order, with
// the platform named before it since the previous handle (Twitter, X,
// Instagram, Facebook, Telegram, TikTok, YouTube, LinkedIn, Threads,
// Mastodon, Bluesky, ...), spelled as the text spells it. A handle with no
// platform of its own after "and", "or", "/" or "," shares the previous
// handle's platform; otherwise its platform is "".
std::vector<v1::SocialHandle> ExtractSocialHandles(std::string_view bio);

// The publisher a bio names in the possessive after "is": "X is AzerNews’
// staff journalist" -> "AzerNews", "X is The Baku Times's reporter" ->
// "The Baku Times" (’s, 's, and a bare ’ or ' are all accepted), at most
// six words, the first capitalised. "" when there is none.
std::string ExtractPublisher(std::string_view bio);

}  // namespace newsgraph::article

#endif  // NEWSGRAPH_INGEST_SERVICE_ARTICLE_FOOTER_BIO_H_
