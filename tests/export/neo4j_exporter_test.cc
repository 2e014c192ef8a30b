// The Neo4j exporter. Neo4j is not packaged for Debian, so the files are read the way
// neo4j-admin database import reads them (tests/export/check_neo4j_csv.py: Python's csv
// module with neo4j-admin's defaults, typed values, id references) and import.cypher is
// checked on its text.
#include <memory>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/export/directory_export.h"
#include "actorgraph/export/exporter.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

// Exports `graph` as neo4j into `dir`/neo4j and returns that directory.
std::string ExportNeo4j(const TempDir& dir, const KnowledgeGraph& graph,
                        const ExportOptions& options = {}) {
  auto exporter = MakeExporter("neo4j", options);
  EXPECT_TRUE(exporter.ok());
  const std::string out = dir.File("neo4j");
  Status status = WriteExportDirectory(**exporter, graph, out);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out;
}

CliResult Check(const std::string& dir) {
  return RunShell("/usr/bin/python3 " + Quote(ExportTestFile("check_neo4j_csv.py")) + " " +
                  Quote(dir));
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool HasLine(const std::string& text, const std::string& line) {
  for (const std::string& l : Lines(text)) {
    if (l == line) return true;
  }
  return false;
}

TEST(Neo4jExporterTest, WritesActorsRelationsAndImportCypher) {
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  EXPECT_TRUE(FileExists(out + "/actors.csv"));
  EXPECT_TRUE(FileExists(out + "/relations.csv"));
  EXPECT_TRUE(FileExists(out + "/import.cypher"));
}

TEST(Neo4jExporterTest, HeadersAreNeo4jAdminImportHeaders) {
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  EXPECT_EQ(Lines(ReadFile(out + "/actors.csv"))[0],
            "id:ID,:LABEL,name,type,code,affiliation,aliases:string[],mentions:long");
  EXPECT_EQ(Lines(ReadFile(out + "/relations.csv"))[0],
            ":START_ID,:END_ID,:TYPE,relation,lemma,category,cameo_root:int,symmetric:boolean,"
            "negated:boolean,modality,weight:long,documents:string[],document_count:long,"
            "first_date:date,last_date:date,confidence:double,extractors:string[],"
            "evidence:string[]");
}

TEST(Neo4jExporterTest, OneRecordPerLineWithoutMultilineFields) {
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  // 7 actors and 7 relations, each on one line although a name holds a newline.
  EXPECT_EQ(Lines(ReadFile(out + "/actors.csv")).size(), 8u);
  EXPECT_EQ(Lines(ReadFile(out + "/relations.csv")).size(), 8u);
}

TEST(Neo4jExporterTest, Neo4jAdminReadsTypedValuesAndValidReferences) {
  TempDir dir;
  CliResult check = Check(ExportNeo4j(dir, ExportGraph()));
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(Lines(check.out).size(), 14u) << check.out;
  // Quotes, '&', '<' kept; the label pair; mentions an integer.
  EXPECT_TRUE(HasLine(check.out,
                      "node {\":LABEL\": [\"Actor\", \"Organization\"], \"id:ID\": "
                      "\"halvorsen_partners_ltd\", \"mentions\": 2, \"name\": "
                      "\"Halvorsen & \\\"Partners\\\" <Ltd>\", \"type\": \"organization\"}"))
      << check.out;
  // The newline in the name became a space; backslashes stay as they are.
  EXPECT_NE(check.out.find("\"name\": \"Path\\\\Finder \\\\N\\\\l Inc.\""), std::string::npos)
      << check.out;
  // A negated relation: its own type, negated true, dates typed, documents an array.
  EXPECT_TRUE(HasLine(check.out,
                      "rel {\":END_ID\": \"valmoria\", \":START_ID\": \"kessaria\", \":TYPE\": "
                      "\"NOT_ATTACK\", \"cameo_root\": 0, \"confidence\": 1.0, "
                      "\"document_count\": 1, \"documents\": [\"d2\"], \"evidence\": "
                      "[\"Kessaria did not attack Valmoria, its minister insisted.\"], "
                      "\"extractors\": [\"test\"], \"first_date\": \"2026-03-04\", "
                      "\"last_date\": \"2026-03-04\", \"lemma\": \"attack\", \"negated\": true, "
                      "\"relation\": \"attack\", \"symmetric\": false, \"weight\": 1}"))
      << check.out;
}

TEST(Neo4jExporterTest, SemicolonsInsideArrayElementsDoNotSplitThem) {
  KnowledgeGraph graph;
  Triple triple = MakeTriple("Bosnia, Herzegovina", "sign", "Serbia", "doc;1",
                             "They signed; then they left.", "2026-03");
  triple.subject.aliases = {"BiH; Bosnia"};
  graph.AddTriple(triple);
  TempDir dir;
  CliResult check = Check(ExportNeo4j(dir, graph));
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_TRUE(HasLine(check.out,
                      "node {\":LABEL\": [\"Actor\", \"Other\"], \"aliases\": "
                      "[\"BiH\uff1b Bosnia\"], \"id:ID\": \"bosnia_herzegovina\", \"mentions\": 1, "
                      "\"name\": \"Bosnia, Herzegovina\", \"type\": \"other\"}"))
      << check.out;
  // A year-month date is typed as the first of the month.
  EXPECT_NE(check.out.find("\"documents\": [\"doc\uff1b1\"], \"evidence\": "
                           "[\"They signed\uff1b then they left.\"], \"extractors\": "
                           "[\"test\"], \"first_date\": \"2026-03-01\""),
            std::string::npos)
      << check.out;
}

TEST(Neo4jExporterTest, CheckerRejectsADanglingRelationshipEnd) {
  // The checker can fail: a relationship to an id that no actor has.
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  std::string relations = ReadFile(out + "/relations.csv");
  relations += "kessaria,atlantis,VISIT,visit,,,0,false,false,,1,,0,,,1,,\n";
  WriteFile(out + "/relations.csv", relations);
  CliResult check = Check(out);
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_EQ(check.err, "relations.csv: :END_ID 'atlantis' is not an actor id\n");
}

TEST(Neo4jExporterTest, CheckerRejectsAFieldSpanningLines) {
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  WriteFile(out + "/actors.csv",
            "id:ID,:LABEL,name,type,code,affiliation,aliases:string[],mentions:long\n"
            "a,Actor;Other,\"two\nlines\",other,,,,1\n");
  CliResult check = Check(out);
  EXPECT_EQ(check.exit_code, 1);
  EXPECT_NE(check.err.find("actors.csv: "), std::string::npos) << check.err;
}

TEST(Neo4jExporterTest, ImportCypherMergesEveryRelationshipType) {
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  const std::string cypher = ReadFile(out + "/import.cypher");
  std::set<std::string> types;
  const std::vector<std::string> rows = Lines(ReadFile(out + "/relations.csv"));
  for (size_t i = 1; i < rows.size(); ++i) {
    std::smatch match;
    ASSERT_TRUE(std::regex_search(rows[i], match, std::regex("^[^,]*,[^,]*,([A-Z0-9_]+),")))
        << rows[i];
    types.insert(match[1]);
  }
  EXPECT_EQ(types, (std::set<std::string>{"ACCUSE", "FUND", "HOLD_TALKS_WITH", "NOT_ATTACK",
                                          "PURGE", "SIGN_CONTRACT_WITH", "VISIT"}));
  for (const std::string& type : types) {
    EXPECT_NE(cypher.find("WITH row WHERE row.`:TYPE` = '" + type + "'\n"), std::string::npos)
        << type;
    EXPECT_NE(cypher.find("  MERGE (s)-[r:`" + type + "` {relation: row.relation, negated: "
                          "toBoolean(row.`negated:boolean`)}]->(t)\n"),
              std::string::npos)
        << type;
  }
  // The uniqueness constraint comes before the first MERGE, and every statement ends in ';'.
  const size_t constraint = cypher.find(
      "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n");
  ASSERT_NE(constraint, std::string::npos);
  EXPECT_LT(constraint, cypher.find("  MERGE"));
  // Every LOAD CSV commits in batches.
  const std::regex load("\nLOAD CSV WITH HEADERS");
  const std::regex batched("\\} IN TRANSACTIONS OF 10000 ROWS;\n");
  EXPECT_EQ(std::distance(std::sregex_iterator(cypher.begin(), cypher.end(), load),
                          std::sregex_iterator()),
            1 + 7);
  EXPECT_EQ(std::distance(std::sregex_iterator(cypher.begin(), cypher.end(), batched),
                          std::sregex_iterator()),
            1 + 7);
  EXPECT_NE(cypher.find("MATCH (a:Actor {type: 'country'}) SET a:Country;\n"),
            std::string::npos);
  EXPECT_NE(cypher.find("      a.aliases = split(CASE row.`aliases:string[]` WHEN '' THEN null "
                        "ELSE row.`aliases:string[]` END, ';'),\n"),
            std::string::npos)
      << cypher;
}

TEST(Neo4jExporterTest, ImportCypherNamesOnlyColumnsTheCsvHas) {
  TempDir dir;
  const std::string out = ExportNeo4j(dir, ExportGraph());
  std::set<std::string> columns;
  for (const std::string file : {"actors.csv", "relations.csv"}) {
    std::istringstream header(Lines(ReadFile(out + "/" + file))[0]);
    for (std::string column; std::getline(header, column, ',');) columns.insert(column);
  }
  const std::string cypher = ReadFile(out + "/import.cypher");
  const std::regex reference("row\\.`([^`]*)`|row\\.([a-z_]+)");
  size_t count = 0;
  for (auto it = std::sregex_iterator(cypher.begin(), cypher.end(), reference);
       it != std::sregex_iterator(); ++it, ++count) {
    const std::string column = (*it)[1].matched ? (*it)[1].str() : (*it)[2].str();
    EXPECT_TRUE(columns.count(column)) << column;
  }
  EXPECT_GT(count, 20u);
}

TEST(Neo4jExporterTest, MaxEvidenceLimitsTheEvidenceArray) {
  TempDir dir;
  ExportOptions options;
  options.max_evidence = 0;
  CliResult check = Check(ExportNeo4j(dir, ExportGraph(), options));
  ASSERT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.out.find("\"evidence\""), std::string::npos) << check.out;
}

