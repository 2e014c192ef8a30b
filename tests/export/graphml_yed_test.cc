// GraphML with --yed: yFiles graphics that yEd draws as it opens the file. yEd itself is not
// installable here; the file is checked against the GraphML XSD extended the way yFiles'
// own schema extends it (<data> may hold elements of other namespaces, <key> may carry
// yfiles.type), with the yFiles elements themselves validated laxly.
#include <regex>
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/export/style.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

std::string ExportYed(const KnowledgeGraph& graph) {
  ExportOptions options;
  options.yed = true;
  return Export("graphml", graph, options);
}

// Runs xmllint --schema `xsd` on `xml`.
CliResult Lint(const std::string& xsd, const std::string& xml) {
  TempDir dir;
  WriteFile(dir.path() / "g.graphml", xml);
  return RunShell("xmllint --noout --schema " + Quote(xsd) + " " + Quote(dir.File("g.graphml")));
}

// The GraphML XSD with the two extension points yFiles' schema redefines, written into
// `dir`.
std::string LaxYfilesXsd(const TempDir& dir) {
  const std::string xsd = dir.File("graphml-yfiles-lax.xsd");
  WriteFile(xsd,
            "<?xml version=\"1.0\"?>\n"
            "<xs:schema targetNamespace=\"http://graphml.graphdrawing.org/xmlns\"\n"
            "    xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
            "    xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"\n"
            "    elementFormDefault=\"qualified\" attributeFormDefault=\"unqualified\">\n"
            "  <xs:redefine schemaLocation=\"" + GraphmlXsdPath() + "\">\n"
            "    <xs:complexType name=\"data-extension.type\" mixed=\"true\">\n"
            "      <xs:complexContent>\n"
            "        <xs:extension base=\"data-extension.type\">\n"
            "          <xs:sequence>\n"
            "            <xs:any namespace=\"##other\" processContents=\"lax\"\n"
            "                minOccurs=\"0\" maxOccurs=\"unbounded\"/>\n"
            "          </xs:sequence>\n"
            "        </xs:extension>\n"
            "      </xs:complexContent>\n"
            "    </xs:complexType>\n"
            "    <xs:attributeGroup name=\"key.extra.attrib\">\n"
            "      <xs:attributeGroup ref=\"key.extra.attrib\"/>\n"
            "      <xs:attribute name=\"yfiles.type\" type=\"xs:NMTOKEN\"/>\n"
            "    </xs:attributeGroup>\n"
            "  </xs:redefine>\n"
            "</xs:schema>\n");
  return xsd;
}

TEST(GraphmlYedTest, ValidatesWhenTheYfilesPartsAreLax) {
  ASSERT_NE(GraphmlXsdPath(), "");
  TempDir dir;
  CliResult lint = Lint(LaxYfilesXsd(dir), ExportYed(ExportGraph()));
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
  EXPECT_NE(lint.err.find("validates"), std::string::npos) << lint.err;
}

TEST(GraphmlYedTest, PlainGraphmlXsdRejectsOnlyTheYfilesExtensions) {
  // What xmllint says with the plain GraphML XSD: the yfiles.type attribute and the
  // y:ShapeNode/y:PolyLineEdge content of <data> are the only complaints.
  ASSERT_NE(GraphmlXsdPath(), "");
  CliResult lint = Lint(GraphmlXsdPath(), ExportYed(ExportGraph()));
  EXPECT_NE(lint.exit_code, 0);
  const std::regex allowed(
      ".*(The attribute 'yfiles.type' is not allowed|Element '\\{http://www.yworks.com/xml/"
      "graphml\\}(ShapeNode|PolyLineEdge)': This element is not expected).*|.*fails to "
      "validate");
  std::istringstream err(lint.err);
  int complaints = 0;
  for (std::string line; std::getline(err, line); ++complaints) {
    EXPECT_TRUE(std::regex_match(line, allowed)) << line;
  }
  EXPECT_EQ(complaints, 2 + 7 + 7 + 1);  // two keys, 7 nodes, 7 edges, the summary line
}

TEST(GraphmlYedTest, WithoutTheFlagNothingChanges) {
  const std::string plain = Export("graphml", ExportGraph());
  EXPECT_EQ(plain.find("yworks"), std::string::npos);
  EXPECT_EQ(plain.find("yfiles"), std::string::npos);
}

