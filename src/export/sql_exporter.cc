// PostgreSQL: one script for `psql -f` that (re)creates the tables actors, relations and
// evidence and fills them with COPY ... FROM stdin, all in one transaction: loading either
// completes or leaves the database as it was. Tables are dropped and created again, so
// loading a newer export replaces the older one. Column names follow the other exports except
// is_symmetric: SYMMETRIC is a reserved word in PostgreSQL.
#include <algorithm>
#include <ostream>
#include <string>
#include <vector>

#include "actorgraph/export/export_selection.h"
#include "actorgraph/export/sql_escape.h"
#include "actorgraph/graph/knowledge_graph.h"
#include "export/formats.h"

namespace actorgraph {
namespace {

constexpr std::string_view kNull = "\\N";

constexpr std::string_view kSchema =
    "CREATE TABLE actors (\n"
    "  id          text PRIMARY KEY,\n"
    "  name        text NOT NULL,\n"
    "  type        text NOT NULL,\n"
    "  code        text,\n"
    "  affiliation text,\n"
    "  aliases     text[] NOT NULL,\n"
    "  mentions    bigint NOT NULL\n"
    ");\n"
    "CREATE TABLE relations (\n"
    "  id          integer PRIMARY KEY,\n"
    "  source_id   text NOT NULL REFERENCES actors (id),\n"
    "  target_id   text NOT NULL REFERENCES actors (id),\n"
    "  relation    text NOT NULL,\n"
    "  type_name   text NOT NULL,\n"
    "  lemma       text,\n"
    "  category    text,\n"
    "  cameo_root  integer,\n"
    "  is_symmetric boolean NOT NULL,\n"
    "  negated     boolean NOT NULL,\n"
    "  modality    text,\n"
    "  weight      bigint NOT NULL,\n"
    "  documents   text[] NOT NULL,\n"
    "  first_date  date,\n"
    "  last_date   date,\n"
    "  confidence  double precision NOT NULL,\n"
    "  extractors  text[] NOT NULL,\n"
    "  UNIQUE (source_id, target_id, relation, negated)\n"
    ");\n"
    "CREATE TABLE evidence (\n"
    "  relation_id    integer NOT NULL REFERENCES relations (id),\n"
    "  ordinal        integer NOT NULL,\n"
    "  doc            text NOT NULL,\n"
    "  date           text,\n"
    "  sentence_index integer,\n"
    "  sentence       text NOT NULL,\n"
    "  subject_begin  bigint,\n"
    "  subject_end    bigint,\n"
    "  relation_begin bigint,\n"
    "  relation_end   bigint,\n"
    "  object_begin   bigint,\n"
    "  object_end     bigint,\n"
    "  PRIMARY KEY (relation_id, ordinal)\n"
    ");\n";

// Created after the data is in: building an index once is faster than keeping it up to date.
constexpr std::string_view kIndexes =
    "CREATE INDEX relations_source_idx ON relations (source_id);\n"
    "CREATE INDEX relations_target_idx ON relations (target_id);\n"
    "CREATE INDEX relations_lemma_idx ON relations (lemma);\n"
    "CREATE INDEX evidence_doc_idx ON evidence (doc);\n"
    "CREATE INDEX actors_name_idx ON actors (name);\n";

// A text column: NULL when empty.
std::string Optional(std::string_view value) {
  return value.empty() ? std::string(kNull) : CopyTextField(value);
}

void WriteActor(std::string& out, const ActorNode& node) {
  const Actor& actor = node.actor;
  out += CopyTextField(actor.id) + '\t';
  out += CopyTextField(actor.name) + '\t';
  out += std::string(ActorTypeName(actor.type)) + '\t';
  out += Optional(actor.code) + '\t';
  out += Optional(actor.affiliation) + '\t';
  out += CopyArrayField(actor.aliases) + '\t';
  out += std::to_string(node.mentions) + '\n';
}

void WriteRelation(std::string& out, const Graph& g, Edge e, size_t id) {
  const EdgeData& data = g[e];
  const Relation& relation = data.relation;
  const std::string first_date = FullIsoDate(data.first_date);
  const std::string last_date = FullIsoDate(data.last_date);
  out += std::to_string(id) + '\t';
  out += CopyTextField(g[boost::source(e, g)].actor.id) + '\t';
  out += CopyTextField(g[boost::target(e, g)].actor.id) + '\t';
  out += CopyTextField(relation.text) + '\t';
  out += RelationTypeName(relation) + '\t';
  out += Optional(relation.lemma) + '\t';
  out += Optional(CategoryName(relation.category)) + '\t';
  out += (relation.cameo_root ? std::to_string(relation.cameo_root) : std::string(kNull)) + '\t';
  out += relation.symmetric ? "t\t" : "f\t";
  out += relation.negated ? "t\t" : "f\t";
  out += Optional(relation.modality) + '\t';
  out += std::to_string(data.weight) + '\t';
  out += CopyArrayField(data.documents) + '\t';
  out += Optional(first_date) + '\t';
  out += Optional(last_date) + '\t';
  out += FormatDouble(data.confidence) + '\t';
  out += CopyArrayField(data.extractors) + '\n';
}

// A span's two columns: NULL when unknown (both ends 0).
std::string SpanFields(const Span& span) {
  if (span.begin == 0 && span.end == 0) return std::string(kNull) + '\t' + std::string(kNull);
  return std::to_string(span.begin) + '\t' + std::to_string(span.end);
}

void WriteEvidence(std::string& out, const Evidence& evidence, size_t relation_id,
                   size_t ordinal) {
  out += std::to_string(relation_id) + '\t' + std::to_string(ordinal) + '\t';
  out += CopyTextField(evidence.doc) + '\t';
  out += Optional(evidence.date) + '\t';
  out += (evidence.sentence_index < 0 ? std::string(kNull)
                                      : std::to_string(evidence.sentence_index)) + '\t';
  out += CopyTextField(evidence.sentence) + '\t';
  out += SpanFields(evidence.subject) + '\t';
  out += SpanFields(evidence.relation) + '\t';
  out += SpanFields(evidence.object) + '\n';
}

void WriteHeader(std::string& out, const ExportOptions& options) {
  out +=
      "-- actorgraph export --to sql: a PostgreSQL script for psql, in one transaction.\n"
      "--   createdb news && psql -X -q -d news -f graph.sql\n"
      "\\set ON_ERROR_STOP on\n"
      "SET client_encoding = 'UTF8';\n"
      "SET standard_conforming_strings = on;\n"
      "SET client_min_messages = warning;\n"
      "BEGIN;\n";
  if (!options.sql_schema.empty()) {
    const std::string schema = SqlIdentifier(options.sql_schema);
    out += "CREATE SCHEMA IF NOT EXISTS " + schema + ";\n";
    out += "SET LOCAL search_path TO " + schema + ";\n";
  }
  // Without CASCADE: a view someone built on these tables stops the load with an error
  // rather than disappearing.
  out += "DROP TABLE IF EXISTS evidence, relations, actors;\n";
  out += kSchema;
}

class SqlExporter : public Exporter {
 public:
  explicit SqlExporter(const ExportOptions& options) : options_(options) {}
  std::string_view name() const override { return "sql"; }
  std::string_view extension() const override { return "sql"; }
  Status Write(const KnowledgeGraph& graph, std::ostream& out) const override;

