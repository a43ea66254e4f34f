// The PostgreSQL server the `postgres` ctest fixture started
// (tests/testing/pg_throwaway.sh), for the tests that need one.
#ifndef NEWSGRAPH_TESTS_TESTING_PG_SERVER_H_
#define NEWSGRAPH_TESTS_TESTING_PG_SERVER_H_

#include <cstdlib>
#include <fstream>
#include <string>

namespace newsgraph::testing {

// The fixture's database URI (postgresql://...), read from the file
// $NEWSGRAPH_TEST_PG_URI_FILE names; "" when no server was started (the
// tests then skip).
inline std::string TestPostgresUri() {
  const char* file = std::getenv("NEWSGRAPH_TEST_PG_URI_FILE");
  if (file == nullptr) return "";
  std::ifstream in(file);
  std::string uri;
  std::getline(in, uri);
  return uri;
}

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_PG_SERVER_H_
