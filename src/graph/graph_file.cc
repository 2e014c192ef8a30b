#include "actorgraph/graph/graph_file.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <ostream>
#include <string>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/output_file.h"
#include "graph/json_fields.h"

namespace actorgraph {
namespace {

constexpr const char* kFormat = "actorgraph-graph";
constexpr int kVersion = 1;

using json::FieldError;
using json::Value;

std::string Indexed(std::string_view name, size_t i) {
  return std::string(name) + "[" + std::to_string(i) + "]";
}

void WriteActorLine(const ActorNode& node, std::string* out) {
  rapidjson::StringBuffer buffer;
  json::Writer w(buffer);
  w.StartObject();
  json::WriteActorFields(w, node.actor, /*all_fields=*/true);
  w.Key("mentions");
  w.Int64(node.mentions);
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
}

void WriteStrings(json::Writer& w, const char* key, const std::vector<std::string>& values) {
  w.Key(key);
  w.StartArray();
  for (const std::string& value : values) json::WriteString(w, value);
  w.EndArray();
}

void WriteEdgeLine(const std::string& source, const std::string& target, const EdgeData& data,
                   std::string* out) {
  rapidjson::StringBuffer buffer;
  json::Writer w(buffer);
  w.StartObject();
  w.Key("source");
  json::WriteString(w, source);
  w.Key("target");
  json::WriteString(w, target);
  w.Key("relation");
  w.StartObject();
  json::WriteRelationFields(w, data.relation);
  w.EndObject();
  w.Key("weight");
  w.Int64(data.weight);
  w.Key("confidence");
  w.Double(data.confidence);
  w.Key("first_date");
  json::WriteString(w, data.first_date);
  w.Key("last_date");
  json::WriteString(w, data.last_date);
  WriteStrings(w, "documents", data.documents);
  WriteStrings(w, "extractors", data.extractors);
  w.Key("evidence");
  w.StartArray();
  for (const Evidence& evidence : data.evidence) {
    w.StartObject();
    json::WriteEvidenceFields(w, evidence);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
}

const Value* Member(const Value& object, const char* name) {
  auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

// Reads one element of "actors"; "" or the error.
std::string ReadActorEntry(const Value& value, const std::string& path, KnowledgeGraph* graph) {
  Actor actor;
  if (!value.IsObject()) return FieldError(path, "an object", value);
  if (std::string e = json::ReadActor(value, path, &actor); !e.empty()) return e;
  if (const Value* id = Member(value, "id"); id == nullptr || actor.id.empty()) {
    return id == nullptr ? json::MissingField(path + ".id", "a string")
                         : FieldError(path + ".id", "a non-empty string", *id);
  }
  std::string error;
  int64_t mentions = 0;
  if (!json::GetInt(value, path, "mentions", 0, INT64_MAX, false, &mentions, &error)) {
    return error;
  }
  graph->AddActor(actor, mentions);
  return {};
}

std::string ReadEndpoint(const Value& edge, const std::string& path, const char* name,
                         const KnowledgeGraph& graph, Vertex* vertex) {
  std::string id;
  std::string error;
  if (!json::GetString(edge, path, name, true, &id, &error)) return error;
  auto found = graph.FindActorById(id);
  if (!found) {
    return FieldError(json::Join(path, name), "the id of an actor listed in \"actors\"",
                      edge[name]);
  }
  *vertex = *found;
  return {};
}

std::string ReadDate(const Value& edge, const std::string& path, const char* name,
                     std::string* date) {
  std::string text;
  std::string error;
  if (!json::GetString(edge, path, name, false, &text, &error)) return error;
  if (!json::ParseDate(text, date)) {
    return FieldError(json::Join(path, name), "an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)",
                      edge[name]);
  }
  return {};
}

// Reads one element of "edges"; "" or the error.
std::string ReadEdgeEntry(const Value& value, const std::string& path, KnowledgeGraph* graph) {
  if (!value.IsObject()) return FieldError(path, "an object", value);
  Vertex source = 0;
  Vertex target = 0;
  if (std::string e = ReadEndpoint(value, path, "source", *graph, &source); !e.empty()) return e;
  if (std::string e = ReadEndpoint(value, path, "target", *graph, &target); !e.empty()) return e;
  EdgeData data;
  const Value* relation = Member(value, "relation");
  if (relation == nullptr) return json::MissingField(path + ".relation", "an object");
  if (std::string e = json::ReadRelation(*relation, path + ".relation", &data.relation);
      !e.empty()) {
    return e;
  }
  std::string error;
  if (!json::GetInt(value, path, "weight", 1, INT64_MAX, true, &data.weight, &error)) {
    return error;
  }
  if (const Value* confidence = Member(value, "confidence")) {
    if (!confidence->IsNumber() || confidence->GetDouble() < 0 || confidence->GetDouble() > 1) {
      return FieldError(path + ".confidence", "a number from 0 to 1", *confidence);
    }
    data.confidence = confidence->GetDouble();
  }
  if (std::string e = ReadDate(value, path, "first_date", &data.first_date); !e.empty()) return e;
  if (std::string e = ReadDate(value, path, "last_date", &data.last_date); !e.empty()) return e;
  if (!json::GetStringArray(value, path, "documents", &data.documents, &error)) return error;
  if (!json::GetStringArray(value, path, "extractors", &data.extractors, &error)) return error;
  if (const Value* evidence = Member(value, "evidence")) {
    if (!evidence->IsArray()) return FieldError(path + ".evidence", "an array", *evidence);
    for (rapidjson::SizeType i = 0; i < evidence->Size(); ++i) {
      Evidence item;
      if (std::string e = json::ReadEvidence((*evidence)[i], Indexed(path + ".evidence", i), &item);
          !e.empty()) {
        return e;
      }
      data.evidence.push_back(std::move(item));
    }
  }
  graph->AddEdge(source, target, data);
  return {};
}

std::string ReadDocument(const Value& root, KnowledgeGraph* graph) {
  const Value* actors = Member(root, "actors");
  if (actors == nullptr) return json::MissingField("actors", "an array");
  if (!actors->IsArray()) return FieldError("actors", "an array", *actors);
  for (rapidjson::SizeType i = 0; i < actors->Size(); ++i) {
    if (std::string e = ReadActorEntry((*actors)[i], Indexed("actors", i), graph); !e.empty()) {
      return e;
    }
  }
  const Value* edges = Member(root, "edges");
  if (edges == nullptr) return json::MissingField("edges", "an array");
  if (!edges->IsArray()) return FieldError("edges", "an array", *edges);
  for (rapidjson::SizeType i = 0; i < edges->Size(); ++i) {
    if (std::string e = ReadEdgeEntry((*edges)[i], Indexed("edges", i), graph); !e.empty()) {
      return e;
    }
  }
  return {};
}

}  // namespace

Status WriteGraphFile(const KnowledgeGraph& graph, std::ostream& out) {
  const Graph& g = graph.graph();
  // One actor or edge a line: readable, and diffs of two graph files stay small.
  std::string text = std::string("{\"format\":\"") + kFormat +
                     "\",\"version\":" + std::to_string(kVersion) + ",\n\"actors\":[";
  const char* separator = "\n";
  for (Vertex v : graph.ActorsInOrder()) {
    text += separator;
    WriteActorLine(g[v], &text);
    separator = ",\n";
  }
  text += "\n],\n\"edges\":[";
  separator = "\n";
  for (Edge e : graph.EdgesInOrder()) {
    text += separator;
    WriteEdgeLine(g[boost::source(e, g)].actor.id, g[boost::target(e, g)].actor.id, g[e], &text);
    separator = ",\n";
    if (text.size() > (1 << 20)) {  // keep memory flat on big graphs
      out << text;
      text.clear();
    }
  }
  text += "\n]}\n";
  out << text;
  out.flush();
  if (!out) return Status::IOError("write failed");
  return Status::OK();
}

Result<KnowledgeGraph> ReadGraphFile(std::istream& in, std::string_view source_name,
                                     MergeOptions options) {
  const std::string name(source_name);
  // Reading it whole is several times faster than rapidjson's character-wise IStreamWrapper.
  std::string text;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) text.append(chunk, in.gcount());
  if (in.bad()) return Status::IOError(name + ": read failed");
  rapidjson::Document document;
  document.Parse<rapidjson::kParseFullPrecisionFlag | rapidjson::kParseValidateEncodingFlag>(
      text.data(), text.size());
  const std::string not_ours = name +
                               ": not an actorgraph graph file (no \"format\": \"" + kFormat +
                               "\"); make one with 'actorgraph build'";
  if (document.HasParseError()) {
    if (document.GetParseError() == rapidjson::kParseErrorDocumentEmpty) {
      return Status::InvalidArgument(name + ": empty file, expected an actorgraph graph file");
    }
    // Text that is not JSON at all, or several JSON values (a JSONL file), is not ours; JSON
    // that breaks off later is a damaged graph file.
    if (document.GetErrorOffset() == 0 ||
        document.GetParseError() == rapidjson::kParseErrorDocumentRootNotSingular) {
      return Status::InvalidArgument(not_ours);
    }
    if (document.GetErrorOffset() >= text.size()) {
      return Status::InvalidArgument(name + ": byte " + std::to_string(text.size()) +
                                     ": expected the rest of the graph file, got the end of the "
                                     "file (truncated?)");
    }
    return Status::InvalidArgument(name + ": byte " + std::to_string(document.GetErrorOffset()) +
                                   ": expected valid JSON: " +
                                   rapidjson::GetParseError_En(document.GetParseError()));
  }
  const Value* format = document.IsObject() ? Member(document, "format") : nullptr;
  if (format == nullptr || !format->IsString() || std::string_view(format->GetString()) != kFormat) {
    return Status::InvalidArgument(not_ours);
  }
  const Value* version = Member(document, "version");
  if (version == nullptr || !version->IsInt() || version->GetInt() != kVersion) {
    std::string shown = version == nullptr ? "none"
                        : version->IsInt() ? std::to_string(version->GetInt())
                                           : json::JsonTypeName(*version);
    return Status::InvalidArgument(name + ": unsupported graph file version " + shown +
                                   " (this actorgraph reads version " +
                                   std::to_string(kVersion) + ")");
  }
  KnowledgeGraph graph(options);
  if (std::string error = ReadDocument(document, &graph); !error.empty()) {
    return Status::InvalidArgument(name + ": " + error);
  }
  return graph;
}

}  // namespace actorgraph

namespace actorgraph {

Result<KnowledgeGraph> LoadGraphFile(const std::string& path, std::istream& stdin_stream,
                                     MergeOptions options) {
  if (path == "-") return ReadGraphFile(stdin_stream, "<stdin>", options);
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::NotFound(path + ": is a directory, expected a graph file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
  return ReadGraphFile(in, path, options);
}

Status SaveGraphFile(const KnowledgeGraph& graph, const std::string& path,
                     std::ostream& stdout_stream) {
  auto output = OutputFile::Open(path, stdout_stream);
  if (!output.ok()) return output.status();
  Status written = WriteGraphFile(graph, output->stream());
  if (!written.ok()) return Status::IOError(path + ": " + written.message());
  return output->Commit();
}

}  // namespace actorgraph
