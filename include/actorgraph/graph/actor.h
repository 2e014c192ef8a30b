// Actor: a participant in the news that relations connect (a country or its government, an
// international organisation, a party, an armed group, a company, a named person).
#ifndef ACTORGRAPH_GRAPH_ACTOR_H_
#define ACTORGRAPH_GRAPH_ACTOR_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace actorgraph {

enum class ActorType { kCountry, kOrganization, kPerson, kGroup, kOther };

// "country", "organization", "person", "group", "other".
std::string_view ActorTypeName(ActorType type);
// Inverse of ActorTypeName; nullopt for anything else (case-sensitive).
std::optional<ActorType> ParseActorType(std::string_view name);

struct Actor {
  std::string id;                    // stable, content-derived (MakeActorId); the merge key
  std::string name;                  // canonical name, e.g. "United States"
  ActorType type = ActorType::kOther;
  std::vector<std::string> aliases;  // other names it was seen or is known under; sorted, unique
  std::string code;                  // ISO 3166 alpha-3 for states ("USA"); may be empty
  std::string affiliation;           // id of the actor it belongs to ("iran" for an Iranian
                                     // general); may be empty
};

// The id an actor with this canonical name gets when none is given: the name lower-cased
// (ASCII and Latin letters folded), runs of anything but letters and digits turned into one
// '_', trimmed. "United States" -> "united_states", "Côte d'Ivoire" -> "cote_d_ivoire".
// Never empty: a name with no letters or digits gets "actor_" plus a hex hash.
std::string MakeActorId(std::string_view name);

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_ACTOR_H_
