// Internal: reading and writing the JSON objects that the triple JSONL format and the graph
// file share (actor, relation, evidence), with errors that name the field by its path
// ("edges[3].relation.text: expected a string, got number").
#ifndef ACTORGRAPH_SRC_GRAPH_JSON_FIELDS_H_
#define ACTORGRAPH_SRC_GRAPH_JSON_FIELDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/evidence.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph::json {

using Value = rapidjson::Value;
using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

// ---- text helpers shared with TSV ----
std::string_view Trim(std::string_view text);
// Trimmed, every inner run of whitespace turned into one space.
std::string CollapseSpaces(std::string_view text);
// A relation written as one string: leading "~" makes it symmetric, leading "not " negates
// it (either order). Sets text (spaces collapsed), lemma (first word), symmetric, negated.
void ParseRelationString(std::string_view text, Relation* relation);
// "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by a time ("T..." or " ..."), which
// is dropped; "" stays "". False for anything else.
bool ParseDate(std::string_view text, std::string* date);

// ---- errors ----
// "null", "boolean", "number", "string", "array" or "object".
const char* JsonTypeName(const Value& value);
// `field "path": expected <expected>, got <type>` (a string value is shown quoted).
std::string FieldError(std::string_view path, std::string_view expected, const Value& got);
// `missing field "path" (expected <expected>)`.
std::string MissingField(std::string_view path, std::string_view expected);
// "parent.name", or "name" when parent is empty.
std::string Join(std::string_view parent, std::string_view name);

// ---- typed members of `object`; on a wrong type set *error and return false ----
// A missing optional member leaves *out unchanged.
bool GetString(const Value& object, std::string_view parent, const char* name, bool required,
               std::string* out, std::string* error);
bool GetBool(const Value& object, std::string_view parent, const char* name, bool* out,
             std::string* error);
bool GetInt(const Value& object, std::string_view parent, const char* name, int64_t min,
            int64_t max, bool required, int64_t* out, std::string* error);
bool GetStringArray(const Value& object, std::string_view parent, const char* name,
                    std::vector<std::string>* out, std::string* error);

// ---- the shared objects; each returns "" or the error ----
// An object (name required; id, type, aliases, code, affiliation optional) or a plain name.
std::string ReadActor(const Value& value, std::string_view path, Actor* actor);
// An object (text required; lemma defaults to its first word) or a string read by
// ParseRelationString.
std::string ReadRelation(const Value& value, std::string_view path, Relation* relation);
// An object: doc required; sentence, date, sentence_index, spans optional.
std::string ReadEvidence(const Value& value, std::string_view path, Evidence* evidence);

// Write the members (not the braces). `all_fields` also writes empty aliases, code and
// affiliation.
void WriteActorFields(Writer& w, const Actor& actor, bool all_fields);
void WriteRelationFields(Writer& w, const Relation& relation);
void WriteEvidenceFields(Writer& w, const Evidence& evidence);
void WriteString(Writer& w, std::string_view text);

}  // namespace actorgraph::json

#endif  // ACTORGRAPH_SRC_GRAPH_JSON_FIELDS_H_
