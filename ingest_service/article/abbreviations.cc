#include "ingest_service/article/abbreviations.h"

#include <algorithm>
#include <iterator>

#include "absl/strings/ascii.h"

namespace newsgraph::article {
namespace {

constexpr std::string_view kNeverEnd[] = {
    "Mr.",     "Mrs.",  "Ms.",   "Messrs.", "Mme.",  "Mx.",   "Dr.",   "Prof.", "Gen.",
    "Col.",    "Lt.",   "Maj.",  "Brig.",   "Capt.", "Cpt.",  "Sgt.",  "Cpl.",  "Pvt.",
    "Adm.",    "Cmdr.", "Cdr.",  "Gov.",    "Govs.", "Sen.",  "Sens.", "Rep.",  "Reps.",
    "Rev.",    "Fr.",   "St.",   "Mt.",     "Ft.",   "Hon.",  "Pres.", "Supt.", "Insp.",
    "Det.",    "Amb.",  "Atty.", "Lt.Col.", "vs.",   "v.",    "cf.",   "e.g.",  "i.e.",
    "approx.", "Nos.",  "Vol.",  "pp.",     "Fig.",  "Gens.", "Cllr."};

constexpr std::string_view kMayEnd[] = {
    "U.S.", "U.K.",  "U.N.", "U.S.A.", "E.U.",  "D.C.",  "N.Y.", "L.A.",  "Inc.",  "Corp.",
    "Co.",  "Cos.",  "Ltd.", "Plc.",   "Bros.", "Jr.",   "Sr.",  "a.m.",  "p.m.",  "etc.",
    "Jan.", "Feb.",  "Mar.", "Apr.",   "Jun.",  "Jul.",  "Aug.", "Sep.",  "Sept.", "Oct.",
    "Nov.", "Dec.",  "No.",  "Ph.D.",  "Ave.",  "Blvd.", "Rd.",  "Dept.", "Univ.", "Assn.",
    "INC.", "CORP.", "CO.",  "LTD.",   "A.M.",  "P.M."};

constexpr std::string_view kStarters[] = {
    "The",     "A",        "An",        "This",     "That",         "These",   "Those",    "There",
    "Their",   "They",     "He",        "She",      "It",           "Its",     "His",      "Her",
    "We",      "Our",      "I",         "You",      "Your",         "My",      "But",      "So",
    "Yet",     "However",  "Meanwhile", "Moreover", "Nevertheless", "In",      "On",       "At",
    "For",     "From",     "With",      "As",       "After",        "Before",  "When",     "While",
    "If",      "Although", "Though",    "Since",    "Because",      "Also",    "Still",    "Then",
    "Now",     "Some",     "Many",      "Most",     "All",          "Both",    "Each",     "Other",
    "Another", "Such",     "What",      "Who",      "Why",          "How",     "Where",    "Which",
    "Last",    "Earlier",  "Later",     "During",   "Under",        "Despite", "According"};

template <size_t N>
bool Contains(const std::string_view (&table)[N], std::string_view s) {
  return std::find(std::begin(table), std::end(table), s) != std::end(table);
}

// Whether `token` is one or more letter-dot pairs: "W.", "J.K.", "F.B.I.".
bool IsInitials(std::string_view token) {
  if (token.size() < 2 || token.size() % 2 != 0) return false;
  for (size_t i = 0; i < token.size(); i += 2) {
    if (!absl::ascii_isalpha(static_cast<unsigned char>(token[i])) || token[i + 1] != '.') {
      return false;
    }
  }
  return true;
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view token) {
  if (Contains(kNeverEnd, token)) return AbbreviationKind::kNeverEndsSentence;
  if (Contains(kMayEnd, token) || IsInitials(token)) return AbbreviationKind::kMayEndSentence;
  return AbbreviationKind::kNone;
}

bool IsInitial(std::string_view token) { return token.size() == 2 && IsInitials(token); }

bool IsSentenceStarter(std::string_view word) { return Contains(kStarters, word); }

const std::vector<std::string_view>& SuppressedAbbreviations() {
  static const std::vector<std::string_view>* const kAll = [] {
    static constexpr std::string_view kLetters =
        "A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.Q.R.S.T.U.V.W.X.Y.Z.";
    auto* all = new std::vector<std::string_view>();
    auto add_single_segment = [all](std::string_view abbreviation) {
      // ICU turns "U.S." into a partial match for "U." that also needs
      // "U.S." to follow, which disables a plain "U." entry: leave such
      // entries to the letters below and to the repair pass.
      if (abbreviation.find('.') == abbreviation.size() - 1) all->push_back(abbreviation);
    };
    std::for_each(std::begin(kNeverEnd), std::end(kNeverEnd), add_single_segment);
    std::for_each(std::begin(kMayEnd), std::end(kMayEnd), add_single_segment);
    for (size_t i = 0; i < kLetters.size(); i += 2) all->push_back(kLetters.substr(i, 2));
    return all;
  }();
  return *kAll;
}

}  // namespace newsgraph::article
