#include "actorgraph/actors/mention_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace actorgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void String(JsonWriter* w, std::string_view s) {
  w->String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void Key(JsonWriter* w, std::string_view key) {
  w->Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

void ActorFields(JsonWriter* w, const Actor& actor) {
  Key(w, "actor");
  String(w, actor.id);
  Key(w, "name");
  String(w, actor.name);
  Key(w, "type");
  String(w, ActorTypeName(actor.type));
}

}  // namespace

void AppendMentionJson(const Document& document, const Mention& mention, std::string* out) {
  rapidjson::StringBuffer buffer;
  JsonWriter w(buffer);
  w.StartObject();
  Key(&w, "doc");
  String(&w, document.id);
  Key(&w, "sentence");
  w.Int(mention.sentence_index);
  Key(&w, "span");
  w.StartArray();
  w.Uint(mention.span.begin);
  w.Uint(mention.span.end);
  w.EndArray();
  Key(&w, "tokens");
  w.StartArray();
  w.Uint64(mention.token_begin);
  w.Uint64(mention.token_end);
  w.EndArray();
  Key(&w, "text");
  String(&w, mention.surface);
  if (mention.how == Resolution::kGroupReference) {
    for (const char* key : {"actor", "name", "type"}) {
      Key(&w, key);
      w.Null();
    }
  } else {
    ActorFields(&w, mention.actor);
  }
  Key(&w, "how");
  String(&w, ResolutionName(mention.how));
  Key(&w, "modifier");
  w.Bool(mention.modifier);
  if (!mention.actor.affiliation.empty()) {
    Key(&w, "affiliation");
    String(&w, mention.actor.affiliation);
  }
  if (mention.how == Resolution::kGroupReference) {
    Key(&w, "members");
    w.StartArray();
    for (const Actor& member : mention.members) {
      w.StartObject();
      ActorFields(&w, member);
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out->append(buffer.GetString(), buffer.GetSize());
  out->push_back('\n');
}

}  // namespace actorgraph
