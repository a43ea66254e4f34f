// Runs a command (no shell) and captures its output, for tests that drive
// command-line clients such as `buf curl`.
#ifndef NEWSGRAPH_TESTS_TESTING_COMMAND_H_
#define NEWSGRAPH_TESTS_TESTING_COMMAND_H_

#include <string>
#include <vector>

namespace newsgraph::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when the command could not run or was killed
  std::string output;  // stdout then stderr, interleaved as written
};

// Runs argv[0] with the arguments; `stdin_data` is fed to its standard
// input. Kills it after `timeout_seconds`.
CommandResult RunCommand(const std::vector<std::string>& argv, const std::string& stdin_data = "",
                         int timeout_seconds = 60);

}  // namespace newsgraph::testing

#endif  // NEWSGRAPH_TESTS_TESTING_COMMAND_H_
