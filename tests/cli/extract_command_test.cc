// Runs the real `actorgraph extract` and `actorgraph build INPUT...` binaries.
#include <sstream>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "actorgraph/graph/triple_io.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

constexpr char kArticle[] =
    "{\"id\": \"a1\", \"title\": \"Turkey invades Syria\", \"date\": \"2019-10-09\", "
    "\"text\": \"The UN urged Turkey and Syria to avoid war.\"}\n";

std::vector<std::string> Relations(const std::string& jsonl) {
  std::vector<std::string> out;
  std::istringstream in(jsonl);
  Status status = ReadTriples(in, "out", TripleFormat::kJsonl, [&](Triple&& t) {
    out.push_back(t.subject.name + " " + t.relation.text + " " + t.object.name);
    return Status::OK();
  });
  EXPECT_TRUE(status.ok()) << status.message();
  return out;
}

TEST(ExtractCommandTest, PrintsTriplesOfStdinAsJsonl) {
  CliResult result = RunCli({"extract", "-"}, kArticle);
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Relations(result.out),
            (std::vector<std::string>{"Turkey invade Syria", "United Nations urge Turkey",
                                      "United Nations urge Syria"}));
  EXPECT_EQ(result.err, "");
}

TEST(ExtractCommandTest, WritesOutputFileAndSameBytesForAnyThreadCount) {
  TempDir dir;
  WriteFile(dir.File("in.jsonl"), std::string(kArticle) + kArticle);
  CliResult one = RunCli({"extract", dir.File("in.jsonl"), "-o", dir.File("one.jsonl"), "-j", "1"});
  CliResult two = RunCli({"extract", dir.File("in.jsonl"), "-o", dir.File("two.jsonl"), "-j", "2"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  ASSERT_EQ(two.exit_code, 0) << two.err;
  EXPECT_EQ(one.out, "");
  EXPECT_FALSE(ReadFile(dir.File("one.jsonl")).empty());
  EXPECT_EQ(ReadFile(dir.File("one.jsonl")), ReadFile(dir.File("two.jsonl")));
}

TEST(ExtractCommandTest, BadInputFailsWithoutTouchingTheOutput) {
  TempDir dir;
  WriteFile(dir.File("out.jsonl"), "keep me\n");
  WriteFile(dir.File("bad.jsonl"), "{\"id\": \"x\"}\n");
  CliResult result = RunCli({"extract", dir.File("bad.jsonl"), "-o", dir.File("out.jsonl")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("bad.jsonl:1: "), std::string::npos) << result.err;
  EXPECT_EQ(ReadFile(dir.File("out.jsonl")), "keep me\n");
}

TEST(ExtractCommandTest, ReadsAnActorFileFromStandardInput) {
  TempDir dir;
  WriteFile(dir.File("in.jsonl"),
            "{\"id\": \"a1\", \"text\": \"Uncle Sam urged Syria to avoid war.\"}\n");
  CliResult result = RunCli({"extract", dir.File("in.jsonl"), "--actors", "-"},
                            R"({"format": "actorgraph-actors", "version": 1, "actors": [
{"id": "united_states", "names": ["Uncle Sam"]}]})");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(Relations(result.out), (std::vector<std::string>{"United States urge Syria"}));
}

TEST(ExtractCommandTest, UsageErrors) {
  struct Case {
    std::vector<std::string> args;
    const char* error;
  };
  const Case kCases[] = {
      {{"extract"}, "actorgraph extract: expected at least one INPUT\n"},
      {{"extract", "-", "-j", "many"}, "actorgraph extract: Argument ‘many’ failed to parse\n"},
  };
  for (const auto& c : kCases) {
    CliResult result = RunCli(c.args);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err.substr(0, result.err.find("Try")), c.error);
  }
  CliResult missing = RunCli({"extract", "/nonexistent/x.jsonl"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_NE(missing.err.find("/nonexistent/x.jsonl"), std::string::npos) << missing.err;
}

TEST(ExtractCommandTest, HelpShowsAnExample) {
  CliResult result = RunCli({"extract", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Example:\n  actorgraph extract "), std::string::npos);
}

TEST(BuildCommandTest, BuildsGraphStraightFromArticles) {
  TempDir dir;
  WriteFile(dir.File("in.jsonl"), kArticle);
  CliResult result = RunCli({"build", dir.File("in.jsonl"), "-o", dir.File("g.json"), "-j", "2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream in(ReadFile(dir.File("g.json")));
  auto graph = ReadGraphFile(in, "g.json");
  ASSERT_TRUE(graph.ok()) << graph.status().message();
  EXPECT_EQ(graph->DebugString(),
            "Turkey -[invade]-> Syria x1\nUnited Nations -[urge]-> Syria x1\n"
            "United Nations -[urge]-> Turkey x1\n");
}

}  // namespace
}  // namespace actorgraph
