// Scoring extracted triples against gold triples, by the matching rules of the gold set
// (docs/formats.md, "Gold triples"): per document, one-to-one, actors compared after folding
// aliases through the actor dictionary, symmetric gold in either direction, negation agreeing,
// a relation word starting with one of the gold heads.
//
//   ActorFolder folder(dictionary.entries());
//   std::vector<GoldTriple> gold;
//   AG_RETURN_IF_ERROR(ReadGoldTriples(gold_stream, "gold.jsonl", &gold));
//   Evaluation result = Evaluate(gold, system_triples, folder);
//   WriteEvaluationText(result, gold, /*show=*/true, std::cout);
#ifndef ACTORGRAPH_EXTRACT_EVALUATION_H_
#define ACTORGRAPH_EXTRACT_EVALUATION_H_

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/graph/triple.h"
#include "actorgraph/status.h"

namespace actorgraph {

// One gold triple, one line of a gold JSONL file.
struct GoldTriple {
  std::string doc;                       // document id the triple belongs to
  std::string sentence;                  // snippet of the stating sentence; for reading only
  std::string subject;                   // canonical actor name
  std::vector<std::string> subject_alt;  // other acceptable subjects (a person's country)
  std::string relation;                  // normalised predicate; "not ..." when negated
  std::string object;                    // canonical actor name
  std::vector<std::string> object_alt;   // other acceptable objects
  std::vector<std::string> heads;        // word stems naming the relation; "*" accepts any
  bool symmetric = false;                // either direction matches
  bool optional = false;                 // matched: neither counts nor costs
  bool coref = false;                    // the sentence names an actor only by reference
  std::string source;                    // the gold file's name as given to the reader
  int line = 0;                          // 1-based line in the gold file; 0 if not read

  // True when `relation` starts with "not ".
  bool negated() const;
};

// Parses one gold JSONL line (without its '\n'). `where` prefixes errors ("gold.jsonl:7").
// Errors (InvalidArgument): `gold.jsonl:7: field "heads": expected a non-empty array of
// strings, got number`, `gold.jsonl:7: unknown field "symetric" (did you mean "symmetric"?)`.
Result<GoldTriple> ParseGoldLine(std::string_view line, std::string_view where);

// Reads a gold JSONL file, appending to `*out` in file order. Blank lines are skipped; the
// first malformed line stops the read with "source:line: ..." (InvalidArgument).
Status ReadGoldTriples(std::istream& in, std::string_view source_name,
                       std::vector<GoldTriple>* out);

// Folds actor names to one key per actor through a dictionary: names (case-insensitively,
// a leading "the" dropped), acronyms (case-sensitively) and capitals all give the entry's id,
// so "US", "U.S.", "the United States" and "Washington" are one actor. Names the dictionary
// does not know fold to themselves, compared case-insensitively with spacing and
// apostrophes normalised. Keeps no reference to `entries`.
class ActorFolder {
 public:
  ActorFolder() = default;
  explicit ActorFolder(const std::vector<DictionaryEntry>& entries);

  // The key of a name as the gold writes it.
  std::string KeyOfName(std::string_view name) const;
  // The key of a system actor: its name if the dictionary knows it, else its id if that is
  // a dictionary id, else its name as such.
  std::string KeyOfActor(const Actor& actor) const;

 private:
  std::string LookupName(std::string_view name) const;  // "" when unknown
  std::unordered_map<std::string, std::string> names_;     // normalised name -> id
  std::unordered_map<std::string, std::string> acronyms_;  // exact acronym -> id
  std::unordered_map<std::string, std::string> ids_;       // id -> id
};

// True when one word of `relation_text` (split at anything but letters, digits and
// apostrophes, compared case-insensitively) starts with one of `heads`, or a head is "*".
bool RelationMatchesHeads(std::string_view relation_text, const std::vector<std::string>& heads);

// True when the system triple may be matched to the gold triple: actors (or alternatives)
// agree after folding, in either direction for symmetric gold; negation agrees; heads match.
// Documents are not compared here.
bool TripleMatchesGold(const Triple& triple, const GoldTriple& gold, const ActorFolder& folder);

// Counts for one document or the whole set.
struct EvaluationCounts {
  size_t true_positives = 0;    // required gold triples matched
  size_t false_positives = 0;   // system triples matched to nothing
  size_t false_negatives = 0;   // required gold triples not matched
  size_t optional_matched = 0;  // system triples matched to optional gold (not counted)

  // TP / (TP + FP); 0 when there are no counted system triples.
  double precision() const;
  // TP / (TP + FN); 0 when there is no required gold triple.
  double recall() const;
  // Harmonic mean of precision and recall; 0 when both are 0.
  double f1() const;
};

struct DocumentEvaluation {
  std::string doc;
  EvaluationCounts counts;
};

struct Evaluation {
  EvaluationCounts total;
  std::vector<DocumentEvaluation> documents;  // every document with gold, sorted by id
  std::vector<size_t> misses;                 // indices into the gold of unmatched required
                                              // triples, in gold order
  std::vector<size_t> false_positives;        // indices into the system triples, in order
  std::vector<long> match_of_system;          // per system triple: matched gold index or -1
  size_t unscored = 0;  // system triples of documents the gold does not name (ignored)
};

// Scores `system` against `gold`. Only documents named in the gold are scored. Within each,
// the matching is a maximum one-to-one matching that first covers as many required gold
// triples as possible and then matches as many system triples as possible, so the counts do
// not depend on the order of either list.
Evaluation Evaluate(const std::vector<GoldTriple>& gold, const std::vector<Triple>& system,
                    const ActorFolder& folder);

// Human-readable report: P/R/F1 and counts, then per document; with `show`, every miss
// (gold line, triple, sentence) and every false positive (triple, sentence).
void WriteEvaluationText(const Evaluation& evaluation, const std::vector<GoldTriple>& gold,
                         const std::vector<Triple>& system, bool show, std::ostream& out);

// The same as one JSON object: {"precision", "recall", "f1", "true_positives",
// "false_positives", "false_negatives", "optional_matched", "unscored", "documents": [...]},
// plus "misses" and "false_positive_triples" arrays when `show`.
void WriteEvaluationJson(const Evaluation& evaluation, const std::vector<GoldTriple>& gold,
                         const std::vector<Triple>& system, bool show, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_EVALUATION_H_
