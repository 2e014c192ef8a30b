// `actorgraph render`, run as the real binary.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::CliResult;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

std::string BuildGraph(const TempDir& dir) {
  WriteFile(dir.File("t.tsv"),
            "Valmoria\taccuse\tKessaria\tcountry\tcountry\td1\tValmoria accused Kessaria.\t2026-02-02\n"
            "Kessaria\tcondemn\tOstrel Pact\tcountry\torganization\td3\tKessaria condemned the Pact.\t2026-03-01\n");
  CliResult built = RunCli({"build", "--triples", dir.File("t.tsv"), "-o", dir.File("g.json")});
  EXPECT_EQ(built.exit_code, 0) << built.err;
  return dir.File("g.json");
}

TEST(RenderCommandTest, FormatComesFromTheOutputExtension) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  const std::pair<const char*, const char*> outputs[] = {
      {"g.svg", "<?xml"}, {"g.png", "\x89PNG"}, {"g.pdf", "%PDF"}, {"g.html", "<!DOCTYPE html>"},
      {"g.htm", "<!DOCTYPE html>"}};
  for (const auto& [file, magic] : outputs) {
    CliResult result = RunCli({"render", graph, "-o", dir.File(file)});
    ASSERT_EQ(result.exit_code, 0) << file << ": " << result.err;
    EXPECT_EQ(result.out, "");
    EXPECT_EQ(ReadFile(dir.File(file)).rfind(magic, 0), 0u) << file;
  }
}

TEST(RenderCommandTest, ReadsStandardInputAndWritesStandardOutput) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  CliResult result = RunCli({"render", "-", "--to", "svg", "-o", "-"}, ReadFile(graph));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("<svg"), std::string::npos);
  EXPECT_NE(result.out.find(">Ostrel Pact</text>"), std::string::npos);
  EXPECT_EQ(result.err, "");
}

TEST(RenderCommandTest, FiltersApplyBeforeTheLayout) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  CliResult result =
      RunCli({"render", graph, "-o", "-", "--to", "svg", "--actor", "Valmoria", "--depth", "1"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find(">Kessaria</text>"), std::string::npos);
  EXPECT_EQ(result.out.find(">Ostrel Pact</text>"), std::string::npos);
}

TEST(RenderCommandTest, EmptyDiagramIsDrawnWithAWarning) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  CliResult result = RunCli({"render", graph, "-o", dir.File("e.svg"), "--category", "cooperation"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.err, "actorgraph render: warning: the filters left no actors; the diagram is empty\n");
  EXPECT_NE(ReadFile(dir.File("e.svg")).find("<svg"), std::string::npos);
  CliResult quiet = RunCli({"render", graph, "-q", "-o", dir.File("e.svg"), "--category", "cooperation"});
  EXPECT_EQ(quiet.err, "");
}

TEST(RenderCommandTest, BadUsageExitsOneAndKeepsTheOldOutput) {
  TempDir dir;
  const std::string graph = BuildGraph(dir);
  WriteFile(dir.File("old.svg"), "previous");
  WriteFile(dir.File("bad.json"), "{\"format\": \"actorgraph-graph\", \"version\": 1, \"actors\": [}");
  const std::pair<std::vector<std::string>, std::string> cases[] = {
      {{"render", graph},
       "actorgraph render: missing -o FILE ('-' for standard output)\n"
       "Try 'actorgraph render --help'.\n"},
      {{"render", graph, "-o", dir.File("g.jpg")},
       "actorgraph render: missing --to FORMAT (svg|png|pdf|html)\n"
       "Try 'actorgraph render --help'.\n"},
      {{"render", graph, "-o", dir.File("old.svg"), "--to", "jpg"},
       "actorgraph render: unknown render format 'jpg' (expected one of: svg, png, pdf, html)\n"
       "Try 'actorgraph render --help'.\n"},
      {{"render", graph, "-o", dir.File("old.svg"), "--layout", "twopi"},
       "actorgraph render: --layout must be dot, neato, fdp, sfdp or circo, got 'twopi'\n"
       "Try 'actorgraph render --help'.\n"},
      {{"render", graph, "-o", dir.File("old.svg"), "--edge-labels", "some"},
       "actorgraph render: --edge-labels must be auto, always or never, got 'some'\n"
       "Try 'actorgraph render --help'.\n"},
      {{"render", graph, "-o", dir.File("old.svg"), "--actor", "Kesaria", "--depth", "1"},
       "actorgraph: no actor 'Kesaria' in the graph; did you mean 'Kessaria'?\n"},
  };
  for (const auto& [args, error] : cases) {
    CliResult result = RunCli(args);
    EXPECT_EQ(result.exit_code, 1) << args.back();
    EXPECT_EQ(result.err, error);
    EXPECT_EQ(ReadFile(dir.File("old.svg")), "previous");
  }
  CliResult bad = RunCli({"render", dir.File("bad.json"), "-o", dir.File("old.svg")});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err.rfind("actorgraph: " + dir.File("bad.json") + ": ", 0), 0u) << bad.err;
  EXPECT_EQ(ReadFile(dir.File("old.svg")), "previous");
}

TEST(RenderCommandTest, HelpNamesLayoutsFormatsFiltersAndAnExample) {
  CliResult result = RunCli({"render", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  for (const char* expected : {"dot|neato|fdp|sfdp|circo", "svg|png|pdf|html", "--top",
                               "--category", "--since", "Example:",
                               "actorgraph render graph.json -o graph.svg"}) {
    EXPECT_NE(result.out.find(expected), std::string::npos) << expected;
  }
}

}  // namespace
}  // namespace actorgraph
