// ActorDictionary: the actors actorgraph knows by name — every UN member and observer state
// (names, official names, ISO alpha-3 code, capital as a metonym, demonyms), international
// organisations and their organs, well-known groups — plus whatever `--actors FILE` adds.
// The file format is in docs/formats.md.
//
//   Result<ActorDictionary> dictionary = ActorDictionary::LoadDefault();
//   AG_RETURN_IF_ERROR(dictionary->AddJson(file_bytes, "my_actors.json"));
//   const DictionaryEntry* us = dictionary->LookupName("U.S.");  // id "united_states"
#ifndef ACTORGRAPH_ACTORS_ACTOR_DICTIONARY_H_
#define ACTORGRAPH_ACTORS_ACTOR_DICTIONARY_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/graph/actor.h"
#include "actorgraph/status.h"

namespace actorgraph {

// How a dictionary name refers to its actor.
enum class NameKind {
  kName,      // a name of the actor: "Iran", "Islamic Republic of Iran"
  kAcronym,   // matched case-sensitively: "US", "U.S.", "UN", "EU"
  kCapital,   // a metonym for the government: "Tehran", "the Kremlin", "the White House"
  kDemonym,   // adjective or people: "Iranian", "Americans"
};

// "name", "acronym", "capital", "demonym".
std::string_view NameKindName(NameKind kind);

struct DictionaryEntry {
  Actor actor;                        // id, canonical name, type, code, affiliation
  std::vector<std::string> names;     // kName, besides actor.name: matched ignoring case,
                                      // but all-lower-case text never matches a name with a
                                      // capital ("turkey", "chad"); see docs/formats.md
  std::vector<std::string> acronyms;  // kAcronym
  std::vector<std::string> capitals;  // kCapital
  std::vector<std::string> demonyms;  // kDemonym
  std::string parent;                 // id of the body it is an organ of ("united_nations")
  std::vector<std::string> members;   // ids of its members, where the file lists them
};

class ActorDictionary {
 public:
  // The dictionary compiled into the program. Fails (Internal) only if the built-in data is
  // broken, which a test guards against.
  static Result<ActorDictionary> LoadDefault();

  ActorDictionary() = default;

  // Adds or overrides entries from a dictionary file (same format as the default one). An
  // entry with an existing id replaces its fields and extends its names; a name claimed by
  // two different actors in the same file is an error naming both entries, while a name an
  // earlier source gave to another actor moves to this one. On error (InvalidArgument) the
  // dictionary is unchanged. Errors:
  // "source: entry 12 (\"Iran\"): field \"type\": expected one of country, organization, ...".
  Status AddJson(std::string_view json, std::string_view source_name);

  const std::vector<DictionaryEntry>& entries() const { return entries_; }
  // The entry with this id; nullptr if none. The pointer is valid until the next AddJson.
  const DictionaryEntry* FindById(std::string_view id) const;
  // The entry a whole string names, for names users type (queries, gold files): an acronym
  // exactly as written, else a canonical name, name, capital or demonym ignoring ASCII case
  // and a leading "the " ("iran", "the White House"). Sets *kind when given. nullptr if none.
  // Unlike the actor finder, it does not refuse all-lower-case text. Valid until AddJson.
  const DictionaryEntry* LookupName(std::string_view text, NameKind* kind = nullptr) const;
  // Up to `max` dictionary strings (canonical names, names, acronyms, capitals, demonyms)
  // closest to `text`, best first, for "did you mean" messages (see ClosestMatches).
  std::vector<std::string> SpellcheckName(std::string_view text, size_t max = 3) const;

 private:
  struct NameOwner {
    size_t position;  // in entries_
    NameKind kind;
  };
  std::vector<DictionaryEntry> entries_;
  std::unordered_map<std::string, size_t> index_;      // id -> position in entries_
  std::unordered_map<std::string, NameOwner> names_;  // NameKey (see .cc) -> owner
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_ACTOR_DICTIONARY_H_
