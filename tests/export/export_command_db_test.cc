// `actorgraph export --to neo4j|sql` and `--yed`, run as the real binary.
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "actorgraph/export/directory_export.h"
#include "actorgraph/export/exporter.h"
#include "actorgraph/graph/graph_file.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

std::string WriteGraph(const TempDir& dir) {
  std::ostringstream out;
  EXPECT_TRUE(WriteGraphFile(ExportGraph(/*malformed_utf8=*/false), out).ok());
  WriteFile(dir.path() / "graph.json", out.str());
  return dir.File("graph.json");
}

// The graph file read back, as the command sees it.
KnowledgeGraph ReadBack(const std::string& path) {
  std::istringstream in(ReadFile(path));
  auto graph = ReadGraphFile(in, path);
  EXPECT_TRUE(graph.ok()) << graph.status().ToString();
  return graph.ok() ? std::move(*graph) : KnowledgeGraph();
}

TEST(ExportCommandDbTest, Neo4jWritesTheDirectoryTheLibraryWrites) {
  TempDir dir;
  const std::string graph = WriteGraph(dir);
  CliResult result = RunCli({"export", graph, "--to", "neo4j", "-o", dir.File("neo4j")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.out, "");
  auto exporter = MakeExporter("neo4j", {});
  ASSERT_TRUE(exporter.ok());
  ASSERT_TRUE(WriteExportDirectory(**exporter, ReadBack(graph), dir.File("expected")).ok());
  for (const char* file : {"actors.csv", "relations.csv", "import.cypher"}) {
    EXPECT_EQ(ReadFile(dir.File("neo4j/") + file), ReadFile(dir.File("expected/") + file))
        << file;
    EXPECT_NE(ReadFile(dir.File("neo4j/") + file), "") << file;
  }
}

TEST(ExportCommandDbTest, SqlFormatComesFromTheExtension) {
  TempDir dir;
  const std::string graph = WriteGraph(dir);
  CliResult result = RunCli({"export", graph, "-o", dir.File("g.sql"), "--sql-schema", "news"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ExportOptions options;
  options.sql_schema = "news";
  EXPECT_EQ(ReadFile(dir.File("g.sql")), Export("sql", ReadBack(graph), options));
}

TEST(ExportCommandDbTest, YedFlagReachesTheGraphmlExporter) {
  TempDir dir;
  const std::string graph = WriteGraph(dir);
  CliResult result = RunCli({"export", graph, "--to", "graphml", "--yed"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  ExportOptions options;
  options.yed = true;
  EXPECT_EQ(result.out, Export("graphml", ReadBack(graph), options));
  EXPECT_NE(result.out.find("<y:ShapeNode>"), std::string::npos);
}

struct BadRun {
  std::vector<std::string> args;
  std::string err;  // expected standard error, exactly
};

TEST(ExportCommandDbTest, BadUsageExitsOneWithAClearMessage) {
  TempDir dir;
  const std::string graph = WriteGraph(dir);
  WriteFile(dir.path() / "plain-file", "x");
  std::filesystem::create_directory(dir.path() / "papers");
  WriteFile(dir.path() / "papers" / "draft.tex", "x");
  const std::string hint = "Try 'actorgraph export --help'.\n";
  const BadRun cases[] = {
      {{"export", graph, "--to", "neo4j"},
       "actorgraph export: --to neo4j writes a directory: give -o DIR\n" + hint},
      {{"export", graph, "--to", "dot", "--yed"},
       "actorgraph export: --yed needs --to graphml, got --to dot\n" + hint},
      {{"export", graph, "--to", "graphml", "--sql-schema", "s"},
       "actorgraph export: --sql-schema needs --to sql, got --to graphml\n" + hint},
      {{"export", graph, "--to", "sql", "--sql-schema", ""},
       "actorgraph export: --sql-schema is empty\n" + hint},
      {{"export", graph, "--to", "neo4j", "-o", dir.File("plain-file")},
       "actorgraph: " + dir.File("plain-file") + ": exists and is not a directory\n"},
      {{"export", graph, "--to", "neo4j", "-o", dir.File("papers")},
       "actorgraph: " + dir.File("papers") +
           ": holds 'draft.tex', which this export does not write; give a new or empty "
           "directory\n"},
  };
  for (const BadRun& c : cases) {
    CliResult result = RunCli(c.args);
    EXPECT_EQ(result.exit_code, 1) << c.err;
    EXPECT_EQ(result.err, c.err);
    EXPECT_EQ(result.out, "");
  }
  EXPECT_EQ(ReadFile(dir.path() / "papers" / "draft.tex"), "x");
}

TEST(ExportCommandDbTest, Neo4jExportReplacesAnEarlierOne) {
  TempDir dir;
  const std::string graph = WriteGraph(dir);
  const std::string out = dir.File("neo4j");
  ASSERT_EQ(RunCli({"export", graph, "--to", "neo4j", "-o", out}).exit_code, 0);
  const std::string full = ReadFile(out + "/actors.csv");
  ASSERT_EQ(RunCli({"export", graph, "--to", "neo4j", "-o", out, "--drop-isolated",
                    "--min-weight", "2"})
                .exit_code,
            0);
  EXPECT_NE(ReadFile(out + "/actors.csv"), full);
  EXPECT_EQ(ReadFile(out + "/actors.csv").find("tarvassa"), std::string::npos);
  std::set<std::string> entries;
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    entries.insert(entry.path().filename().string());
  }
  EXPECT_EQ(entries, (std::set<std::string>{"graph.json", "neo4j"}));  // no temporaries
}

TEST(ExportCommandDbTest, HelpShowsTheNewFormatsAndFlags) {
  CliResult result = RunCli({"export", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.out.find("dot|graphml|json|neo4j|sql"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("--yed"), std::string::npos);
  EXPECT_NE(result.out.find("--sql-schema NAME"), std::string::npos);
  EXPECT_NE(result.out.find("actorgraph export graph.json --to neo4j -o neo4j-import/"),
            std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing
