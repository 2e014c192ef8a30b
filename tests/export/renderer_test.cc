// RenderGraph through the real Graphviz libraries: the SVG it writes carries the styling,
// ids and tooltips the diagram promises, in every layout.
#include "actorgraph/export/renderer.h"

#include <regex>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/graph/knowledge_graph.h"
#include "export/agraph_builder.h"
#include "export/export_test_util.h"
#include "export/html_page.h"

namespace actorgraph::testing {
namespace {

Triple Styled(std::string_view subject, std::string_view relation, std::string_view object,
              Category category, std::string_view modality = "") {
  Triple triple = MakeTriple(subject, relation, object, "doc-1", "They said so.", "2026-01-02");
  triple.relation.category = category;
  triple.relation.modality = modality;
  triple.subject.type = ActorType::kCountry;
  return triple;
}

// One edge of each kind: cooperation and conflict of both shades, neutral, negated, hedged,
// symmetric, and a heavy edge.
KnowledgeGraph StyleGraph() {
  KnowledgeGraph graph;
  graph.AddTriple(Styled("Valmoria", "praise", "Kessaria", Category::kVerbalCooperation));
  for (int i = 0; i < 40; ++i) {
    graph.AddTriple(Styled("Valmoria", "aid", "Kessaria", Category::kMaterialCooperation));
  }
  graph.AddTriple(Styled("Valmoria", "threaten", "Ostrel", Category::kVerbalConflict));
  graph.AddTriple(Styled("Ostrel", "attack", "Valmoria", Category::kMaterialConflict, "may"));
  graph.AddTriple(Styled("Ostrel", "not attack", "Kessaria", Category::kMaterialConflict));
  graph.AddTriple(Styled("Kessaria", "~hold talks with", "Ostrel", Category::kNeutral));
  return graph;
}

std::string Render(const KnowledgeGraph& graph, RenderOptions options = {}) {
  std::ostringstream out;
  Status status = RenderGraph(graph, options, out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out.str();
}

// The <g id="..." class="edge"> element with `id`, up to its closing </g> of the group.
std::string EdgeElement(const std::string& svg, const std::string& id) {
  const size_t start = svg.find("<g id=\"" + id + "\" class=\"edge\">");
  if (start == std::string::npos) return "";
  return svg.substr(start, svg.find("<!--", start + 1) - start);
}

// The edge id whose label text is `label` (labels are unique in StyleGraph).
std::string EdgeWithLabel(const std::string& svg, const std::string& label) {
  const std::regex edge("<g id=\"(r[0-9]+)\" class=\"edge\">");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), edge); it != std::sregex_iterator();
       ++it) {
    const std::string element = EdgeElement(svg, (*it)[1].str());
    if (element.find(">" + label + "</text>") != std::string::npos) return (*it)[1].str();
  }
  return "";
}

TEST(RendererTest, EdgeStylingCarriesCategoryWeightNegationAndSymmetry) {
  const std::string svg = Render(StyleGraph());
  const std::pair<const char*, const char*> colours[] = {
      {"praise", "#5aae61"},          {"aid \u00d740", "#1b6b30"},
      {"threaten", "#e0705f"},        {"attack (may)", "#b2182b"},
      {"not attack", "#b2182b"},      {"hold talks with", "#8a8a8a"}};
  for (const auto& [label, colour] : colours) {
    const std::string id = EdgeWithLabel(svg, label);
    ASSERT_FALSE(id.empty()) << label;
    EXPECT_NE(EdgeElement(svg, id).find("stroke=\"" + std::string(colour) + "\""),
              std::string::npos)
        << label;
  }
  // Weight 40: 1 + log2(40) = 6.3, capped at 6.
  EXPECT_NE(EdgeElement(svg, EdgeWithLabel(svg, "aid \u00d740")).find("stroke-width=\"6\""),
            std::string::npos);
  EXPECT_NE(EdgeElement(svg, EdgeWithLabel(svg, "not attack")).find("stroke-dasharray=\"5,2\""),
            std::string::npos);
  EXPECT_NE(EdgeElement(svg, EdgeWithLabel(svg, "attack (may)")).find("stroke-dasharray=\"1,5\""),
            std::string::npos);
  // Arrowheads are polygons; the symmetric edge has none, a directed one has one.
  EXPECT_EQ(EdgeElement(svg, EdgeWithLabel(svg, "hold talks with")).find("<polygon"),
            std::string::npos);
  EXPECT_NE(EdgeElement(svg, EdgeWithLabel(svg, "praise")).find("<polygon"), std::string::npos);
}