 private:
  ExportOptions options_;
};

Status SqlExporter::Write(const KnowledgeGraph& graph, std::ostream& out) const {
  const Graph& g = graph.graph();
  const ExportSelection selection = SelectForExport(graph, options_);
  std::string buffer;
  constexpr size_t kChunk = 1 << 16;
  const auto maybe_flush = [&](bool force) {
    if (!force && buffer.size() < kChunk) return;
    out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.clear();
  };
  WriteHeader(buffer, options_);
  buffer += "COPY actors (id, name, type, code, affiliation, aliases, mentions) FROM stdin;\n";
  for (Vertex v : selection.actors) {
    WriteActor(buffer, g[v]);
    maybe_flush(false);
  }
  buffer +=
      "\\.\n"
      "COPY relations (id, source_id, target_id, relation, type_name, lemma, category, "
      "cameo_root, is_symmetric, negated, modality, weight, documents, first_date, last_date, "
      "confidence, extractors) FROM stdin;\n";
  for (size_t i = 0; i < selection.edges.size(); ++i) {
    WriteRelation(buffer, g, selection.edges[i], i + 1);
    maybe_flush(false);
  }
  buffer +=
      "\\.\n"
      "COPY evidence (relation_id, ordinal, doc, date, sentence_index, sentence, "
      "subject_begin, subject_end, relation_begin, relation_end, object_begin, object_end) "
      "FROM stdin;\n";
  for (size_t i = 0; i < selection.edges.size(); ++i) {
    const std::vector<Evidence>& evidence = g[selection.edges[i]].evidence;
    const size_t count = std::min(options_.max_evidence, evidence.size());
    for (size_t j = 0; j < count; ++j) {
      WriteEvidence(buffer, evidence[j], i + 1, j + 1);
      maybe_flush(false);
    }
  }
  buffer += "\\.\n";
  buffer += kIndexes;
  buffer += "COMMIT;\n";
  maybe_flush(true);
  out.flush();
  if (!out.good()) return Status::IOError("writing the SQL output failed");
  return Status::OK();
}

}  // namespace

std::unique_ptr<Exporter> MakeSqlExporter(const ExportOptions& options) {
  return std::make_unique<SqlExporter>(options);
}

}  // namespace actorgraph
