// Neo4j: a directory of actors.csv and relations.csv in the header format of
// `neo4j-admin database import full`, and import.cypher, which loads the same two files into
// a running database with LOAD CSV and MERGE (so running it twice changes nothing).
//
// The relationship type is RelationTypeName, the same as the GraphML export's label, so a
// graph loaded either way answers the same Cypher: MATCH (a)-[:SANCTION]->(b). A negated
// relation has its own type (NOT_ATTACK) so that MATCH (a)-[:ATTACK]->(b) never finds an
// attack that was denied; the lemma and text stay properties for coarser questions.
#include <algorithm>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/export/csv_escape.h"
#include "actorgraph/export/export_selection.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

constexpr std::string_view kActorsHeader =
    "id:ID,:LABEL,name,type,code,affiliation,aliases:string[],mentions:long\n";
constexpr std::string_view kRelationsHeader =
    ":START_ID,:END_ID,:TYPE,relation,lemma,category,cameo_root:int,symmetric:boolean,"
    "negated:boolean,modality,weight:long,documents:string[],document_count:long,"
    "first_date:date,last_date:date,confidence:double,extractors:string[],evidence:string[]\n";

constexpr ActorType kActorTypes[] = {ActorType::kCountry, ActorType::kOrganization,
                                     ActorType::kPerson, ActorType::kGroup, ActorType::kOther};

Status CheckStream(std::ostream& out, std::string_view file) {
  out.flush();
  if (!out.good()) return Status::IOError("writing " + std::string(file) + " failed");
  return Status::OK();
}

void WriteActor(std::string& out, const ActorNode& node) {
  const Actor& actor = node.actor;
  out += CsvField(actor.id);
  out += ",Actor;" + ActorLabel(actor.type) + ",";
  out += CsvField(actor.name) + ",";
  out += std::string(ActorTypeName(actor.type)) + ",";
  out += CsvField(actor.code) + ",";
  out += CsvField(actor.affiliation) + ",";
  out += CsvArrayField(actor.aliases) + ",";
  out += std::to_string(node.mentions) + "\n";
}

void WriteRelation(std::string& out, const Graph& g, Edge e, const ExportOptions& options) {
  const EdgeData& data = g[e];
  const Relation& relation = data.relation;
  std::vector<std::string> sentences;
  const size_t count = std::min(options.max_evidence, data.evidence.size());
  for (size_t i = 0; i < count; ++i) sentences.push_back(data.evidence[i].sentence);
  out += CsvField(g[boost::source(e, g)].actor.id) + ",";
  out += CsvField(g[boost::target(e, g)].actor.id) + ",";
  out += RelationTypeName(relation) + ",";
  out += CsvField(relation.text) + ",";
  out += CsvField(relation.lemma) + ",";
  out += std::string(CategoryName(relation.category)) + ",";
  out += std::to_string(relation.cameo_root) + ",";
  out += relation.symmetric ? "true," : "false,";
  out += relation.negated ? "true," : "false,";
  out += CsvField(relation.modality) + ",";
  out += std::to_string(data.weight) + ",";
  out += CsvArrayField(data.documents) + ",";
  out += std::to_string(data.documents.size()) + ",";
  out += FullIsoDate(data.first_date) + ",";
  out += FullIsoDate(data.last_date) + ",";
  out += FormatDouble(data.confidence) + ",";
  out += CsvArrayField(data.extractors) + ",";
  out += CsvArrayField(sentences) + "\n";
}

// The LOAD CSV value of a column (header name), null when the field is empty (LOAD CSV
// gives "" or null for an empty field depending on the Neo4j version).
std::string Column(std::string_view header) {
  const std::string field = "row.`" + std::string(header) + "`";
  return "CASE " + field + " WHEN '' THEN null ELSE " + field + " END";
}

std::string ArrayColumn(std::string_view header) {
  return "split(" + Column(header) + ", ';')";
}

