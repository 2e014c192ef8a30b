// Runs the real `actorgraph merge` binary.
#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::FileExists;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

TEST(MergeCommandTest, MergedShardsEqualOneBuildInEitherOrder) {
  TempDir dir;
  const std::string a = "Valmoria\t~hold talks with\tKessaria\t\t\td1\nA\tmeet\tB\t\t\td1\n";
  const std::string b = "Kessaria\t~hold talks with\tValmoria\t\t\td2\nA\tmeet\tB\t\t\td3\n";
  WriteFile(dir.File("a.tsv"), a);
  WriteFile(dir.File("b.tsv"), b);
  WriteFile(dir.File("all.tsv"), a + b);
  for (const char* name : {"a", "b", "all"}) {
    CliResult built = RunCli({"build", "--triples", dir.File(std::string(name) + ".tsv"), "-o",
                              dir.File(std::string(name) + ".json")});
    ASSERT_EQ(built.exit_code, 0) << built.err;
  }
  CliResult ab = RunCli({"merge", dir.File("a.json"), dir.File("b.json"), "-o", dir.File("ab.json")});
  ASSERT_EQ(ab.exit_code, 0) << ab.err;
  CliResult ba = RunCli({"merge", dir.File("b.json"), "-", "-o", "-"}, ReadFile(dir.File("a.json")));
  ASSERT_EQ(ba.exit_code, 0) << ba.err;
  EXPECT_EQ(ReadFile(dir.File("ab.json")), ReadFile(dir.File("all.json")));
  EXPECT_EQ(ba.out, ReadFile(dir.File("all.json")));
}

TEST(MergeCommandTest, FileThatIsNotAGraphFails) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "A\tmeet\tB\n");
  WriteFile(dir.File("out.json"), "previous");
  CliResult result = RunCli({"merge", dir.File("t.tsv"), "-o", dir.File("out.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "actorgraph: " + dir.File("t.tsv") +
                            ": not an actorgraph graph file (no \"format\": "
                            "\"actorgraph-graph\"); make one with 'actorgraph build'\n");
  EXPECT_EQ(ReadFile(dir.File("out.json")), "previous");
}

TEST(MergeCommandTest, MissingGraphIsNamed) {
  TempDir dir;
  CliResult result = RunCli({"merge", dir.File("none.json"), "-o", dir.File("out.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "actorgraph: " + dir.File("none.json") + ": cannot open: No such file or directory\n");
  EXPECT_FALSE(FileExists(dir.File("out.json")));
}

TEST(MergeCommandTest, UsageErrors) {
  CliResult no_input = RunCli({"merge", "-o", "x.json"});
  EXPECT_EQ(no_input.exit_code, 1);
  EXPECT_EQ(no_input.err.substr(0, no_input.err.find("Try")),
            "actorgraph merge: no input: give GRAPH...\n");
  CliResult no_output = RunCli({"merge", "a.json"});
  EXPECT_EQ(no_output.exit_code, 1);
  EXPECT_EQ(no_output.err.substr(0, no_output.err.find("Try")),
            "actorgraph merge: no output: give -o GRAPH\n");
}

TEST(MergeCommandTest, HelpShowsAnExample) {
  CliResult result = RunCli({"merge", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Example:\n  actorgraph merge"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph
