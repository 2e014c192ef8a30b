// The filter flags `export` and `render` share, run through the real binary.
#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

// Valmoria - Kessaria (x2, 2026-02), Kessaria - Ostrel Pact (2026-03), Chad alone.
std::string BuildGraph(const TempDir& dir) {
  WriteFile(dir.File("t.tsv"),
            "Valmoria\taccuse\tKessaria\tcountry\tcountry\td1\tValmoria accused Kessaria.\t2026-02-02\n"
            "Valmoria\taccuse\tKessaria\tcountry\tcountry\td2\tValmoria accused Kessaria again.\t2026-02-09\n"
            "Kessaria\tcondemn\tOstrel Pact\tcountry\torganization\td3\tKessaria condemned the Pact.\t2026-03-01\n");
  CliResult built = RunCli({"build", "--triples", dir.File("t.tsv"), "-o", dir.File("g.json")});
  EXPECT_EQ(built.exit_code, 0) << built.err;
  return dir.File("g.json");
}

TEST(FilterFlagsTest, ExportWritesOnlyTheFilteredGraph) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  CliResult all = RunCli({"export", graph, "--to", "dot"});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_NE(all.out.find("ostrel_pact"), std::string::npos);
  CliResult since = RunCli({"export", graph, "--to", "dot", "--until", "2026-02"});
  ASSERT_EQ(since.exit_code, 0) << since.err;
  EXPECT_EQ(since.out.find("ostrel_pact"), std::string::npos);
  EXPECT_NE(since.out.find("valmoria"), std::string::npos);
  CliResult ego = RunCli({"export", graph, "--to", "dot", "--actor", "ostrel pact"});
  ASSERT_EQ(ego.exit_code, 0) << ego.err;
  EXPECT_EQ(ego.out.find("valmoria"), std::string::npos);
  EXPECT_NE(ego.out.find("kessaria"), std::string::npos);
}

TEST(FilterFlagsTest, BadFlagsAreUsageErrors) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  WriteFile(dir.File("out.dot"), "previous");
  const std::pair<std::vector<std::string>, std::string> cases[] = {
      {{"--category", "conflcit"},
       "actorgraph export: --category: unknown category 'conflcit' (expected one of: "
       "cooperation, conflict, verbal, material, verbal_cooperation, material_cooperation, "
       "verbal_conflict, material_conflict, neutral, unknown); did you mean 'conflict'?\n"
       "Try 'actorgraph export --help'.\n"},
      {{"--depth", "2"}, "actorgraph export: --depth needs --actor NAME\n"
                         "Try 'actorgraph export --help'.\n"},
      {{"--top", "0"}, "actorgraph export: --top: expected 1 or more, got 0\n"
                       "Try 'actorgraph export --help'.\n"},
      {{"--min-weight", "0"}, "actorgraph export: --min-weight: expected 1 or more, got 0\n"
                              "Try 'actorgraph export --help'.\n"},
      {{"--since", "Feb 2026"},
       "actorgraph: --since: expected YYYY, YYYY-MM or YYYY-MM-DD, got 'Feb 2026'\n"},
      {{"--actor", "Valmora"},
       "actorgraph: no actor 'Valmora' in the graph; did you mean 'Valmoria'?\n"},
  };
  for (const auto& [flags, error] : cases) {
    std::vector<std::string> args = {"export", graph, "-o", dir.File("out.dot")};
    args.insert(args.end(), flags.begin(), flags.end());
    CliResult result = RunCli(args);
    EXPECT_EQ(result.exit_code, 1) << flags[0];
    EXPECT_EQ(result.err, error);
    EXPECT_EQ(ReadFile(dir.File("out.dot")), "previous");
  }
}

}  // namespace
}  // namespace actorgraph