TEST(RendererTest, TooltipsListEvidenceAliasesAndMentions) {
  KnowledgeGraph graph = StyleGraph();
  Triple aliased = Styled("Valmoria", "meet", "Kessaria", Category::kNeutral);
  aliased.subject.aliases = {"Republic of Valmoria"};
  aliased.evidence.sentence = "Valmoria & Kessaria met <again>.";
  graph.AddTriple(aliased);
  const std::string svg = Render(graph);
  EXPECT_NE(svg.find("xlink:title=\"Valmoria (country)&#10;also: Republic of Valmoria&#10;"
                     "44 mentions\""),
            std::string::npos);
  EXPECT_NE(svg.find("xlink:title=\"Valmoria meet Kessaria&#10;1 assertion in 1 document, "
                     "2026&#45;01&#45;02&#10;\u2022 Valmoria &amp; Kessaria met &lt;again&gt;. "
                     "[doc&#45;1, 2026&#45;01&#45;02]\""),
            std::string::npos)
      << svg;
}

TEST(RendererTest, ElementIdsFollowTheCanonicalOrder) {
  const std::string svg = Render(StyleGraph());
  // Actors by id: kessaria, ostrel, valmoria.
  EXPECT_NE(svg.find("<g id=\"a0\" class=\"node\">\n<title>kessaria</title>"), std::string::npos);
  EXPECT_NE(svg.find("<g id=\"a2\" class=\"node\">\n<title>valmoria</title>"), std::string::npos);
  EXPECT_NE(svg.find("<g id=\"r5\" class=\"edge\">"), std::string::npos);
  EXPECT_EQ(svg.find("<g id=\"r6\" class=\"edge\">"), std::string::npos);
}

TEST(RendererTest, LegendIsDrawnInEveryLayoutAndOutputIsStable) {
  for (std::string_view layout : LayoutNames()) {
    RenderOptions options;
    options.layout = layout;
    const std::string svg = Render(StyleGraph(), options);
    EXPECT_NE(svg.find(">Legend</text>"), std::string::npos) << layout;
    EXPECT_NE(svg.find(">material conflict</text>"), std::string::npos) << layout;
    EXPECT_NE(svg.find(">negated (\u201cnot \u2026\u201d)</text>"), std::string::npos) << layout;
    EXPECT_EQ(svg, Render(StyleGraph(), options)) << layout;
    options.legend = false;
    EXPECT_EQ(Render(StyleGraph(), options).find(">Legend</text>"), std::string::npos) << layout;
  }
}

TEST(RendererTest, LegendListsOnlyWhatTheDiagramShows) {
  KnowledgeGraph graph;
  graph.AddTriple(Styled("A", "praise", "B", Category::kVerbalCooperation));
  const std::string svg = Render(graph);
  EXPECT_NE(svg.find(">verbal cooperation</text>"), std::string::npos);
  EXPECT_EQ(svg.find(">material conflict</text>"), std::string::npos);
  EXPECT_EQ(svg.find("negated"), std::string::npos);
}

TEST(RendererTest, PngAndPdfRenderThroughTheCairoPlugin) {
  RenderOptions options;
  options.format = RenderFormat::kPng;
  const std::string png = Render(StyleGraph(), options);
  EXPECT_EQ(png.substr(0, 8), "\x89PNG\r\n\x1a\n");
  EXPECT_GT(png.size(), 5000u);
  options.format = RenderFormat::kPdf;
  EXPECT_EQ(Render(StyleGraph(), options).substr(0, 5), "%PDF-");
}

TEST(RendererTest, DefaultLayoutIsDotForSmallGraphsAndSfdpForLarge) {
  EXPECT_EQ(DefaultLayout(StyleGraph()), "dot");
  KnowledgeGraph large;
  for (size_t i = 0; i <= kMaxDotActors; ++i) {
    large.AddTriple(MakeTriple("Hub", "meet", "Actor " + std::to_string(i)));
  }
  EXPECT_EQ(DefaultLayout(large), "sfdp");
}

TEST(RendererTest, EdgeLabelsCanBeTurnedOff) {
  RenderOptions options;
  options.edge_labels = RenderOptions::EdgeLabels::kNever;
  const std::string svg = Render(StyleGraph(), options);
  EXPECT_EQ(EdgeWithLabel(svg, "praise"), "");
  EXPECT_NE(svg.find("class=\"edge\""), std::string::npos);
}

TEST(RendererTest, BadLayoutAndFormatNamesAreRejected) {
  RenderOptions options;
  options.layout = "twopi";
  std::ostringstream out;
  EXPECT_EQ(RenderGraph(StyleGraph(), options, out).message(),
            "unknown layout 'twopi' (expected one of: dot, neato, fdp, sfdp, circo)");
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(ParseRenderFormat("jpg").status().message(),
            "unknown render format 'jpg' (expected one of: svg, png, pdf, html)");
  EXPECT_EQ(*ParseRenderFormat("html"), RenderFormat::kHtml);
}

