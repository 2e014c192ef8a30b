// Every export is reproducible: the same graph gives the same bytes, and so do two graphs
// built from the same triples added in different orders.
#include <algorithm>
#include <map>
#include <random>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/export/directory_export.h"
#include "actorgraph/export/exporter.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

// Every file of the export of `graph` in format `format`, by name.
std::map<std::string, std::string> ExportAll(std::string_view format, const KnowledgeGraph& graph,
                                             const ExportOptions& options) {
  auto exporter = MakeExporter(format, options);
  EXPECT_TRUE(exporter.ok());
  std::map<std::string, std::string> files;
  if (!exporter.ok()) return files;
  TempDir dir;
  const std::string out = dir.File("out");
  EXPECT_TRUE(WriteExportDirectory(**exporter, graph, out).ok());
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    files[entry.path().filename().string()] = ReadFile(entry.path());
  }
  return files;
}

// The triples of ExportGraph() with the extra actor, in `order`.
KnowledgeGraph Shuffled(unsigned seed) {
  std::vector<Triple> triples = AwkwardTriples();
  Triple extra = MakeTriple(kBackslashName, "fund", "Zoë Marčić", "d5",
                            "Path\\Finder funded Zoë Marčić.", "2026-03-10");
  triples.push_back(extra);
  std::mt19937 random(seed);
  std::shuffle(triples.begin(), triples.end(), random);
  KnowledgeGraph graph;
  for (const Triple& triple : triples) graph.AddTriple(triple);
  Actor isolated;
  isolated.name = "Tarvassa";
  graph.AddActor(isolated);
  return graph;
}

TEST(ReproducibleExportTest, SameGraphGivesTheSameBytesInEveryFormat) {
  const KnowledgeGraph graph = ExportGraph();
  ExportOptions yed;
  yed.yed = true;
  for (std::string_view format : ExporterNames()) {
    const auto first = ExportAll(format, graph, {});
    EXPECT_FALSE(first.empty()) << format;
    EXPECT_EQ(first, ExportAll(format, graph, {})) << format;
  }
  EXPECT_EQ(ExportAll("graphml", graph, yed), ExportAll("graphml", graph, yed));
}

TEST(ReproducibleExportTest, TripleOrderDoesNotChangeAnyExport) {
  const KnowledgeGraph a = Shuffled(1);
  const KnowledgeGraph b = Shuffled(2);
  const KnowledgeGraph c = Shuffled(3);
  ASSERT_EQ(a.DebugString(), b.DebugString());
  ExportOptions yed;
  yed.yed = true;
  for (std::string_view format : ExporterNames()) {
    const auto expected = ExportAll(format, a, {});
    EXPECT_EQ(ExportAll(format, b, {}), expected) << format;
    EXPECT_EQ(ExportAll(format, c, {}), expected) << format;
  }
  EXPECT_EQ(ExportAll("graphml", b, yed), ExportAll("graphml", a, yed));
}

TEST(ReproducibleExportTest, MergedShardsExportLikeOneGraph) {
  const KnowledgeGraph whole = Shuffled(4);
  std::vector<Triple> triples = AwkwardTriples();
  KnowledgeGraph first, second;
  for (size_t i = 0; i < triples.size(); ++i) (i % 2 ? first : second).AddTriple(triples[i]);
  second.AddTriple(MakeTriple(kBackslashName, "fund", "Zoë Marčić", "d5",
                              "Path\\Finder funded Zoë Marčić.", "2026-03-10"));
  Actor isolated;
  isolated.name = "Tarvassa";
  first.AddActor(isolated);
  second.Merge(first);
  for (std::string_view format : {"neo4j", "sql"}) {
    EXPECT_EQ(ExportAll(format, second, {}), ExportAll(format, whole, {})) << format;
  }
}

}  // namespace
}  // namespace actorgraph::testing
