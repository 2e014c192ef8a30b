// Runs the real `actorgraph build` binary.
#include <sstream>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "actorgraph/graph/triple_io.h"
#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::FileExists;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

constexpr char kTsv[] =
    "Valmoria\t~hold talks with\tKessaria\tcountry\tcountry\td1\tThey met.\t2026-03-01\n"
    "Kessaria\t~hold talks with\tValmoria\tcountry\tcountry\td2\tThey met again.\t2026-03-04\n"
    "Kessaria\tnot attack\tValmoria\n";

std::string DebugStringOf(const std::string& graph_text) {
  std::istringstream in(graph_text);
  auto graph = ReadGraphFile(in, "out");
  return graph.ok() ? graph->DebugString() : "error: " + graph.status().message();
}

TEST(BuildCommandTest, BuildsGraphFileFromTsv) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), kTsv);
  CliResult result = RunCli({"build", "--triples", dir.File("t.tsv"), "-o", dir.File("g.json")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  EXPECT_EQ(result.err, "");  // stderr is not a terminal: no progress line
  EXPECT_EQ(DebugStringOf(ReadFile(dir.File("g.json"))),
            "Kessaria -[not attack]-> Valmoria x1\nKessaria -[hold talks with]- Valmoria x2\n");
}

TEST(BuildCommandTest, ReadsSeveralFilesAfterOneTriplesFlagAndStdin) {
  TempDir dir;
  WriteFile(dir.File("a.tsv"), "A\tmeet\tB\n");
  WriteFile(dir.File("b,with comma.tsv"), "B\tmeet\tC\n");
  Triple t;
  t.subject.name = "C";
  t.relation.text = "meet";
  t.object.name = "D";
  t.evidence.doc = "x";
  CliResult result = RunCli({"build", "--triples", dir.File("a.tsv"), dir.File("b,with comma.tsv"),
                             "-", "-o", "-"},
                            TripleToJsonLine(t));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(DebugStringOf(result.out),
            "A -[meet]-> B x1\nB -[meet]-> C x1\nC -[meet]-> D x1\n");
}

TEST(BuildCommandTest, FormatFlagForcesTsvOnStdin) {
  CliResult result = RunCli({"build", "--format", "tsv", "--triples", "-", "-o", "-"},
                            "A\tmeet\tB\n");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(DebugStringOf(result.out), "A -[meet]-> B x1\n");
}

TEST(BuildCommandTest, MaxEvidenceLimitsEvidencePerEdge) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "A\tmeet\tB\t\t\td1\nA\tmeet\tB\t\t\td2\nA\tmeet\tB\t\t\td3\n");
  CliResult result = RunCli({"build", "--triples", dir.File("t.tsv"), "--max-evidence", "1",
                             "-o", dir.File("g.json")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::istringstream in(ReadFile(dir.File("g.json")));
  auto graph = ReadGraphFile(in, "g.json");
  ASSERT_TRUE(graph.ok());
  const EdgeData& data = graph->graph()[graph->EdgesInOrder()[0]];
  EXPECT_EQ(data.evidence.size(), 1u);
  EXPECT_EQ(data.documents.size(), 3u);
}

TEST(BuildCommandTest, MalformedLineFailsAndLeavesOutputAlone) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "A\tmeet\tB\nA\tmeet\n");
  WriteFile(dir.File("g.json"), "previous contents");
  CliResult result = RunCli({"build", "--triples", dir.File("t.tsv"), "-o", dir.File("g.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, "actorgraph: " + dir.File("t.tsv") +
                            ":2: expected 3 to 8 tab-separated columns (subject, relation, "
                            "object[, subject_type, object_type, doc, sentence, date]), got 2\n");
  EXPECT_EQ(ReadFile(dir.File("g.json")), "previous contents");
  // No temporary file is left behind either.
  size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    (void)entry;
    ++files;
  }
  EXPECT_EQ(files, 2u);
}

