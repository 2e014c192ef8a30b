// Lemmatizer: base forms of English verbs and nouns, irregular ones too ("withdrew" ->
// "withdraw", "talks" -> "talk"), from WordNet's morphology. WordNet itself is not
// thread-safe; the lemmatizer serialises access to it and caches every answer.
#ifndef ACTORGRAPH_EXTRACT_LEMMATIZER_H_
#define ACTORGRAPH_EXTRACT_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>

#include "actorgraph/status.h"

namespace actorgraph {

class Lemmatizer {
 public:
  // Opens the WordNet database (once per process). Fails (Internal) if it cannot be found.
  static Result<Lemmatizer> Create();
  Lemmatizer(Lemmatizer&&) noexcept;
  Lemmatizer& operator=(Lemmatizer&&) noexcept;
  ~Lemmatizer();

  // The base form of `word` (lower-case) read as a verb; `word` itself when WordNet has no
  // other. Thread-safe.
  std::string VerbLemma(std::string_view word) const;
  // The base form of `word` read as a noun; `word` itself when WordNet has no other.
  std::string NounLemma(std::string_view word) const;
  // True when WordNet knows `word` (any inflection) as a verb / an adjective.
  bool IsVerb(std::string_view word) const;
  bool IsAdjective(std::string_view word) const;

 private:
  struct Impl;
  explicit Lemmatizer(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXTRACT_LEMMATIZER_H_
