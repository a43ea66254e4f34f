// Test certificates made with the openssl command (tools/setup.sh installs
// it): a self-signed CA, and certificates it signs. For the TLS tests.
//
// Example:
//   MakeCa(dir, "ca");                                        // dir/ca.pem, dir/ca.key
//   MakeCert(dir, "ca", "server", "DNS:localhost,IP:127.0.0.1");  // dir/server.pem, .key
//
// Failures are recorded as gtest failures; wrap calls in
// ASSERT_NO_FATAL_FAILURE.
#ifndef NEWSGRAPH_TESTS_TESTING_CERTIFICATES_H_
#define NEWSGRAPH_TESTS_TESTING_CERTIFICATES_H_

#include <string>

namespace newsgraph::testing {

// A self-signed CA in `dir`: NAME.pem and NAME.key (P-256, valid 2 days).
void MakeCa(const std::string& dir, const std::string& name);

// A certificate for `san` (e.g. "DNS:localhost,IP:127.0.0.1") signed by the
// CA `ca` of `dir`: NAME.pem and NAME.key.
void MakeCert(const std::string& dir, const std::string& ca, const std::string& name,
              const std::string& san);

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_CERTIFICATES_H_
