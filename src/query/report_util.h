// Rendering shared by the query reports: relation labels, evidence lines, JSON fragments.
#ifndef ACTORGRAPH_SRC_QUERY_REPORT_UTIL_H_
#define ACTORGRAPH_SRC_QUERY_REPORT_UTIL_H_

#include <cstdint>
#include <string>
#include <string_view>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "actorgraph/query/actor_walk.h"

namespace actorgraph::report {

using JsonWriter = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

// "attack", "not attack", "attack (may)".
std::string RelationLabel(const Relation& relation);

// The relation as an arrow between the two actors of a walked edge, in walk order:
// "Iran -[attack]-> Iraq", "Iraq <-[attack]- Iran" (backward), "Iran -[talk with]- Iraq".
// Without names (empty strings) just the arrow: "-[attack]->".
std::string Arrow(const std::string& from, const WalkedEdge& walked, const Graph& graph,
                  const std::string& to);

// "x3, 2 documents".
std::string WeightAndDocuments(const EdgeData& data);

// The first evidence of the edge as `"sentence" (doc, date, #index)` with the sentence on one
// line; empty when the edge keeps no evidence.
std::string EvidenceLine(const EdgeData& data);

// Writes the string as a JSON string value.
void String(JsonWriter& writer, const std::string& value);

// Writes the fields of a walked edge (relation, negated, modality, direction, weight,
// documents, evidence) into the object being written; `direction` is written as is.
void EdgeFields(JsonWriter& writer, const WalkedEdge& walked, const Graph& graph,
                std::string_view direction);

}  // namespace actorgraph::report

#endif  // ACTORGRAPH_SRC_QUERY_REPORT_UTIL_H_
