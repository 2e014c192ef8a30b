// The DOT exporter, checked by rendering its output with the real `dot -Tsvg`.
#include <algorithm>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

std::string XmlUnescape(std::string text) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&#45;", "-"},
      {"&#10;", "\n"}, {"&amp;", "&"}};
  for (const auto& [entity, character] : entities) {
    for (size_t pos = 0; (pos = text.find(entity, pos)) != std::string::npos;) {
      text.replace(pos, std::string_view(entity).size(), character);
      pos += std::string_view(character).size();
    }
  }
  return text;
}

// The text of every <text> element of the SVG, in document order.
std::vector<std::string> SvgTexts(const std::string& svg) {
  std::vector<std::string> texts;
  const std::regex text_element("<text[^>]*>([^<]*)</text>");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), text_element);
       it != std::sregex_iterator(); ++it) {
    texts.push_back(XmlUnescape((*it)[1].str()));
  }
  return texts;
}

size_t Count(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (size_t pos = 0; (pos = text.find(needle, pos)) != std::string::npos; pos += needle.size()) {
    ++count;
  }
  return count;
}

// Renders `dot_text` to SVG with the real dot; fails the test on any diagnostic.
std::string RenderSvg(const std::string& dot_text) {
  TempDir dir;
  WriteFile(dir.path() / "g.dot", dot_text);
  CliResult dot = RunShell("dot -Tsvg " + Quote(dir.File("g.dot")));
  EXPECT_EQ(dot.exit_code, 0) << dot.err;
  EXPECT_EQ(dot.err, "");
  return dot.out;
}

TEST(DotExporterTest, DotRendersEveryNameAsWritten) {
  const std::string svg = RenderSvg(Export("dot", ExportGraph()));
  std::vector<std::string> texts = SvgTexts(svg);
  for (const std::string expected :
       {"Valmoria", "Kessaria", "Halvorsen & \"Partners\" <Ltd>", "Zoë Marčić", "Red Dawn Front",
        "Tarvassa", "Path\\Finder \\N\\l", "Inc."}) {
    EXPECT_NE(std::find(texts.begin(), texts.end(), expected), texts.end())
        << "no SVG text '" << expected << "' in:\n" << svg;
  }
}

TEST(DotExporterTest, EdgeLabelsAreRelationTextWithNotWhenNegated) {
  std::vector<std::string> texts = SvgTexts(RenderSvg(Export("dot", ExportGraph())));
  for (const std::string expected : {"hold talks with", "not attack", "accuse", "purge", "visit",
                                     "sign contract with", "fund"}) {
    EXPECT_EQ(std::count(texts.begin(), texts.end(), expected), 1) << expected;
  }
}

TEST(DotExporterTest, ParallelEdgesAndSelfLoopSurvive) {
  const std::string svg = RenderSvg(Export("dot", ExportGraph()));
  EXPECT_EQ(Count(svg, "class=\"edge\""), 7u);
  EXPECT_EQ(Count(svg, "class=\"node\""), 7u);
  EXPECT_NE(svg.find("<title>red_dawn_front&#45;&gt;red_dawn_front</title>"), std::string::npos)
      << svg;
}

TEST(DotExporterTest, AttributesCarryTypeWeightCategoryAndDocuments) {
  const std::string dot = Export("dot", ExportGraph());
  // The symmetric talks, stated twice in two documents, become one undirected edge.
  const std::regex talks("kessaria -> valmoria\\s*\\[([^\\]]*label=\"hold talks with\"[^\\]]*)\\]");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(dot, match, talks)) << dot;
  const std::string attributes = match[1].str();
  EXPECT_NE(attributes.find("dir=none"), std::string::npos) << attributes;
  EXPECT_NE(attributes.find("weight=2"), std::string::npos) << attributes;
  EXPECT_NE(attributes.find("documents=2"), std::string::npos) << attributes;
  EXPECT_NE(attributes.find("symmetric=true"), std::string::npos) << attributes;
  EXPECT_NE(dot.find("type=country"), std::string::npos) << dot;
  EXPECT_NE(dot.find("code=VLM"), std::string::npos) << dot;
}

TEST(DotExporterTest, NegatedEdgeIsDashed) {
  const std::string dot = Export("dot", ExportGraph());
  const std::regex negated("\\[([^\\]]*label=\"not attack\"[^\\]]*)\\]");
  std::smatch match;
  ASSERT_TRUE(std::regex_search(dot, match, negated)) << dot;
  EXPECT_NE(match[1].str().find("style=dashed"), std::string::npos) << match[1].str();
  EXPECT_NE(match[1].str().find("negated=true"), std::string::npos) << match[1].str();
}

// The xlink:title (tooltip) of every node and edge of the SVG.
std::vector<std::string> SvgTooltips(const std::string& svg) {
  std::vector<std::string> titles;
  const std::regex title("xlink:title=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), title);
       it != std::sregex_iterator(); ++it) {
    titles.push_back(XmlUnescape((*it)[1].str()));
  }
  return titles;
}

TEST(DotExporterTest, TooltipsShowActorsAndEvidenceAsWritten) {
  std::vector<std::string> tooltips = SvgTooltips(RenderSvg(Export("dot", ExportGraph())));
  for (const std::string expected : {
           "Path\\Finder \\N\\l\nInc. (organization)\n1 mention",
           "Kessaria (country, KSR)\nalso: K.S.R.\n5 mentions",
           "Halvorsen & \"Partners\" <Ltd> sign contract with Valmoria\n2 assertions in 2 "
           "documents, 2026-03-01 to 2026-03-09\nHalvorsen & \"Partners\" <Ltd> signed a "
           "contract with Valmoria.",
           "Kessaria not attack Valmoria\n1 assertion in 1 document, 2026-03-04\nKessaria did "
           "not attack Valmoria, its minister insisted."}) {
    EXPECT_NE(std::find(tooltips.begin(), tooltips.end(), expected), tooltips.end())
        << "no tooltip:\n" << expected;
  }
}

TEST(DotExporterTest, OutputIsDeterministic) {
  EXPECT_EQ(Export("dot", ExportGraph()), Export("dot", ExportGraph()));
}

TEST(DotExporterTest, EmptyGraphRenders) {
  const std::string dot = Export("dot", KnowledgeGraph());
  EXPECT_EQ(dot.rfind("digraph actorgraph {", 0), 0u) << dot;
  RenderSvg(dot);
}

TEST(DotExporterTest, GraphNameAndRankdirComeFromOptions) {
  ExportOptions options;
  options.graph_name = "my \"graph\"";
  options.rankdir = "TB";
  const std::string dot = Export("dot", ExportGraph(), options);
  EXPECT_EQ(dot.rfind("digraph \"my \\\"graph\\\"\" {", 0), 0u) << dot;
  EXPECT_NE(dot.find("rankdir=TB"), std::string::npos);
  RenderSvg(dot);
}

}  // namespace
}  // namespace actorgraph::testing
