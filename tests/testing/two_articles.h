// Two short articles about the same people (Azerbaijan's and Georgia's
// defence ministers), for end-to-end tests of resolution across articles
// and of answers that must change when the second is stored.
#ifndef NEWSGRAPH_TESTS_TESTING_TWO_ARTICLES_H_
#define NEWSGRAPH_TESTS_TESTING_TWO_ARTICLES_H_

namespace newsgraph::testing {

inline constexpr char kFirstArticle[] =
    "Azerbaijani and Georgian defense ministers meet in Tbilisi\n"
    "\n"
    "Tuesday, January 21, 2020\n"
    "\n"
    "Azerbaijani Defense Minister Colonel General Zakir Hasanov met Georgian Defense Minister "
    "Irakli Garibashvili in Tbilisi on Tuesday. The ministers signed the Bilateral Cooperation "
    "Plan for 2020 between the Ministry of Defense of Azerbaijan and the Ministry of Defense of "
    "Georgia.\n"
    "\n"
    "Hasanov said that NATO and GUAM remain important to both countries.\n";

inline constexpr char kSecondArticle[] =
    "Hasanov visits Gabala\n"
    "\n"
    "Friday, January 24, 2020\n"
    "\n"
    "Defense Minister Zakir Hasanov of Azerbaijan inspected troops in Gabala on Friday. "
    "Georgian Defense Minister Irakli Garibashvili, who met Hasanov in Tbilisi on Tuesday, sent "
    "a delegation.\n";

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_TWO_ARTICLES_H_
