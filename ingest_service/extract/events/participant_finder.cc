#include "ingest_service/extract/events/participant_finder.h"

#include <algorithm>

#include "ingest_service/extract/events/word_classes.h"

namespace newsgraph::extract::events {
namespace {

constexpr int kObjectWindow = 10;  // tokens after a trigger to look for its object

using CandidateList = std::vector<int>;  // indexes into frame.candidates()

class Finder {
 public:
  Finder(const SentenceFrame& frame, const Trigger& trigger)
      : frame_(frame),
        tokens_(frame.tokens()),
        cands_(frame.candidates()),
        trigger_(trigger),
        end_(trigger.token + trigger.length) {}

  Participants Find(bool passive);

 private:
  bool Has(uint16_t flag) const { return (trigger_.rule->flags & flag) != 0; }
  std::string_view WordBefore(int c) const;
  int Subject() const { return SubjectBefore(trigger_.token); }
  int SubjectBefore(int at) const;
  bool IsVerbGap(int from, int to) const;
  ParticipantRef PronounObject(const Participants& parts) const;
  int ObjectAfter(int from, bool* by_agent) const;
  int CandidateStartingAt(int i) const;
  CandidateList Coordinated(int c, int limit) const;
  bool IsCoordinationGap(int prev, int from, int to) const;
  int Possessor() const;
  int LightVerbBefore() const;
  void NounParticipants(CandidateList* actors, CandidateList* recipients) const;
  ParticipantRef Fallback(bool speaker) const;
  int DefiniteObject(int* at) const;
  int AgentAfter() const;
  bool IsSubjectGap(int from, int to) const;
  bool IsTitleBefore(int from, int to) const;
  Participants ToRefs(const CandidateList& actors, const CandidateList& recipients) const;