TEST(GraphmlYedTest, DeclaresTheYfilesNamespaceAndGraphicsKeys) {
  const std::string yed = ExportYed(ExportGraph());
  EXPECT_NE(yed.find("    xmlns:y=\"http://www.yworks.com/xml/graphml\"\n"), std::string::npos);
  EXPECT_NE(yed.find("  <key id=\"yed_node\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"),
            std::string::npos);
  EXPECT_NE(yed.find("  <key id=\"yed_edge\" for=\"edge\" yfiles.type=\"edgegraphics\"/>\n"),
            std::string::npos);
}

TEST(GraphmlYedTest, NodesShowTheirNameInTheColourAndShapeOfTheirType) {
  const std::string yed = ExportYed(ExportGraph());
  const ActorStyle& country = StyleForActor(ActorType::kCountry);
  // Kessaria is the second actor by id: second cell of the first grid row.
  EXPECT_NE(yed.find("      <data key=\"yed_node\">\n"
                     "        <y:ShapeNode>\n"
                     "          <y:Geometry x=\"200\" y=\"0\" width=\"84\" height=\"40\"/>\n"
                     "          <y:Fill color=\"" + std::string(country.fill) +
                     "\" transparent=\"false\"/>\n"
                     "          <y:BorderStyle color=\"" + std::string(country.border) +
                     "\" type=\"line\" width=\"1.0\"/>\n"
                     "          <y:NodeLabel>Kessaria</y:NodeLabel>\n"
                     "          <y:Shape type=\"rectangle\"/>\n"
                     "        </y:ShapeNode>\n"
                     "      </data>\n"),
            std::string::npos)
      << yed;
  EXPECT_NE(yed.find("<y:NodeLabel>Halvorsen &amp; \"Partners\" &lt;Ltd&gt;</y:NodeLabel>"),
            std::string::npos);
  EXPECT_NE(yed.find("<y:Fill color=\"" + std::string(StyleForActor(ActorType::kPerson).fill) +
                     "\""),
            std::string::npos);
}

TEST(GraphmlYedTest, EdgesShowTheRelationStyledByCategoryNegationAndSymmetry) {
  KnowledgeGraph graph;
  Triple attack = MakeTriple("Arvel", "not attack", "Brisk");
  attack.relation.category = Category::kMaterialConflict;
  graph.AddTriple(attack);
  Triple talks = MakeTriple("Arvel", "~talk with", "Corran");
  talks.relation.category = Category::kVerbalCooperation;
  graph.AddTriple(talks);
  graph.AddTriple(talks);
  const std::string yed = ExportYed(graph);
  EXPECT_NE(yed.find("        <y:PolyLineEdge>\n"
                     "          <y:LineStyle color=\"" +
                     std::string(StyleForCategory(Category::kMaterialConflict).line) +
                     "\" type=\"dashed\" width=\"1\"/>\n"
                     "          <y:Arrows source=\"none\" target=\"standard\"/>\n"
                     "          <y:EdgeLabel>not attack</y:EdgeLabel>\n"
                     "        </y:PolyLineEdge>\n"),
            std::string::npos)
      << yed;
  EXPECT_NE(yed.find("          <y:LineStyle color=\"" +
                     std::string(StyleForCategory(Category::kVerbalCooperation).line) +
                     "\" type=\"line\" width=\"2\"/>\n"
                     "          <y:Arrows source=\"none\" target=\"none\"/>\n"
                     "          <y:EdgeLabel>talk with x2</y:EdgeLabel>\n"),
            std::string::npos)
      << yed;
}

TEST(GraphmlYedTest, GraphicsComeAfterTheApocLabel) {
  // APOC reads the relationship type only from an edge's first <data>.
  const std::string yed = ExportYed(ExportGraph());
  const std::regex edge_start("<edge [^>]*>\n      <data key=\"label\">");
  EXPECT_EQ(std::distance(std::sregex_iterator(yed.begin(), yed.end(), edge_start),
                          std::sregex_iterator()),
            7);
}

}  // namespace
}  // namespace actorgraph::testing