void WriteCypher(std::string& out, const std::set<std::string>& types) {
  out +=
      "// Loads actors.csv and relations.csv (actorgraph export --to neo4j) into a running\n"
      "// Neo4j 4.4 or 5 with LOAD CSV: copy both files into the database's import directory,\n"
      "// then run  cypher-shell -u neo4j -p PASSWORD -f import.cypher\n"
      "// MERGE makes it safe to run again; relations are loaded one type per statement\n"
      "// because Cypher cannot take a relationship type from a column. Each statement\n"
      "// commits every 10000 rows (CALL IN TRANSACTIONS: cypher-shell's auto-commit mode;\n"
      "// prefix each statement with :auto in Neo4j Browser).\n"
      "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;\n"
      "\n"
      "LOAD CSV WITH HEADERS FROM 'file:///actors.csv' AS row\n"
      "CALL {\n"
      "  WITH row\n"
      "  MERGE (a:Actor {id: row.`id:ID`})\n"
      "  SET a.name = " + Column("name") + ",\n"
      "      a.type = " + Column("type") + ",\n"
      "      a.code = " + Column("code") + ",\n"
      "      a.affiliation = " + Column("affiliation") + ",\n"
      "      a.aliases = " + ArrayColumn("aliases:string[]") + ",\n"
      "      a.mentions = toInteger(row.`mentions:long`)\n"
      "} IN TRANSACTIONS OF 10000 ROWS;\n";
  for (ActorType type : kActorTypes) {
    out += "MATCH (a:Actor {type: '" + std::string(ActorTypeName(type)) + "'}) SET a:" +
           ActorLabel(type) + ";\n";
  }
  for (const std::string& type : types) {
    out +=
        "\n"
        "LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row\n"
        "WITH row WHERE row.`:TYPE` = '" + type + "'\n"
        "CALL {\n"
        "  WITH row\n"
        "  MATCH (s:Actor {id: row.`:START_ID`}), (t:Actor {id: row.`:END_ID`})\n"
        "  MERGE (s)-[r:`" + type + "` {relation: row.relation, "
        "negated: toBoolean(row.`negated:boolean`)}]->(t)\n"
        "  SET r.lemma = " + Column("lemma") + ",\n"
        "      r.category = " + Column("category") + ",\n"
        "      r.cameo_root = toInteger(row.`cameo_root:int`),\n"
        "      r.symmetric = toBoolean(row.`symmetric:boolean`),\n"
        "      r.modality = " + Column("modality") + ",\n"
        "      r.weight = toInteger(row.`weight:long`),\n"
        "      r.documents = " + ArrayColumn("documents:string[]") + ",\n"
        "      r.document_count = toInteger(row.`document_count:long`),\n"
        "      r.first_date = date(" + Column("first_date:date") + "),\n"
        "      r.last_date = date(" + Column("last_date:date") + "),\n"
        "      r.confidence = toFloat(row.`confidence:double`),\n"
        "      r.extractors = " + ArrayColumn("extractors:string[]") + ",\n"
        "      r.evidence = " + ArrayColumn("evidence:string[]") + "\n"
        "} IN TRANSACTIONS OF 10000 ROWS;\n";
  }
}

class Neo4jExporter : public Exporter {
 public:
  explicit Neo4jExporter(const ExportOptions& options) : options_(options) {}
  std::string_view name() const override { return "neo4j"; }
  std::string_view extension() const override { return "csv"; }
  bool writes_directory() const override { return true; }
  Status Write(const KnowledgeGraph&, std::ostream&) const override {
    return Status::InvalidArgument(
        "the neo4j export is a directory (actors.csv, relations.csv, import.cypher): give "
        "-o DIR");
  }
  Status WriteFiles(const KnowledgeGraph& graph, ExportSink& sink) const override;

 private:
  ExportOptions options_;
};

Status Neo4jExporter::WriteFiles(const KnowledgeGraph& graph, ExportSink& sink) const {
  const Graph& g = graph.graph();
  const ExportSelection selection = SelectForExport(graph, options_);
  constexpr size_t kChunk = 1 << 16;
  std::string buffer;
  const auto flush = [&](std::ostream& out) {
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };

  auto actors = sink.OpenFile("actors.csv");
  if (!actors.ok()) return actors.status();
  buffer += kActorsHeader;
  for (Vertex v : selection.actors) {
    WriteActor(buffer, g[v]);
    if (buffer.size() > kChunk) flush(**actors);
  }
  flush(**actors);
  AG_RETURN_IF_ERROR(CheckStream(**actors, "actors.csv"));

  auto relations = sink.OpenFile("relations.csv");
  if (!relations.ok()) return relations.status();
  std::set<std::string> types;
  buffer += kRelationsHeader;
  for (Edge e : selection.edges) {
    WriteRelation(buffer, g, e, options_);
    types.insert(RelationTypeName(g[e].relation));
    if (buffer.size() > kChunk) flush(**relations);
  }
  flush(**relations);
  AG_RETURN_IF_ERROR(CheckStream(**relations, "relations.csv"));

  auto cypher = sink.OpenFile("import.cypher");
  if (!cypher.ok()) return cypher.status();
  WriteCypher(buffer, types);
  flush(**cypher);
  return CheckStream(**cypher, "import.cypher");
}

}  // namespace

std::unique_ptr<Exporter> MakeNeo4jExporter(const ExportOptions& options) {
  return std::make_unique<Neo4jExporter>(options);
}

}  // namespace actorgraph