// Hands out streams that fail.
class FailingSink : public ExportSink {
 public:
  Result<std::ostream*> OpenFile(std::string_view) override {
    streams_.emplace_back(std::make_unique<std::ostringstream>());
    streams_.back()->setstate(std::ios::badbit);
    return streams_.back().get();
  }
  std::vector<std::unique_ptr<std::ostringstream>> streams_;
};

TEST(Neo4jExporterTest, FailingStreamIsAnIOErrorNamingTheFile) {
  auto exporter = MakeExporter("neo4j", {});
  ASSERT_TRUE(exporter.ok());
  FailingSink sink;
  Status status = (*exporter)->WriteFiles(ExportGraph(), sink);
  EXPECT_EQ(status.code(), Status::Code::kIOError);
  EXPECT_EQ(status.message(), "writing actors.csv failed");
}

TEST(Neo4jExporterTest, WriteToAStreamIsRefused) {
  auto exporter = MakeExporter("neo4j", {});
  ASSERT_TRUE(exporter.ok());
  std::ostringstream out;
  Status status = (*exporter)->Write(ExportGraph(), out);
  EXPECT_EQ(status.message(),
            "the neo4j export is a directory (actors.csv, relations.csv, import.cypher): give "
            "-o DIR");
}

}  // namespace
}  // namespace actorgraph::testing
