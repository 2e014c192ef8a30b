// `actorgraph export`, run as the real binary.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

// ExportGraph() written as a graph file in `dir`; returns its path. (Without the malformed
// byte: the graph file reader refuses malformed UTF-8.)
std::string WriteExportGraph(const TempDir& dir) {
  std::ostringstream out;
  EXPECT_TRUE(WriteGraphFile(ExportGraph(/*malformed_utf8=*/false), out).ok());
  WriteFile(dir.path() / "graph.json", out.str());
  return dir.File("graph.json");
}

// What the library writes for the graph read back from the graph file (which is what the
// command sees).
std::string Expected(std::string_view format, const std::string& graph_path,
                     const ExportOptions& options = {}) {
  std::ifstream in(graph_path, std::ios::binary);
  auto graph = ReadGraphFile(in, graph_path);
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  return graph.ok() ? Export(format, *graph, options) : "";
}

TEST(ExportCommandTest, WritesEachFormatToTheOutputFile) {
  TempDir dir;
  const std::string graph = WriteExportGraph(dir);
  for (const std::string format : {"dot", "graphml", "json"}) {
    const std::string output = dir.File("out." + format);
    CliResult result = RunCli({"export", graph, "--to", format, "-o", output});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(ReadFile(output), Expected(format, graph)) << format;
  }
}

TEST(ExportCommandTest, ReadsStandardInputAndWritesStandardOutput) {
  TempDir dir;
  const std::string graph = WriteExportGraph(dir);
  CliResult result = RunCli({"export", "-", "--to", "graphml"}, ReadFile(graph));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, Expected("graphml", graph));
  EXPECT_EQ(result.err, "");  // no summary: standard error is not a terminal
}

TEST(ExportCommandTest, FormatComesFromTheOutputExtension) {
  TempDir dir;
  const std::string graph = WriteExportGraph(dir);
  CliResult result = RunCli({"export", graph, "-o", dir.File("g.gv")});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ReadFile(dir.File("g.gv")), Expected("dot", graph));
}

TEST(ExportCommandTest, OptionsReachTheExporter) {
  TempDir dir;
  const std::string graph = WriteExportGraph(dir);
  CliResult result = RunCli({"export", graph, "--to", "json", "--compact", "--min-weight", "2",
                             "--drop-isolated", "--max-evidence", "1", "--name", "demo"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  ExportOptions options;
  options.pretty = false;
  options.min_weight = 2;
  options.drop_isolated = true;
  options.max_evidence = 1;
  options.graph_name = "demo";
  EXPECT_EQ(result.out, Expected("json", graph, options));
}

struct BadRun {
  std::vector<std::string> args;
  std::string stdin_text;
  std::string err;  // expected standard error, exactly
};

TEST(ExportCommandTest, BadUsageExitsOneWithAClearMessage) {
  TempDir dir;
  const std::string graph = WriteExportGraph(dir);
  const std::string hint = "Try 'actorgraph export --help'.\n";
  const BadRun cases[] = {
      {{"export", graph, "--to", "dto"}, "",
       "actorgraph export: unknown export format 'dto' (expected one of: dot, graphml, json); "
       "did you mean 'dot'?\n" + hint},
      {{"export", graph, "--to", "xlsx"}, "",
       "actorgraph export: unknown export format 'xlsx' (expected one of: dot, graphml, "
       "json)\n" + hint},
      {{"export", graph}, "", "actorgraph export: missing --to FORMAT (dot|graphml|json)\n" + hint},
      {{"export"}, "", "actorgraph export: missing GRAPH (a graph file or '-')\n" + hint},
      {{"export", graph, "--to", "dot", "--rankdir", "up"}, "",
       "actorgraph export: --rankdir must be LR, TB, RL or BT, got 'up'\n" + hint},
      {{"export", dir.File("missing.json"), "--to", "dot"}, "",
       "actorgraph: " + dir.File("missing.json") + ": cannot open: No such file or directory\n"},
      {{"export", graph, "--to", "dot", "-o", dir.File("no/such/dir/g.dot")}, "",
       "actorgraph: " + dir.File("no/such/dir/g.dot") +
           ": cannot create output: No such file or directory\n"},
  };
  for (const BadRun& c : cases) {
    CliResult result = RunCli(c.args, c.stdin_text);
    EXPECT_EQ(result.exit_code, 1) << c.err;
    EXPECT_EQ(result.err, c.err);
    EXPECT_EQ(result.out, "");
  }
}

TEST(ExportCommandTest, BadGraphFileNamesTheFileAndKeepsTheOldOutput) {
  TempDir dir;
  WriteFile(dir.path() / "bad.json", "{\"nodes\": [");
  WriteFile(dir.path() / "out.dot", "old contents\n");
  CliResult result =
      RunCli({"export", dir.File("bad.json"), "--to", "dot", "-o", dir.File("out.dot")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.rfind("actorgraph: " + dir.File("bad.json") + ":", 0), 0u) << result.err;
  EXPECT_EQ(ReadFile(dir.path() / "out.dot"), "old contents\n");
}

TEST(ExportCommandTest, HelpShowsFormatsAndAnExample) {
  CliResult result = RunCli({"export", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("dot|graphml|json"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Example:\n  actorgraph export graph.json --to graphml"),
            std::string::npos)
      << result.out;
}

TEST(ExportCommandTest, DotFromTheCommandRendersWithGraphviz) {
  TempDir dir;
  const std::string graph = WriteExportGraph(dir);
  CliResult result = RunShell(Quote(ACTORGRAPH_CLI) + " export " + Quote(graph) +
                              " --to dot | dot -Tsvg");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_NE(result.out.find("Halvorsen &amp; &quot;Partners&quot; &lt;Ltd&gt;"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing
