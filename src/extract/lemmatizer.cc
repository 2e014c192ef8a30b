#include "actorgraph/extract/lemmatizer.h"

#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include <wn.h>

namespace actorgraph {
namespace {

// WordNet keeps global state (open files, static buffers): one lock for the process.
std::mutex& WordNetMutex() {
  static std::mutex mutex;
  return mutex;
}

struct Answer {
  std::string verb_lemma;
  std::string noun_lemma;
  bool is_verb = false;
  bool is_adjective = false;
};

Answer AskWordNet(const std::string& word) {
  Answer answer;
  std::lock_guard lock(WordNetMutex());
  // morphstr and in_wn take a mutable buffer and may scribble on it.
  std::string buffer = word;
  if (char* base = morphstr(buffer.data(), VERB)) answer.verb_lemma = base;
  buffer = word;
  if (char* base = morphstr(buffer.data(), NOUN)) answer.noun_lemma = base;
  buffer = answer.verb_lemma.empty() ? word : answer.verb_lemma;
  answer.is_verb = (in_wn(buffer.data(), VERB) & (1 << VERB)) != 0;
  buffer = word;
  answer.is_adjective = (in_wn(buffer.data(), ADJ) & ((1 << ADJ) | (1 << SATELLITE))) != 0;
  if (answer.verb_lemma.empty()) answer.verb_lemma = word;
  if (answer.noun_lemma.empty()) answer.noun_lemma = word;
  return answer;
}

}  // namespace

struct Lemmatizer::Impl {
  mutable std::shared_mutex mutex;
  mutable std::unordered_map<std::string, Answer> cache;

  const Answer& Lookup(std::string_view word) const {
    std::string key(word);
    {
      std::shared_lock lock(mutex);
      auto it = cache.find(key);
      if (it != cache.end()) return it->second;
    }
    Answer answer = key.empty() || key.size() > 60 ? Answer{key, key, false, false}
                                                   : AskWordNet(key);
    std::unique_lock lock(mutex);
    // References into an unordered_map stay valid across rehashing.
    return cache.emplace(std::move(key), std::move(answer)).first->second;
  }
};

Result<Lemmatizer> Lemmatizer::Create() {
  static const int init_status = [] {
    std::lock_guard lock(WordNetMutex());
    return wninit();
  }();
  if (init_status != 0)
    return Status::Internal("cannot open the WordNet database (is wordnet-base installed?)");
  return Lemmatizer(std::make_unique<Impl>());
}

Lemmatizer::Lemmatizer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Lemmatizer::Lemmatizer(Lemmatizer&&) noexcept = default;
Lemmatizer& Lemmatizer::operator=(Lemmatizer&&) noexcept = default;
Lemmatizer::~Lemmatizer() = default;

std::string Lemmatizer::VerbLemma(std::string_view word) const {
  return impl_->Lookup(word).verb_lemma;
}
std::string Lemmatizer::NounLemma(std::string_view word) const {
  return impl_->Lookup(word).noun_lemma;
}
bool Lemmatizer::IsVerb(std::string_view word) const { return impl_->Lookup(word).is_verb; }
bool Lemmatizer::IsAdjective(std::string_view word) const {
  return impl_->Lookup(word).is_adjective;
}

}  // namespace actorgraph
