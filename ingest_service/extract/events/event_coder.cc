#include "ingest_service/extract/events/event_coder.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

#include "ingest_service/extract/events/article_context.h"
#include "ingest_service/extract/events/cameo_table.h"
#include "ingest_service/extract/events/clause_cues.h"
#include "ingest_service/extract/events/event_merger.h"
#include "ingest_service/extract/events/participant_finder.h"
#include "ingest_service/extract/events/participant_info.h"
#include "ingest_service/extract/events/sentence_frame.h"
#include "ingest_service/extract/events/trigger_lexicon.h"
#include "ingest_service/extract/events/word_classes.h"
#include "ingest_service/extract/statement_sentence.h"

namespace newsgraph::extract::events {
namespace {

constexpr int kObjectReach = 8;   // tokens from the trigger to a named thing
constexpr int kPledgeReach = 8;   // tokens from "pledged" to what is pledged

struct Coding {
  v1::EventCategory category;
  std::string cameo;
  std::string mode;
};

bool IsParticipant(const Participants& parts, int entity) {
  for (const auto* list : {&parts.actors, &parts.recipients}) {
    for (const ParticipantRef& p : *list) {
      if (p.entity == entity) return true;
    }
  }
  return false;
}

// The AGREE code for a promise of `category` (CAMEO 03x).
std::string IntentCode(v1::EventCategory category) {
  switch (category) {
    case v1::EVENT_CATEGORY_CONSULT: return "036";
    case v1::EVENT_CATEGORY_COOPERATE: return "031";
    case v1::EVENT_CATEGORY_AID: return "033";
    case v1::EVENT_CATEGORY_CONCEDE: return "035";
    default: return "030";
  }
}

// PLOVER's rules of thumb for negated and future actions.
Coding ApplyCues(Coding coding, bool negated, bool future) {
  const v1::EventCategory c = coding.category;
  if (negated && IsCooperative(c)) return {v1::EVENT_CATEGORY_REJECT, "120", ""};
  if (negated || !future) return coding;
  if (c == v1::EVENT_CATEGORY_RETREAT && coding.cameo == "0872") {
    return {v1::EVENT_CATEGORY_CONCEDE, "080", ""};
  }
  if (c == v1::EVENT_CATEGORY_RETREAT) return coding;  // "is to step down": still a resignation
  if (IsCooperative(c)) return {v1::EVENT_CATEGORY_AGREE, IntentCode(c), ""};
  if (c == v1::EVENT_CATEGORY_ASSAULT || c == v1::EVENT_CATEGORY_MOBILIZE) {
    return {v1::EVENT_CATEGORY_THREATEN, "138", ""};
  }
  if (c == v1::EVENT_CATEGORY_COERCE || c == v1::EVENT_CATEGORY_SANCTION) {
    return {v1::EVENT_CATEGORY_THREATEN, "130", ""};
  }
  return coding;
}

bool PledgeBefore(const SentenceFrame& frame, const Trigger& trigger) {
  for (const Trigger& t : frame.triggers()) {
    if (t.token >= trigger.token) break;
    if ((t.rule->flags & kPledge) && trigger.token - t.token <= kPledgeReach) return true;
  }
  return false;
}

// "withdrew from the treaty": leaving an agreement reduces relations.
bool LeavesAgreement(const SentenceTokens& tokens, int end) {
  for (int i = end; i < tokens.size() && i < end + 8; ++i) {
    const std::string_view w = tokens[i].word;
    if (w == "treaty" || w == "deal" || w == "accord" || w == "pact" || w == "agreement") {
      return true;
    }
  }
  return false;
}

Coding CodingOf(const SentenceFrame& frame, const Trigger& trigger, const Participants& parts) {
  const TriggerRule& rule = *trigger.rule;
  Coding coding{rule.category, std::string(rule.cameo), std::string(rule.mode)};
  const bool ban_on = frame.tokens().WordAt(trigger.token + trigger.length) == "on";
  if ((rule.flags & kBan) && parts.recipients.empty() && (!(rule.flags & kNoun) || ban_on)) {
    coding = {v1::EVENT_CATEGORY_COERCE, "172", "restrict"};
  }
  if (rule.cameo == "0872" && LeavesAgreement(frame.tokens(), trigger.token + trigger.length)) {
    coding = {v1::EVENT_CATEGORY_SANCTION, "161", "withdraw"};
  }
  if (rule.category == v1::EVENT_CATEGORY_CONSULT && (rule.flags & kVisit)) {
    if (!parts.recipients.empty()) {
      coding.mode = "visit";
      if (coding.cameo == "040") coding.cameo = "042";
    } else if (parts.actors.size() >= 3) {
      coding.mode = "multilateral";
    }
  }
  return coding;
}

int32_t Distance(const v1::TextSpan& span, int32_t at) {
  if (at < span.start()) return span.start() - at;
  if (at >= span.end()) return at - span.end() + 1;
  return 0;
}

// True when a word in tokens [from, to) opens a clause of its own or
// reports speech: a date beyond it dates something else.
bool ClauseBetween(const SentenceTokens& tokens, int from, int to, bool speech) {
  for (int i = std::max(from, 0); i < to && i < tokens.size(); ++i) {
    const std::string_view w = tokens[i].word;
    if (IsClauseWord(w) || (speech && IsSpeechVerb(w))) return true;
  }
  return false;
}

// True when the date ending at token `last` qualifies the trigger noun at
// `t`, at most two lower-case words between ("the December 20 signing").
bool QualifiesTrigger(const SentenceTokens& tokens, int last, int t) {
  if (t <= last || t - last > 3) return false;
  for (int i = last + 1; i < t; ++i) {
    if (!tokens[i].is_word || tokens[i].capitalized) return false;
  }
  return true;
}

// The date of the action at token `t`: the sentence's date expression
// nearest it, except
// - a date that qualifies another noun ("the August 9 election"; not "the
//   December 20 signing", the trigger's own);
// - a date in a clause of its own: after the trigger behind "after",
//   "when", "which" ("resigned after the recording was uploaded
//   Wednesday"), or before it inside "who ..., " ("X, who was envoy until
//   December, criticized");
// - a fronted date ("On Thursday, X held a rally") dates the main verb: it
//   wins over a nearer date inside the subject, but loses to any other
//   when a speech verb stands between it and the trigger ("On Tuesday,
//   Trump announced he had asked for X's resignation Monday night").
// -1 when the sentence gives no time.
int EventDate(const SentenceFrame& frame, const Trigger& trigger) {
  const int t = trigger.token;
  int best = -1;
  int32_t best_distance = 0;
  const SentenceTokens& tokens = frame.tokens();
  // "announced a complete withdrawal": the announcement is the event, so a
  // speech verb just before a noun trigger does not stand between.
  int speech_end = t;
  if (trigger.rule->flags & kNoun) {
    for (int i = t - 1; i >= 0 && i >= t - 4; --i) {
      if (IsSpeechVerb(tokens[i].word)) speech_end = i;
    }
  }
  const int32_t at = tokens[t].start;
  for (int d : frame.context().DatesIn(frame.sentence_index())) {
    const v1::DateMention& date = frame.context().article().dates(d);
    if (date.value().year() == 0) continue;  // not resolved
    const v1::TextSpan& span = date.span();
    int32_t distance = Distance(span, at);
    const int first = tokens.TokenAtOrAfter(span.start());
    const int last = std::max(first, tokens.TokenAtOrAfter(span.end() - 1));
    const std::string_view before = tokens.WordAt(first - 1);
    // "the August 9 election", "a July 25 meeting": the date of another
    // thing, unless it is the trigger noun's own ("the December 20 signing").
    if ((before == "the" || before == "'s") && !QualifiesTrigger(tokens, last, t)) {
      distance += 1000;
    }
    if (first > t) {
      if (ClauseBetween(tokens, t + 1, first - 1, true)) continue;
    } else {
      bool relative = false;
      for (int i = first - 1; i >= 0; --i) {
        const std::string_view w = tokens[i].word;
        if (w == "," || w == ";") break;
        if (w == "who" || w == "which" || w == "whom" || w == "whose") {
          relative = true;
          break;
        }
      }
      bool closed = false;
      for (int i = last + 1; i < t; ++i) closed |= tokens[i].word == ",";
      if (relative && closed) continue;
      const bool speech = ClauseBetween(tokens, last + 1, speech_end, true) &&
                          !ClauseBetween(tokens, last + 1, t, false);
      const bool fronted = first <= 2 && tokens.WordAt(last + 1) == ",";
      if (speech) {
        distance += 300;
      } else if (fronted) {
        distance = std::min<int32_t>(distance, 4);
      }
    }
    if (best < 0 || distance < best_distance) {
      best = d;
      best_distance = distance;
    }
  }
  return best;
}

// A place named with "in", "at" or "near": the first after the trigger,
// else the nearest before. An Article.mentions index, or -1.
int Place(const SentenceFrame& frame, int token, const Participants& parts) {
  int before = -1;
  for (const Candidate& c : frame.candidates()) {
    if (!c.locative || IsParticipant(parts, c.entity)) continue;
    if (c.first > token) return c.mention;
    before = c.mention;
  }
  return before;
}

// The named thing (MISC) nearest the trigger, within reach; prefers one
// after it. An Article.mentions index, or -1.
int Thing(const SentenceFrame& frame, const Trigger& trigger) {
  int best = -1;
  int best_distance = kObjectReach + 1;
  for (const Candidate& c : frame.things()) {
    const int after = c.first - (trigger.token + trigger.length - 1);
    const int distance = after > 0 ? after : (trigger.token - c.last) + 2;
    if (distance < best_distance) {
      best = c.mention;
      best_distance = distance;
    }
  }
  return best;
}

double Confidence(const Participants& parts, bool dated, bool hypothetical) {
  double confidence = 0.45;
  if (!parts.actors.empty()) confidence += parts.actors.front().mention >= 0 ? 0.2 : 0.1;
  if (!parts.recipients.empty()) confidence += 0.1;
  if (dated) confidence += 0.05;
  if (hypothetical) confidence -= 0.25;
  return std::clamp(confidence, 0.05, 0.95);
}

v1::EventMention MentionOf(const SentenceFrame& frame, const Trigger& trigger, bool passive) {
  const SentenceTokens& tokens = frame.tokens();
  v1::EventMention mention;
  mention.set_sentence_index(frame.sentence_index());
  mention.mutable_trigger_span()->set_start(tokens[trigger.token].start);
  mention.mutable_trigger_span()->set_end(tokens[trigger.token + trigger.length - 1].end);
  std::string rule = "lexicon:";
  rule.append(trigger.rule->phrase);
  if (passive) rule.append(":passive");
  mention.set_rule(std::move(rule));
  return mention;
}

// "announced a withdrawal", "announced plans": the noun names an intention.
bool AnnouncedBefore(const SentenceTokens& tokens, int t) {
  for (int i = t - 1; i >= 0 && i >= t - 4; --i) {
    if (tokens[i].word == "announced" || tokens[i].word == "announces") return true;
  }
  return false;
}

bool EndsWithEd(std::string_view w) { return w.size() > 3 && w.substr(w.size() - 2) == "ed"; }

// A trigger word that is not an action here: a participle used as an
// adjective ("May's negotiated agreement", "the alleged plot", "over
// alleged plots"), "in protest", a phrasal verb of another sense ("signed
// off", "signed on"), "acknowledged the deal" (no admission), a deadline
// or demand that "was met".
bool IsIdiom(const SentenceTokens& tokens, const Trigger& trigger, bool passive) {
  const std::string_view before = tokens.WordAt(trigger.token - 1);
  const std::string_view word = tokens[trigger.token].word;
  const std::string_view after = tokens.WordAt(trigger.token + trigger.length);
  if (!(trigger.rule->flags & kNoun)) {
    if (before == "'s" || before == "the" || before == "a" || before == "an") return true;
    if (trigger.length == 1 && EndsWithEd(word) &&
        (before == "over" || before == "for" || before == "of" || before == "against" ||
         before == "about" || before == "with" || before == "from")) {
      return true;
    }
    if (trigger.rule->cameo == "057" && (after == "off" || after == "on")) return true;
    if (word == "acknowledged" && (after == "the" || after == "a")) return true;
    if (passive && (word == "met" || word == "meet")) return true;
    return false;
  }
  // "Iranian attack plans": the noun qualifies another.
  if (after == "plans" || after == "plan") return true;
  return before == "in" && trigger.rule->category == v1::EVENT_CATEGORY_PROTEST;
}

// The action a definite noun after the trigger names ("criticized the
// move", "opposed the withdrawal", "spoke out against the attack"), for a
// reaction with no named recipient.
EventAnaphor AnaphorAfter(const SentenceTokens& tokens, int end) {
  if (end < 0) return EventAnaphor::kNone;
  int i = end;
  const std::string_view det = tokens.WordAt(i);
  if (det != "the" && det != "this" && det != "that" && det != "its" && det != "his" &&
      det != "her" && det != "their") {
    return EventAnaphor::kNone;
  }
  ++i;
  for (int k = 0; k < 2 && i < tokens.size(); ++k, ++i) {
    if (!tokens[i].is_word || tokens[i].capitalized) return EventAnaphor::kNone;
    const std::string_view w = tokens[i].word;
    if (w == "move" || w == "decision" || w == "proclamation" || w == "announcement" ||
        w == "act" || w == "action" || w == "actions" || w == "step" || w == "plan") {
      return EventAnaphor::kAny;
    }
    if (w == "attack" || w == "attacks" || w == "operation" || w == "offensive" ||
        w == "strike" || w == "strikes" || w == "airstrike" || w == "invasion" ||
        w == "incursion" || w == "killing" || w == "bombing") {
      return EventAnaphor::kForce;
    }
    if (w == "withdrawal" || w == "pullout") return EventAnaphor::kWithdrawal;
  }
  return EventAnaphor::kNone;
}

// The token two before the verb group that ends before the passive
// participle at `t` ("The operation | was | condemned"): where "the" of a
// one-word subject would stand, or -1.
int SubjectStart(const SentenceTokens& tokens, int t) {
  int i = t - 1;
  while (i >= 0 && IsVerbGroupWord(tokens[i].word)) --i;
  return i - 1;
}

// "attacked the proclamation": a verbal attack on a statement or decision.
bool AttacksStatement(const SentenceTokens& tokens, const Trigger& trigger) {
  if (trigger.rule->category != v1::EVENT_CATEGORY_ASSAULT || (trigger.rule->flags & kNoun)) {
    return false;
  }
  const std::string_view w = tokens[trigger.token].word;
  if (w != "attacked") return false;
  int i = trigger.token + trigger.length;
  if (tokens.WordAt(i) == "the" || tokens.WordAt(i) == "his" || tokens.WordAt(i) == "her") ++i;
  const std::string_view noun = tokens.WordAt(i);
  return noun == "proclamation" || noun == "decision" || noun == "statement" ||
         noun == "remarks" || noun == "comments" || noun == "policy" || noun == "move" ||
         noun == "plan" || noun == "claim" || noun == "claims" || noun == "announcement";
}

// An action asked for ("recommended the troops withdraw", "urged Iran to
// release"): the request is the event, not what it asks. True when a
// request verb comes before the trigger in its clause, or a rejection
// just before a noun trigger.
bool RequestedBefore(const SentenceFrame& frame, const Trigger& trigger) {
  for (const Trigger& t : frame.triggers()) {
    if (t.token >= trigger.token) break;
    if ((t.rule->flags & kNoun)) continue;
    // "rejects the prime minister's resignation": what is rejected did not
    // happen either.
    const bool rejected = t.rule->category == v1::EVENT_CATEGORY_REJECT &&
                          (trigger.rule->flags & kNoun);
    if (t.rule->category != v1::EVENT_CATEGORY_REQUEST && !rejected) continue;
    if (trigger.token - t.token > 8) continue;
    bool boundary = false;
    for (int i = t.token + t.length; i < trigger.token; ++i) {
      const std::string_view w = frame.tokens()[i].word;
      boundary |= w == "," || w == ";" || w == "and" || IsClauseWord(w) || IsSpeechVerb(w);
    }
    if (!boundary) return true;
  }
  return false;
}

bool IsForce(v1::EventCategory category) {
  return category == v1::EVENT_CATEGORY_ASSAULT || category == v1::EVENT_CATEGORY_COERCE ||
         category == v1::EVENT_CATEGORY_MOBILIZE || category == v1::EVENT_CATEGORY_PROTEST;
}

// A capital acting or addressed in diplomacy stands for its country
// ("Athens expelled the Libyan ambassador", "the claim from Berlin"); not
// where force is used ("attacked Raqqa").
void ActForCountries(const ArticleContext& context, Participants* parts) {
  for (auto* list : {&parts->actors, &parts->recipients}) {
    for (ParticipantRef& p : *list) {
      const int country = context.CountryOfCity(p.entity);
      if (country < 0 || IsParticipant(*parts, country)) continue;
      p = ParticipantRef{country, -1};
    }
  }
}

// "designated the IRGC as a terrorist organization", "named the PKK as
// terrorists", "characterized the attack as a violation": a label given
// with "as" in the clause; designating and naming need a label of terror.
bool LabelsAs(const SentenceTokens& tokens, const Trigger& trigger) {
  const int end = trigger.token + trigger.length;
  const bool any_label = tokens[trigger.token].word.substr(0, 10) == "characteri";
  for (int i = end; i < tokens.size() && i < end + 20; ++i) {
    const std::string_view w = tokens[i].word;
    if (w == ";" || w == ":" || IsClauseWord(w)) return false;
    if (w != "as") continue;
    if (any_label) return true;
    for (int k = i + 1; k < tokens.size() && k <= i + 4; ++k) {
      const std::string_view label = tokens[k].word;
      if (label.substr(0, 6) == "terror" || label.substr(0, 9) == "extremist") return true;
    }
    return false;
  }
  return false;
}

// Companies leaving a market or a venture: business, not a political
// withdrawal.
bool BusinessWithdrawal(const ArticleContext& context, const TriggerRule& rule,
                        const Participants& parts) {
  if (rule.cameo != "0872" || parts.actors.empty()) return false;
  for (const ParticipantRef& a : parts.actors) {
    if (!context.ValidEntity(a.entity)) return false;
    const v1::EntitySubtype subtype = context.article().entities(a.entity).subtype();
    if (subtype != v1::ENTITY_SUBTYPE_COMPANY && subtype != v1::ENTITY_SUBTYPE_MEDIA) return false;
  }
  return true;
}

std::optional<EventDraft> CodeTrigger(const SentenceFrame& frame, const Trigger& trigger) {
  const SentenceTokens& tokens = frame.tokens();
  const TriggerRule& rule = *trigger.rule;
  const int t = trigger.token;
  const bool passive = !(rule.flags & (kNoPassive | kNoun)) && IsPassive(tokens, t);
  if (IsIdiom(tokens, trigger, passive) || RequestedBefore(frame, trigger)) return std::nullopt;
  if ((rule.flags & kLabel) && !LabelsAs(tokens, trigger)) return std::nullopt;
  Participants parts = FindParticipants(frame, trigger, passive);
  if ((rule.flags & kWeak) && (parts.actors.empty() || parts.recipients.empty())) {
    return std::nullopt;
  }
  if (BusinessWithdrawal(frame.context(), rule, parts)) return std::nullopt;
  if (!IsForce(rule.category)) ActForCountries(frame.context(), &parts);
  EventDraft draft;
  if (parts.recipients.empty()) {
    // "criticized the move"; passive: "The operation was condemned by X".
    draft.anaphor = passive ? AnaphorAfter(tokens, SubjectStart(tokens, t))
                            : AnaphorAfter(tokens, t + trigger.length);
  }
  draft.negated = IsNegated(tokens, t);
  draft.future = IsFuture(tokens, t) || PledgeBefore(frame, trigger) ||
                 ((rule.flags & kNoun) && AnnouncedBefore(tokens, t));
  draft.hypothetical = IsHypothetical(tokens, t);
  Coding coded = CodingOf(frame, trigger, parts);
  if (AttacksStatement(tokens, trigger)) coded = {v1::EVENT_CATEGORY_ACCUSE, "111", ""};
  const Coding coding = ApplyCues(std::move(coded), draft.negated, draft.future);
  draft.category = coding.category;
  draft.cameo = coding.cameo;
  draft.mode = coding.mode;
  draft.date = EventDate(frame, trigger);
  draft.location = Place(frame, t, parts);
  draft.object = Thing(frame, trigger);
  draft.confidence = Confidence(parts, draft.date >= 0, draft.hypothetical);
  draft.participants = std::move(parts);
  draft.mentions.push_back(MentionOf(frame, trigger, passive));
  return draft;
}

void WriteParticipant(const ArticleContext& context, const ParticipantRef& ref,
                      v1::EventParticipant* out) {
  DescribeParticipant(context, ref.entity, out);
  if (ref.mention >= 0) *out->mutable_span() = context.article().mentions(ref.mention).span();
}

v1::Event ToEvent(const ArticleContext& context, EventDraft draft) {
  const v1::Article& article = context.article();
  v1::Event event;
  event.set_category(draft.category);
  event.set_mode(draft.mode);
  event.set_cameo_code(draft.cameo);
  event.set_quad_class(QuadClassOf(draft.category));
  event.set_score(GoldsteinScore(draft.cameo));
  for (const ParticipantRef& p : draft.participants.actors) {
    WriteParticipant(context, p, event.add_actors());
  }
  for (const ParticipantRef& p : draft.participants.recipients) {
    WriteParticipant(context, p, event.add_recipients());
  }
  if (draft.date >= 0) *event.mutable_date() = article.dates(draft.date).value();
  if (draft.location >= 0) {
    const v1::EntityMention& place = article.mentions(draft.location);
    WriteParticipant(context, ParticipantRef{place.entity_index(), draft.location},
                     event.mutable_location());
  }
  if (draft.object >= 0) {
    const v1::EntityMention& thing = article.mentions(draft.object);
    if (context.ValidEntity(thing.entity_index())) {
      event.set_object(article.entities(thing.entity_index()).name());
      *event.mutable_object_span() = thing.span();
    }
  }
  event.set_negated(draft.negated);
  event.set_hypothetical(draft.hypothetical);
  event.set_future(draft.future);
  event.set_confidence(draft.confidence);
  for (v1::EventMention& m : draft.mentions) {
    m.set_text(article.sentences(m.sentence_index()).text());
    *event.add_mentions() = std::move(m);
  }
  return event;
}

// True for a sentence of the title.
bool IsHeadline(const v1::Article& article, int s) {
  const int p = article.sentences(s).paragraph_index();
  return p >= 0 && p < article.paragraphs_size() &&
         article.paragraphs(p).section() == v1::ARTICLE_SECTION_TITLE;
}

}  // namespace

absl::Status EventCoder::Code(v1::Article* article) const {
  if (article == nullptr) return absl::InvalidArgumentError("CodeEvents: article is null");
  article->clear_events();
  // Most sentences name no action: a cheap screen skips them before any
  // tokenizing, and an article with none skips the indexing too. Runs of
  // text too long to be sentences are not read (statement_sentence.h).
  std::optional<ArticleContext> context;
  std::optional<EventMerger> merger;
  SentenceScratch scratch;
  std::vector<EventDraft> headline;
  for (int s = 0; s < article->sentences_size(); ++s) {
    const std::string& text = article->sentences(s).text();
    if (!IsStatementSentence(text.size()) || !MayHaveTrigger(text)) continue;
    if (!context.has_value()) {
      context.emplace(*article);
      merger.emplace(*context);
    }
    const SentenceFrame frame(*context, s, &scratch);
    const bool in_headline = IsHeadline(*article, s);
    for (const Trigger& trigger : frame.triggers()) {
      std::optional<EventDraft> draft = CodeTrigger(frame, trigger);
      if (!draft.has_value()) continue;
      if (in_headline) {
        headline.push_back(std::move(*draft));
      } else {
        merger->Add(std::move(*draft));
      }
    }
  }
  if (!context.has_value()) return absl::OkStatus();
  for (EventDraft& draft : headline) merger->AddHeadline(std::move(draft));
  std::vector<EventDraft> drafts = merger->Finish();
  for (EventDraft& draft : drafts) *article->add_events() = ToEvent(*context, std::move(draft));
  return absl::OkStatus();
}

absl::Status CodeEvents(v1::Article* article) { return EventCoder().Code(article); }

}  // namespace newsgraph::extract::events
