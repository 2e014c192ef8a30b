// The node-link JSON exporter, read back by RapidJSON and by NetworkX's node_link_graph.
#include <string>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

CliResult DescribeNodeLink(const std::string& json) {
  TempDir dir;
  WriteFile(dir.path() / "g.json", json);
  return RunShell("/usr/bin/python3 " + Quote(ExportTestFile("describe_graph.py")) +
                  " networkx-nodelink " + Quote(dir.File("g.json")));
}

TEST(JsonExporterTest, NetworkxLoadsTheNodeLinkGraph) {
  CliResult nx = DescribeNodeLink(Export("json", ExportGraph()));
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  EXPECT_EQ(nx.out.substr(0, nx.out.find('\n')),
            "graph MultiDiGraph directed=True nodes=7 edges=7");
  EXPECT_NE(nx.out.find("\nnode kessaria affiliation='' aliases=['K.S.R.'] code='KSR' "
                        "mentions=5 name='Kessaria' type='country'\n"),
            std::string::npos)
      << nx.out;
  EXPECT_NE(nx.out.find("\nnode path_finder_n_l_inc affiliation='' aliases=[] code='' "
                        "mentions=1 name='Path\\\\Finder \\\\N\\\\l\\nInc.' "
                        "type='organization'\n"),
            std::string::npos)
      << nx.out;
  EXPECT_NE(nx.out.find("\nedge kessaria valmoria e2 cameo_root=0 category='' confidence=1.0 "
                        "documents=['d2'] evidence=[{'doc': 'd2', 'date': '2026-03-04', "
                        "'sentence_index': -1, 'sentence': 'Kessaria did not attack Valmoria, "
                        "its minister insisted.', 'subject': [0, 0], 'relation': [0, 0], "
                        "'object': [0, 0]}] extractors=['test'] first_date='2026-03-04' "
                        "label='not attack' last_date='2026-03-04' lemma='attack' modality='' "
                        "negated=True relation='attack' symmetric=False weight=1\n"),
            std::string::npos)
      << nx.out;
}

TEST(JsonExporterTest, EvidenceKeepsSpansAndConfidence) {
  const std::string json = Export("json", ExportGraph());
  rapidjson::Document document;
  document.Parse(json.c_str(), json.size());
  ASSERT_FALSE(document.HasParseError()) << json;
  const auto& links = document["links"];
  ASSERT_EQ(links.Size(), 7u);
  const auto& contract = links[0];
  EXPECT_STREQ(contract["label"].GetString(), "sign contract with");
  EXPECT_EQ(contract["weight"].GetInt64(), 2);
  const auto& evidence = contract["evidence"][0];
  EXPECT_EQ(evidence["subject"][0].GetUint(), 0u);
  EXPECT_EQ(evidence["subject"][1].GetUint(), 27u);
  EXPECT_EQ(evidence["object"][1].GetUint(), 58u);
  EXPECT_EQ(evidence["sentence_index"].GetInt(), 0);
  EXPECT_DOUBLE_EQ(links[3]["confidence"].GetDouble(), 1.0);
  EXPECT_STREQ(document["graph"]["name"].GetString(), "actorgraph");
  EXPECT_TRUE(document["directed"].GetBool());
  EXPECT_TRUE(document["multigraph"].GetBool());
}

TEST(JsonExporterTest, ControlCharactersAreEscapedAndMalformedBytesReplaced) {
  const std::string json = Export("json", ExportGraph());
  const std::string expected = std::string(R"("sentence": "Path\\Finder\u0001 funded Zo)") +
                               "\xEF\xBF\xBD" + " Marčić.\"";
  EXPECT_NE(json.find(expected), std::string::npos)
      << json;
}

TEST(JsonExporterTest, CompactOutputIsOneLine) {
  ExportOptions options;
  options.pretty = false;
  const std::string json = Export("json", ExportGraph(), options);
  EXPECT_EQ(json.find('\n'), json.size() - 1);
  EXPECT_EQ(json.rfind("{\"directed\":true,\"multigraph\":true,", 0), 0u) << json;
}

TEST(JsonExporterTest, EmptyGraphLoads) {
  CliResult nx = DescribeNodeLink(Export("json", KnowledgeGraph()));
  ASSERT_EQ(nx.exit_code, 0) << nx.err;
  EXPECT_EQ(nx.out, "graph MultiDiGraph directed=True nodes=0 edges=0\n");
}

}  // namespace
}  // namespace actorgraph::testing