TEST(BuildCommandTest, MalformedLineCreatesNoOutput) {
  TempDir dir;
  WriteFile(dir.File("t.jsonl"),
            "{\"subject\": 1, \"relation\": \"meet\", \"object\": \"B\", \"evidence\": "
            "{\"doc\": \"d\"}}\n");
  CliResult result = RunCli({"build", "--triples", dir.File("t.jsonl"), "-o", dir.File("g.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_NE(result.err.find("t.jsonl:1: field \"subject\": expected an object or a name, got "
                            "number"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(FileExists(dir.File("g.json")));
}

TEST(BuildCommandTest, MissingFileIsNamed) {
  TempDir dir;
  CliResult result = RunCli({"build", "--triples", dir.File("nope.tsv"), "-o", dir.File("g.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err,
            "actorgraph: " + dir.File("nope.tsv") + ": cannot open: No such file or directory\n");
  EXPECT_FALSE(FileExists(dir.File("g.json")));
}

TEST(BuildCommandTest, UsageErrors) {
  struct Case {
    std::vector<std::string> args;
    std::string error;
  };
  const Case cases[] = {
      {{"build", "-o", "g.json"}, "actorgraph build: no input: give INPUT... (articles) or --triples FILE...\n"},
      {{"build", "--triples", "t.tsv"}, "actorgraph build: no output: give -o GRAPH\n"},
      {{"build", "--triples", "t.tsv", "--format", "csv", "-o", "g.json"},
       "actorgraph build: --format: expected jsonl or tsv, got 'csv'\n"},
      {{"build", "--triples", "-", "-", "-o", "g.json"},
       "actorgraph: '-' (standard input) given more than once\n"},
  };
  for (const Case& c : cases) {
    CliResult result = RunCli(c.args);
    EXPECT_EQ(result.exit_code, 1);
    EXPECT_EQ(result.err.substr(0, result.err.find("Try")), c.error);
  }
}

TEST(BuildCommandTest, HelpShowsAnExample) {
  CliResult result = RunCli({"build", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("Example:\n  actorgraph build --triples"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph::testing {
namespace {

TEST(BuildCommandTest, OutputExtensionChoosesTheExportFormat) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "Chile\tsanction\tBolivia\n");
  CliResult dot = RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "-o", dir.File("g.dot")});
  ASSERT_EQ(dot.exit_code, 0) << dot.err;
  EXPECT_EQ(ReadFile(dir.File("g.dot")).rfind("digraph", 0), 0u);
  CliResult graphml =
      RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "-o", dir.File("g.graphml")});
  ASSERT_EQ(graphml.exit_code, 0) << graphml.err;
  EXPECT_NE(ReadFile(dir.File("g.graphml")).find("<graphml"), std::string::npos);
  CliResult native =
      RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "-o", dir.File("g.json")});
  ASSERT_EQ(native.exit_code, 0) << native.err;
  EXPECT_NE(ReadFile(dir.File("g.json")).find("actorgraph-graph"), std::string::npos);
}

TEST(BuildCommandTest, ToOverridesTheExtensionAndRejectsUnknownFormats) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "Chile\tsanction\tBolivia\n");
  CliResult json = RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "--to", "json", "-o",
                           dir.File("g.json")});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(ReadFile(dir.File("g.json")).find("\"links\""), std::string::npos);
  CliResult bad = RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "--to", "dto", "-o",
                          dir.File("x.out")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("did you mean 'dot'?"), std::string::npos) << bad.err;
  EXPECT_FALSE(FileExists(dir.File("x.out")));
}

}  // namespace
}  // namespace actorgraph::testing

namespace actorgraph::testing {
namespace {

TEST(BuildCommandTest, DotWithBackslashesAtTheEndOfValuesRenders) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "A\\\tsay \\\tB\\\n");
  CliResult built = RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "-o", dir.File("g.dot")});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  std::string command = "dot -Tsvg '" + dir.File("g.dot") + "' -o '" + dir.File("g.svg") + "' 2>&1";
  ASSERT_EQ(std::system(command.c_str()), 0) << ReadFile(dir.File("g.dot"));
  EXPECT_NE(ReadFile(dir.File("g.svg")).find("say \\"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing

namespace actorgraph::testing {
namespace {

TEST(BuildCommandTest, ActorsFromArticlesAreFoundByTheNamesTheNewsUses) {
  TempDir dir;
  WriteFile(dir.File("a.txt"),
            "Talks resume\n\nThe United States imposed sanctions on Iran on Monday.\n");
  CliResult built = RunCli({"build", "-q", dir.File("a.txt"), "-o", dir.File("g.json")});
  ASSERT_EQ(built.exit_code, 0) << built.err;
  CliResult path = RunCli({"path", dir.File("g.json"), "US", "Tehran"});
  EXPECT_EQ(path.exit_code, 0) << path.err;
  EXPECT_NE(path.out.find("United States -[sanction]-> Iran"), std::string::npos) << path.out;
}

}  // namespace
}  // namespace actorgraph::testing

namespace actorgraph::testing {
namespace {

TEST(BuildCommandTest, ExportRefusesToWriteOverItsInputGraph) {
  TempDir dir;
  WriteFile(dir.File("t.tsv"), "Chile\tsanction\tBolivia\n");
  ASSERT_EQ(RunCli({"build", "-q", "--triples", dir.File("t.tsv"), "-o", dir.File("g.json")})
                .exit_code,
            0);
  const std::string before = ReadFile(dir.File("g.json"));
  CliResult over = RunCli({"export", dir.File("g.json"), "--to", "json", "-o", dir.File("g.json")});
  EXPECT_EQ(over.exit_code, 1);
  EXPECT_NE(over.err.find("is the input graph"), std::string::npos) << over.err;
  EXPECT_EQ(ReadFile(dir.File("g.json")), before);
}

}  // namespace
}  // namespace actorgraph::testing
