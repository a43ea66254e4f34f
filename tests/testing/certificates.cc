#include "tests/testing/certificates.h"

#include "gtest/gtest.h"
#include "tests/testing/command.h"

namespace newsgraph::testing {
namespace {

constexpr char kOpenssl[] = "/usr/bin/openssl";

}  // namespace

void MakeCa(const std::string& dir, const std::string& name) {
  const CommandResult r =
      RunCommand({kOpenssl, "req", "-x509", "-newkey", "ec", "-pkeyopt",
                  "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", dir + "/" + name + ".key",
                  "-out", dir + "/" + name + ".pem", "-days", "2", "-subj", "/CN=" + name});
  ASSERT_EQ(r.exit_code, 0) << r.output;
}

void MakeCert(const std::string& dir, const std::string& ca, const std::string& name,
              const std::string& san) {
  const std::string base = dir + "/" + name;
  CommandResult r =
      RunCommand({kOpenssl, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                  "-nodes", "-keyout", base + ".key", "-out", base + ".csr", "-subj", "/CN=" + name,
                  "-addext", "subjectAltName=" + san});
  ASSERT_EQ(r.exit_code, 0) << r.output;
  r = RunCommand({kOpenssl, "x509", "-req", "-in", base + ".csr", "-CA", dir + "/" + ca + ".pem",
                  "-CAkey", dir + "/" + ca + ".key", "-CAcreateserial", "-out", base + ".pem",
                  "-days", "2", "-copy_extensions", "copy"});
  ASSERT_EQ(r.exit_code, 0) << r.output;
}

}  // namespace newsgraph::testing
