#include "query/report_util.h"

namespace actorgraph::report {

std::string RelationLabel(const Relation& relation) {
  std::string label = relation.negated ? "not " + relation.text : relation.text;
  if (!relation.modality.empty()) label += " (" + relation.modality + ")";
  return label;
}

std::string Arrow(const std::string& from, const WalkedEdge& walked, const Graph& graph,
                  const std::string& to) {
  std::string label = RelationLabel(graph[walked.edge].relation);
  std::string arrow;
  switch (walked.direction) {
    case HopDirection::kForward: arrow = "-[" + label + "]->"; break;
    case HopDirection::kBackward: arrow = "<-[" + label + "]-"; break;
    case HopDirection::kSymmetric: arrow = "-[" + label + "]-"; break;
  }
  if (from.empty() && to.empty()) return arrow;
  return from + " " + arrow + " " + to;
}

std::string WeightAndDocuments(const EdgeData& data) {
  size_t docs = data.documents.size();
  return "x" + std::to_string(data.weight) + ", " + std::to_string(docs) +
         (docs == 1 ? " document" : " documents");
}

std::string EvidenceLine(const EdgeData& data) {
  if (data.evidence.empty()) return "";
  const Evidence& evidence = data.evidence.front();
  std::string sentence;
  bool space = false;
  for (char c : evidence.sentence) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !sentence.empty();
      continue;
    }
    if (space) sentence += ' ';
    space = false;
    sentence += c;
  }
  std::string where = evidence.doc;
  if (!evidence.date.empty()) where += ", " + evidence.date;
  if (evidence.sentence_index >= 0) where += ", #" + std::to_string(evidence.sentence_index);
  return "\"" + sentence + "\" (" + where + ")";
}

void String(JsonWriter& writer, const std::string& value) {
  writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void EdgeFields(JsonWriter& writer, const WalkedEdge& walked, const Graph& graph,
                std::string_view direction) {
  const EdgeData& data = graph[walked.edge];
  writer.Key("relation");
  String(writer, data.relation.text);
  writer.Key("negated");
  writer.Bool(data.relation.negated);
  writer.Key("modality");
  String(writer, data.relation.modality);
  writer.Key("direction");
  String(writer, std::string(direction));
  writer.Key("weight");
  writer.Int64(data.weight);
  writer.Key("documents");
  writer.StartArray();
  for (const auto& doc : data.documents) String(writer, doc);
  writer.EndArray();
  writer.Key("evidence");
  writer.StartArray();
  for (const Evidence& evidence : data.evidence) {
    writer.StartObject();
    writer.Key("sentence");
    String(writer, evidence.sentence);
    writer.Key("doc");
    String(writer, evidence.doc);
    writer.Key("date");
    String(writer, evidence.date);
    writer.Key("sentence_index");
    writer.Int(evidence.sentence_index);
    writer.EndObject();
  }
  writer.EndArray();
}

}  // namespace actorgraph::report