  const SentenceFrame& frame_;
  const SentenceTokens& tokens_;
  const std::vector<Candidate>& cands_;
  const Trigger& trigger_;
  const int end_;  // the token after the trigger phrase
};

// The word before candidate `c`, skipping "the" and "both", and a group
// noun with "of" ("with the government of Syria" reads as "with Syria").
std::string_view Finder::WordBefore(int c) const {
  int i = cands_[c].first - 1;
  auto skip_articles = [&] {
    while (i >= 0 && (tokens_[i].word == "the" || tokens_[i].word == "both")) --i;
  };
  skip_articles();
  if (tokens_.WordAt(i) == "of" && IsGroupNoun(tokens_.WordAt(i - 1)) &&
      frame_.CandidateAt(i - 1) < 0) {
    i -= 2;
    skip_articles();
  }
  return tokens_.WordAt(i);
}

int Finder::CandidateStartingAt(int i) const {
  const int c = frame_.CandidateAt(i);
  return c >= 0 && cands_[c].first == i ? c : -1;
}

bool IsBoundary(const SentenceFrame& frame, int i) {
  const Token& t = frame.tokens()[i];
  if (!t.is_word) return t.word == ";" || t.word == ":" || t.word == "(" || t.word == "\"";
  if (IsClauseWord(t.word) || IsSpeechVerb(t.word)) return true;
  if ((t.word == "and" || t.word == "but") && frame.tokens().WordAt(i - 1) == ",") return true;
  return false;
}

// True when tokens [from, to) are only auxiliaries and adverbs ("has
// also", "was later"): what may stand between a subject and its verb.
bool Finder::IsVerbGap(int from, int to) const {
  for (int i = from; i < to; ++i) {
    if (!IsVerbGroupWord(tokens_[i].word)) return false;
  }
  return true;
}

// The leftmost participant of the trigger's clause before the trigger; -1
// when a pronoun is the subject ("he said", "we strongly urge": Fallback()
// resolves it). A name after a preposition is not a subject, except after
// one that opens a clause when the verb follows it ("after the European
// Union sanctioned Iran").
int Finder::SubjectBefore(int at) const {
  // "McGurk, who was envoy until December, also criticized": the subject
  // stands before the relative clause that ends just before the verb.
  int v = at - 1;
  while (v >= 0 && IsVerbGroupWord(tokens_[v].word)) --v;
  if (v > 0 && tokens_[v].word == ",") {
    for (int k = v - 1; k > 0 && k >= v - 30; --k) {
      const std::string_view w = tokens_[k].word;
      if (w == ";" || w == ":" || IsSpeechVerb(w)) break;
      if ((w == "who" || w == "which") && tokens_[k - 1].word == ",") {
        at = k - 1;
        break;
      }
    }
  }
  int best = -1;
  for (int i = at - 1; i >= 0; --i) {
    if (frame_.CandidateAt(i) < 0 && IsBoundary(frame_, i)) {
      // A quotation's subject is not its speaker ("X said, \"Those who
      // remain silent when Y is attacked\""): Fallback() decides.
      if (best >= 0 || tokens_[i].word == "\"") break;
      continue;
    }
    // "she used Instagram to thank": a pronoun before the name is the
    // subject, the name the object of another verb.
    if (best >= 0 && IsSubjectPronoun(tokens_[i].word) && tokens_[i].word != "it" &&
        frame_.CandidateAt(i + 1) < 0 && !IsVerbGroupWord(tokens_.WordAt(i + 1))) {
      return -1;
    }
    // "In his talk at the Atlantic Council, Mitsotakis reaffirmed": a
    // subject right after a comma and right before its verb ends the
    // search; the names before the comma belong to a fronted phrase.
    if (best >= 0 && tokens_[i].word == "," && IsTitleBefore(i + 1, cands_[best].first) &&
        IsSubjectGap(cands_[Coordinated(best, at).back()].last + 1, at)) {
      // Not in a list of names: "Egypt, Greece and Cyprus condemned".
      const int prev = frame_.CandidateAt(i - 1);
      bool list = false;
      if (prev >= 0) {
        for (int c : Coordinated(prev, at)) list |= c == best;
      }
      if (!list) break;
    }
    if (best < 0 && IsSubjectPronoun(tokens_[i].word) && IsVerbGap(i + 1, at)) {
      return -1;
    }
    const int c = CandidateStartingAt(i);
    if (c < 0 || !cands_[c].participant()) continue;
    const std::string_view before = WordBefore(c);
    if (IsPreposition(before)) {
      if (best >= 0 || !IsClauseWord(before)) continue;
      const CandidateList group = Coordinated(c, at);
      if (!IsVerbGap(cands_[group.back()].last + 1, at)) continue;
    }
    best = c;
  }
  return best;
}

// True when tokens [from, to) are a title before a name ("Greek Prime
// Minister"): title words, capitalized words, affiliations.
bool Finder::IsTitleBefore(int from, int to) const {
  for (int i = from; i < to; ++i) {
    const int c = frame_.CandidateAt(i);
    if (c >= 0 ? cands_[c].participant() : !IsTitleWord(tokens_[i].word) && !tokens_[i].capitalized) {
      return false;
    }
  }
  return true;
}

// True when tokens [from, to) are auxiliaries, adverbs or a group noun
// ("the Philippine government issued"): the rest of a subject before its verb.
bool Finder::IsSubjectGap(int from, int to) const {
  for (int i = from; i < to; ++i) {
    const std::string_view w = tokens_[i].word;
    if (!IsVerbGroupWord(w) && !IsGroupNoun(w)) return false;
  }
  return true;
}

// "accused the network of swindling", "refused to provide the network with
// a license": the organization a definite description after the trigger
// refers to (ArticleContext::LastOrganizationBefore); sets `*at` to the
// token of "the". -1 when none comes before the clause ends.
int Finder::DefiniteObject(int* at) const {
  const int limit = std::min(tokens_.size() - 1, end_ + 6);
  for (int i = end_; i < limit; ++i) {
    if (frame_.CandidateAt(i) >= 0 || IsBoundary(frame_, i) || frame_.IsTriggerAt(i)) return -1;
    const Token& t = tokens_[i];
    if (!t.is_word) return -1;
    if (t.word != "the" || tokens_[i + 1].capitalized) continue;
    const int entity =
        frame_.context().LastOrganizationBefore(tokens_[i].start, tokens_[i + 1].word);
    if (entity < 0) continue;
    *at = i;
    return entity;
  }
  return -1;
}

// The agent named with "by" later in a passive clause ("was condemned in a
// joint statement by Egypt, Greece and Cyprus"), or -1.
int Finder::AgentAfter() const {
  const int limit = std::min(tokens_.size(), end_ + 12);
  for (int i = end_; i < limit; ++i) {
    const Token& t = tokens_[i];
    if (t.word == "by") {
      bool by_agent = false;
      return ObjectAfter(i + 1, &by_agent);
    }
    if (frame_.CandidateAt(i) < 0 && (IsBoundary(frame_, i) || t.word == ",")) return -1;
  }
  return -1;
}

// The first participant after token `from`, within the clause; sets
// `*by_agent` when it follows "by".
int Finder::ObjectAfter(int from, bool* by_agent) const {
  *by_agent = false;
  const int limit = std::min(tokens_.size(), from + kObjectWindow);
  for (int i = from; i < limit; ++i) {
    const int c = CandidateStartingAt(i);
    if (c >= 0) {
      if (!cands_[c].participant()) {
        i = cands_[c].last;
        continue;
      }
      for (int k = from; k < cands_[c].first && !*by_agent; ++k) *by_agent = tokens_[k].word == "by";
      return c;
    }
    if (frame_.CandidateAt(i) >= 0) continue;
    const Token& t = tokens_[i];
    const int before = frame_.CandidateAt(i - 1);
    if (t.word == "," && before >= 0 && cands_[before].modifier) continue;  // "of A, General X"
    if (!t.is_word && t.word != "'" && t.word != "-") return -1;
    if (IsClauseWord(t.word) || IsSpeechVerb(t.word) || frame_.IsTriggerAt(i)) return -1;
    if (IsLocativePreposition(t.word) || t.word == "via") return -1;
  }
  return -1;
}

bool Finder::IsCoordinationGap(int prev, int from, int to) const {
  bool joined = from == to;
  for (int i = from; i < to; ++i) {
    const int c = frame_.CandidateAt(i);
    if (c >= 0) {
      if (!cands_[c].modifier) return false;
      continue;
    }
    const std::string_view w = tokens_[i].word;
    if (w == "and" || w == "," || w == "or" || w == "&") {
      joined = true;
      continue;
    }
    // "Carrie Lam, the chief executive of Hong Kong": an apposition names
    // the person's office, not a second actor.
    if (w == "of" && i == to - 1 && to - from > 1 && cands_[prev].type == v1::ENTITY_TYPE_PERSON) {
      return false;
    }
    // "Buhari of Nigeria and Talon of Benin"; not "Merkel, the Chancellor of".
    if (w == "of" && cands_[prev].type == v1::ENTITY_TYPE_PERSON && to - from == 1) {
      joined = true;
      continue;
    }
    if (w == "both" || w == "as" || w == "well") continue;
    if (tokens_[i].capitalized && !IsClauseWord(w) && !IsPreposition(w)) continue;
    if (!IsTitleWord(w) || w == ".") return false;
  }
  return joined;
}

// `c` and the participants coordinated with it, up to token `limit`.
CandidateList Finder::Coordinated(int c, int limit) const {
  CandidateList out = {c};
  int prev = c;
  int from = cands_[c].last + 1;  // after the previous name (and its alias)
  for (int n = c + 1; n < static_cast<int>(cands_.size()); ++n) {
    const Candidate& next = cands_[n];
    if (next.first >= limit) break;
    if (next.first <= cands_[prev].last) {  // "Defense Ministries of A and B"
      if (next.participant()) out.push_back(n);
      continue;
    }
    if (next.modifier) continue;
    // "the Kurdistan Workers' Party (PKK) and": an acronym in brackets.
    if (next.entity == cands_[prev].entity && next.first == from + 1 &&
        tokens_[from].word == "(" && tokens_.WordAt(next.last + 1) == ")") {
      from = next.last + 2;
      continue;
    }
    if (!next.participant()) break;
    if (!IsCoordinationGap(prev, from, next.first)) break;
    out.push_back(n);
    prev = n;
    from = next.last + 1;
  }
  return out;
}

// "X's visit", "the United States' killing": the possessor before a noun.
int Finder::Possessor() const {
  for (int i = trigger_.token - 1; i >= 0 && i >= trigger_.token - 4; --i) {
    const std::string_view w = tokens_[i].word;
    if (w == "'s" || w == "'") {
      const int c = frame_.CandidateAt(i - 1);
      return c >= 0 && cands_[c].participant() ? c : -1;
    }
    if (!tokens_[i].is_word || tokens_[i].capitalized || frame_.CandidateAt(i) >= 0) return -1;
  }
  return -1;
}

void Finder::NounParticipants(CandidateList* actors, CandidateList* recipients) const {
  const int owner = Possessor();
  if (owner >= 0) *actors = Coordinated(owner, trigger_.token);
  std::string_view next = tokens_.WordAt(end_);
  int from = end_;
  if (next == "between" || next == "of" || next == "by" || next == "with" || next == "to" ||
      next == "on" || next == "against" || next == "from") {
    bool by_agent = false;
    const int c = ObjectAfter(end_ + 1, &by_agent);
    if (c >= 0) {
      CandidateList list = Coordinated(c, tokens_.size());
      from = cands_[list.back()].last + 1;
      const bool meeting = Has(kVisit) || Has(kJoint);
      if (next == "between" && Has(kVisit) && list.size() == 2) {
        actors->push_back(list[0]);
        recipients->push_back(list[1]);
      } else if ((next == "of" && meeting) || next == "by" || next == "between") {
        actors->insert(actors->end(), list.begin(), list.end());
      } else {
        *recipients = list;
      }
    }
  }
  // "the visit of X to Y", "a meeting of A with B".
  const std::string_view then = tokens_.WordAt(from);
  if (from != end_ && recipients->empty() && (then == "to" || then == "with")) {
    bool by_agent = false;
    const int c = ObjectAfter(from + 1, &by_agent);
    if (c >= 0) *recipients = Coordinated(c, tokens_.size());
  }
  if (actors->empty() && trigger_.token > 0) {
    // "Hong Kong protests", "Turkish airstrikes": a name just before.
    const int c = frame_.CandidateAt(trigger_.token - 1);
    if (c >= 0 && cands_[c].participant()) *actors = Coordinated(c, trigger_.token);
  }
  // A clause's subject does the noun's action when the noun is the object
  // of a light verb ("held talks", "launched an attack"), or for meetings
  // ("said in a meeting with X"); not in "after the attack on X".
  const int light = LightVerbBefore();
  if (actors->empty() && (Has(kVisit) || Has(kJoint) || light >= 0)) {
    const int subject = light >= 0 ? SubjectBefore(light) : Subject();
    if (subject >= 0) *actors = Coordinated(subject, trigger_.token);
  }
  // "said in a meeting with Honcharuk": a meeting with no visitor or host
  // named has all sides acting.
  if (Has(kVisit) && next == "with" && !actors->empty() && light < 0) {
    actors->insert(actors->end(), recipients->begin(), recipients->end());
    recipients->clear();
  }
}

// The light verb whose object the noun trigger is ("held talks", "had a
// phone conversation"), or -1.
int Finder::LightVerbBefore() const {
  for (int i = trigger_.token - 1; i >= 0 && i >= trigger_.token - 4; --i) {
    const std::string_view w = tokens_[i].word;
    if (w == "launched" || w == "carried" || w == "conducted" || w == "began" || w == "staged" ||
        w == "held" || w == "had" || w == "made" || w == "issued" || w == "led" ||
        w == "started" || w == "organized" || w == "levied" || w == "imposed" ||
        w == "announced" || w == "expressed" || w == "filed" || w == "sent" ||
        w == "launch" || w == "carry" || w == "conduct" || w == "hold" || w == "impose" ||
        w == "issue" || w == "make" || w == "stage" || w == "begin") {
      return i;
    }
    if (!tokens_[i].is_word || frame_.CandidateAt(i) >= 0) return -1;
  }
  return -1;
}

// "levied sanctions against him", "blame him": the person "him" or "her"
// refers to, when no recipient is named. Empty otherwise.
ParticipantRef Finder::PronounObject(const Participants& parts) const {
  int i = end_;
  const std::string_view next = tokens_.WordAt(i);
  if (next == "against" || next == "on" || next == "to" || next == "for" || next == "of") ++i;
  const std::string_view w = tokens_.WordAt(i);
  if (w != "him" && w != "her") return ParticipantRef{};
  const int person = frame_.context().LastPersonBefore(tokens_[i].start);
  if (!frame_.context().ValidEntity(person)) return ParticipantRef{};
  for (const ParticipantRef& p : parts.actors) {
    if (p.entity == person) return ParticipantRef{};
  }
  return ParticipantRef{person, -1};
}

// Who acts when no subject is named: inside a quotation its speaker (when
// `speaker`);
// "X said it would", "X announced he had": the subject of the speech verb;
// "he"/"she": the first person named before in the sentence, else the last
// person named before.
ParticipantRef Finder::Fallback(bool speaker) const {
  const ArticleContext& context = frame_.context();
  const v1::Article& article = context.article();
  const int32_t at = tokens_[trigger_.token].start;
  for (const v1::Quote& quote : article.quotes()) {
    if (!speaker) break;
    if (quote.span().start() <= at && at < quote.span().end() && quote.has_speaker_index() &&
        context.ValidEntity(quote.speaker_index())) {
      return ParticipantRef{quote.speaker_index(), -1};
    }
  }
  for (int i = trigger_.token - 1; i >= 0 && i >= trigger_.token - 6; --i) {
    const std::string_view w = tokens_[i].word;
    if (IsSubjectPronoun(w) && w != "i" && w != "we") {
      int v = i - 1;
      if (tokens_.WordAt(v) == "that") --v;
      if (v >= 0 && IsSpeechVerb(tokens_[v].word)) {
        const int speaker = SubjectBefore(v);
        if (speaker >= 0) return ParticipantRef{cands_[speaker].entity, cands_[speaker].mention};
      }
      if (w != "he" && w != "she") return ParticipantRef{};
      for (const Candidate& c : cands_) {
        if (c.first >= i) break;
        if (c.type == v1::ENTITY_TYPE_PERSON) return ParticipantRef{c.entity, c.mention};
      }
      const int person = context.LastPersonBefore(tokens_[i].start);
      return ParticipantRef{context.ValidEntity(person) ? person : -1, -1};
    }
    if (IsBoundary(frame_, i)) break;
  }
  return ParticipantRef{};
}

Participants Finder::ToRefs(const CandidateList& actors, const CandidateList& recipients) const {
  Participants out;
  auto add = [&](int c, std::vector<ParticipantRef>* list) {
    const int entity = cands_[c].entity;
    for (const ParticipantRef& p : out.actors) {
      if (p.entity == entity) return;
    }
    for (const ParticipantRef& p : out.recipients) {
      if (p.entity == entity) return;
    }
    list->push_back(ParticipantRef{entity, cands_[c].mention});
  };
  for (int c : actors) add(c, &out.actors);
  for (int c : recipients) add(c, &out.recipients);
  return out;
}

Participants Finder::Find(bool passive) {
  CandidateList actors;
  CandidateList recipients;
  bool no_subject = false;
  if (Has(kNoun)) {
    NounParticipants(&actors, &recipients);
  } else {
    const int subject = Subject();
    no_subject = subject < 0;
    bool by_agent = false;
    const int object = ObjectAfter(end_, &by_agent);
    CandidateList subjects = subject >= 0 ? Coordinated(subject, trigger_.token) : CandidateList();
    CandidateList objects = object >= 0 ? Coordinated(object, tokens_.size()) : CandidateList();
    const std::string_view before_object = object >= 0 ? WordBefore(object) : "";
    if (passive && !by_agent) {
      const int agent = AgentAfter();
      if (agent >= 0) {
        by_agent = true;
        objects = Coordinated(agent, tokens_.size());
      }
    }
    if (passive && Has(kJoint)) {
      // "A memorandum was signed between A and B": the subject is what was
      // signed or discussed; those named after "by", "between" or "with" act.
      if (by_agent || before_object == "between" || before_object == "with") actors = objects;
    } else if (by_agent && Has(kNoPassive)) {
      // "was disappointed by the Parliament's decision": the cause receives.
      actors = subjects;
      recipients = objects;
    } else if (passive || by_agent) {
      if (by_agent) actors = objects;
      if (passive) recipients = subjects;
      else actors = subjects;
    } else if (Has(kJoint) && before_object == "between" && objects.size() >= 2) {
      actors = objects;  // "the agreement signed between Turkey and Libya": all sides named
    } else if (Has(kJoint)) {
      actors = subjects;
      if (before_object == "with" || before_object == "between" || before_object == "and") {
        actors.insert(actors.end(), objects.begin(), objects.end());
      }
    } else if (Has(kHost)) {
      actors = objects;
      recipients = subjects;
    } else {
      actors = subjects;
      recipients = objects;
    }
  }
  if (Has(kJoint) && !Has(kVisit)) {
    actors.insert(actors.end(), recipients.begin(), recipients.end());
    recipients.clear();
  }
  Participants out = ToRefs(actors, recipients);
  if (out.recipients.empty() && !passive && !Has(kJoint) && !Has(kHost)) {
    int at = -1;
    const int entity = DefiniteObject(&at);
    bool known = false;
    for (const ParticipantRef& a : out.actors) known |= a.entity == entity;
    if (entity >= 0 && !known) out.recipients.push_back(ParticipantRef{entity, -1});
  }
  if (passive && out.recipients.empty() && !Has(kJoint)) {  // "He was further sanctioned"
    const ParticipantRef fallback = Fallback(/*speaker=*/false);
    if (fallback.entity >= 0) out.recipients.push_back(fallback);
  }
  if ((out.actors.empty() || (no_subject && Has(kJoint) && out.actors.size() < 2)) && !passive) {
    const ParticipantRef fallback = Fallback(/*speaker=*/true);
    if (fallback.entity >= 0) {
      bool known = false;
      for (const ParticipantRef& r : out.recipients) known |= r.entity == fallback.entity;
      for (const ParticipantRef& a : out.actors) known |= a.entity == fallback.entity;
      if (!known) out.actors.insert(out.actors.begin(), fallback);
    }
  }
  if (out.recipients.empty() && !passive && !Has(kJoint)) {
    const ParticipantRef object = PronounObject(out);
    if (object.entity >= 0) out.recipients.push_back(object);
  }
  return out;
}

}  // namespace

Participants FindParticipants(const SentenceFrame& frame, const Trigger& trigger, bool passive) {
  return Finder(frame, trigger).Find(passive);
}

}  // namespace newsgraph::extract::events