TEST(RendererTest, AwkwardNamesRenderAsWritten) {
  const std::string svg = Render(ExportGraph(/*malformed_utf8=*/true));
  EXPECT_NE(svg.find(">Halvorsen &amp; &quot;Partners&quot; &lt;Ltd&gt;</text>"),
            std::string::npos);
  EXPECT_NE(svg.find(">Zoë Marčić</text>"), std::string::npos);
}

TEST(EdgePenWidthTest, LogScaleCappedInDiagrams) {
  EXPECT_EQ(EdgePenWidth(1, AgraphStyle::kDiagram), 1);
  EXPECT_EQ(EdgePenWidth(4, AgraphStyle::kDiagram), 3);
  EXPECT_EQ(EdgePenWidth(1000, AgraphStyle::kDiagram), 6);
  EXPECT_EQ(EdgePenWidth(1000, AgraphStyle::kData), 11);
  EXPECT_EQ(EdgePenWidth(0, AgraphStyle::kDiagram), 1);
}

TEST(JsonForScriptElementTest, ScriptEndAndCommentOpenCannotSurvive) {
  const std::string json = "{\"name\":\"</script><!-- a&b > c\"}";
  EXPECT_EQ(JsonForScriptElement(json),
            "{\"name\":\"\\u003c/script\\u003e\\u003c!-- a\\u0026b \\u003e c\"}");
}

TEST(HtmlPageTest, PageIsSelfContainedWithEscapedData) {
  KnowledgeGraph graph = StyleGraph();
  graph.AddTriple(MakeTriple("</script><!--Evil", "meet", "Valmoria", "d", "x</script>y"));
  RenderOptions options;
  options.format = RenderFormat::kHtml;
  const std::string html = Render(graph, options);
  EXPECT_EQ(html.substr(0, 15), "<!DOCTYPE html>");
  // Exactly the two script elements we write, and no external resource.
  size_t scripts = 0;
  for (size_t pos = 0; (pos = html.find("</script>", pos)) != std::string::npos; ++pos) ++scripts;
  EXPECT_EQ(scripts, 2u);
  EXPECT_EQ(html.find("http://example"), std::string::npos);
  EXPECT_EQ(html.find(" src="), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
  EXPECT_EQ(html.find("<?xml"), std::string::npos);
  EXPECT_NE(html.find("\"name\":\"\\u003c/script\\u003e\\u003c!--Evil\""), std::string::npos);
  EXPECT_NE(html.find("<svg"), std::string::npos);
}

TEST(HtmlPageTest, DataNamesSvgIdsAndKeepsEvidence) {
  const std::string data = HtmlPageData(StyleGraph(), ExportOptions{}, 10);
  EXPECT_NE(data.find("{\"id\":\"a2\",\"key\":\"valmoria\",\"name\":\"Valmoria\",\"type\":"
                      "\"country\",\"code\":\"\",\"aliases\":[],\"mentions\":43}"),
            std::string::npos)
      << data;
  EXPECT_NE(data.find("\"source\":\"a1\",\"target\":\"a2\",\"label\":\"attack\","
                      "\"relation\":\"attack\",\"category\":\"material_conflict\","
                      "\"negated\":false,\"symmetric\":false,\"modality\":\"may\",\"weight\":1,"
                      "\"documents\":[\"doc-1\"],\"first_date\":\"2026-01-02\",\"last_date\":"
                      "\"2026-01-02\",\"evidence\":[{\"doc\":\"doc-1\",\"date\":\"2026-01-02\","
                      "\"sentence\":\"They said so.\"}]}"),
            std::string::npos)
      << data;
}

}  // namespace
}  // namespace actorgraph::testing

namespace actorgraph::testing {
namespace {

TEST(NodeFontSizeTest, GrowsWithMentionsInHalfPointsUpTo20) {
  EXPECT_EQ(NodeFontSize(0), 10);
  EXPECT_EQ(NodeFontSize(1), 10);
  EXPECT_EQ(NodeFontSize(8), 14.5);
  EXPECT_EQ(NodeFontSize(100000), 20);
}

TEST(RendererTest, DenseDiagramsDrawTranslucentEdgesWithStraightLines) {
  KnowledgeGraph graph;
  for (int i = 0; i < 130; ++i) {
    graph.AddTriple(MakeTriple("Hub", "meet", "Actor " + std::to_string(i)));
  }
  RenderOptions options;
  options.layout = "neato";
  const std::string svg = Render(graph, options);
  EXPECT_NE(svg.find("stroke=\"#8a8a8a\" stroke-opacity=\"0.627451\""), std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing
