#include "actorgraph/export/export_selection.h"

#include <gtest/gtest.h>

#include "export/export_test_util.h"

namespace actorgraph {
namespace {

std::vector<std::string> ActorIds(const KnowledgeGraph& graph, const ExportSelection& s) {
  std::vector<std::string> ids;
  for (Vertex v : s.actors) ids.push_back(graph.graph()[v].actor.id);
  return ids;
}

std::vector<std::string> EdgeLabels(const KnowledgeGraph& graph, const ExportSelection& s) {
  std::vector<std::string> labels;
  for (Edge e : s.edges) labels.push_back(graph.graph()[e].relation.text);
  return labels;
}

TEST(ExportSelectionTest, DefaultKeepsEverythingInCanonicalOrder) {
  KnowledgeGraph graph = testing::ExportGraph();
  ExportSelection selection = SelectForExport(graph, {});
  EXPECT_EQ(selection.actors, graph.ActorsInOrder());
  EXPECT_EQ(selection.edges, graph.EdgesInOrder());
}

TEST(ExportSelectionTest, MinWeightDropsLighterEdges) {
  KnowledgeGraph graph = testing::ExportGraph();
  ExportOptions options;
  options.min_weight = 2;
  ExportSelection selection = SelectForExport(graph, options);
  EXPECT_EQ(EdgeLabels(graph, selection),
            (std::vector<std::string>{"sign contract with", "hold talks with"}));
  EXPECT_EQ(selection.actors.size(), 7u);
}

TEST(ExportSelectionTest, DropIsolatedKeepsOnlyActorsWithAKeptEdge) {
  KnowledgeGraph graph = testing::ExportGraph();
  ExportOptions options;
  options.min_weight = 2;
  options.drop_isolated = true;
  ExportSelection selection = SelectForExport(graph, options);
  EXPECT_EQ(ActorIds(graph, selection),
            (std::vector<std::string>{"halvorsen_partners_ltd", "kessaria", "valmoria"}));
}

TEST(ExportSelectionTest, EveryExporterWritesTheSelection) {
  KnowledgeGraph graph = testing::ExportGraph();
  ExportOptions options;
  options.min_weight = 2;
  options.drop_isolated = true;
  EXPECT_EQ(testing::Export("graphml", graph, options).find("tarvassa"), std::string::npos);
  EXPECT_EQ(testing::Export("json", graph, options).find("tarvassa"), std::string::npos);
  EXPECT_EQ(testing::Export("dot", graph, options).find("tarvassa"), std::string::npos);
  EXPECT_EQ(testing::Export("dot", graph, options).find("accuse"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph
