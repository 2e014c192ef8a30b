// RelationVocabulary: the words that state relations between actors, and what each means
// (normalised lemma, CAMEO QuadClass and root code, symmetry). Data, not code: the built-in
// vocabulary is src/extract/relation_vocabulary.json, described in docs/formats.md.
#ifndef ACTORGRAPH_EXTRACT_RELATION_VOCABULARY_H_
#define ACTORGRAPH_EXTRACT_RELATION_VOCABULARY_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph/relation.h"
#include "actorgraph/status.h"

namespace actorgraph {

// A verb (or verb + particle, "call on") that states a relation with its object.
struct VerbEntry {
  std::string lemma;        // as looked up: "attack", "call upon"
  std::string normal;       // as written into triples: "call on" (= lemma when not given)
  Category category = Category::kNeutral;
  int cameo_root = 0;       // 0 when no CAMEO root is clear
  bool symmetric = false;   // "meet", "clash": direction carries nothing
  bool that_complement = false;  // "demand that Iran ..." names its object after "that"
};

// A noun that states a relation. Either a relation noun of its own (`text` set: "talks" ->
// "hold talks with") or a nominalised verb (`verb` set: "support for" = "support").
struct NounEntry {
  std::string noun;         // lower-case surface form: "talks", "tensions"
  std::string lemma;        // head lemma for a relation noun: "talk"
  std::string text;         // relation text for "talks between X and Y": "hold talks with"
  Category category = Category::kNeutral;
  int cameo_root = 0;
  bool symmetric = false;
  std::string verb;         // for a nominalised verb: the verb lemma it stands for
  std::vector<std::string> preps;  // the prepositions that introduce its object ("on" for a
                                   // nominalised "sanctions"; default "with" for relation nouns)
};

// "be critical of": an adjective and its preposition after a copula.
struct AdjectiveEntry {
  std::string phrase;       // "critical of"
  std::string lemma;        // "criticize"
  Category category = Category::kNeutral;
  int cameo_root = 0;
  bool symmetric = false;
};

// A light verb that carries a relation noun: "hold talks with", "impose sanctions on".
struct LightVerbEntry {
  std::string verb;         // lemma as looked up: "hold", "engage in"
  std::string normal;       // as written (= verb when not given)
  bool overrides = false;   // category and cameo_root replace the noun's ("sever ties")
  Category category = Category::kUnknown;
  int cameo_root = 0;
  std::string modality;     // the hedge the light verb puts on its relation ("call for talks
                            // with": "proposed"); "" for none
};

class RelationVocabulary {
 public:
  // The vocabulary compiled into the program. Fails (Internal) only if the built-in data is
  // broken, which a test guards against.
  static Result<RelationVocabulary> LoadDefault();
  // Parses a vocabulary file. Errors name the place: "source: byte 12: invalid JSON: ...",
  // "source: verbs[3]: field \"category\": expected one of neutral, ..., got \"x\"".
  static Result<RelationVocabulary> Parse(std::string_view json, std::string_view source_name);

  // nullptr when the word is not in the vocabulary. Keys are lower-case.
  const VerbEntry* FindVerb(std::string_view lemma) const;
  const NounEntry* FindNoun(std::string_view noun) const;
  const AdjectiveEntry* FindAdjective(std::string_view phrase) const;
  const LightVerbEntry* FindLightVerb(std::string_view lemma) const;

  size_t size() const { return verbs_.size() + nouns_.size() + adjectives_.size(); }

 private:
  std::map<std::string, VerbEntry, std::less<>> verbs_;
  std::map<std::string, NounEntry, std::less<>> nouns_;
  std::map<std::string, AdjectiveEntry, std::less<>> adjectives_;
  std::map<std::string, LightVerbEntry, std::less<>> light_verbs_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_RELATION_VOCABULARY_H_
