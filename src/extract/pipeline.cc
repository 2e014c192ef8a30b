#include "actorgraph/extract/pipeline.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <set>
#include <thread>

#include "actorgraph/actors/actor_finder.h"
#include "actorgraph/extract/extractor.h"
#include "actorgraph/extract/lemmatizer.h"
#include "actorgraph/extract/relation_vocabulary.h"
#include "actorgraph/text/segmenter.h"
#include "extract/extract_util.h"

namespace actorgraph {
namespace {

// A sub-national region or a city (src/actors/regions.json, the cities the affiliation
// extractor reads for a mayor, and the towns the actor finder reads as the owners of their
// offices): a country-typed actor without an ISO code that belongs to a state or that the
// dictionary does not list. Every state in the dictionary has a code, or (unrecognised
// states: "Somaliland") is listed without one.
bool IsRegion(const Actor& actor, const ActorDictionary& dictionary) {
  return actor.type == ActorType::kCountry && actor.code.empty() &&
         (!actor.affiliation.empty() || dictionary.FindById(actor.id) == nullptr);
}

// Regions are actors where the text gives them an office ("the governor of Puerto Rico");
// elsewhere the clause readings of them were wrong on the corpus samples checked ("Kokesh
// hails from Arizona", "California dropped by three", "a Texas law", "ruled that an
// Indiana law"), so only the affiliation extractor's triples keep them.
// An office or a membership another extractor read first ("X is the governor of Puerto
// Rico" from the clause extractor) counts as the affiliation extractor's would.
bool IsOfficeRelation(const Relation& r) {
  std::string_view text = r.text;
  bool be_of = (text.starts_with("be ") || text.starts_with("become ")) &&
               (text.ends_with(" of") || text.ends_with(" to") || text.ends_with(" for"));
  bool as_of = text.find(" as ") != std::string_view::npos && text.ends_with(" of");
  return be_of || as_of;
}

// A region acting on a person or a body ("Maine and Hawaii sued the president", "Texas
// joined the lawsuit") is a state government; as an object, or beside another place, it is
// mostly a place.
bool RegionActs(const Triple& t, const ActorDictionary& dictionary) {
  bool on_actor = t.object.type == ActorType::kPerson || t.object.type == ActorType::kOrganization;
  return on_actor && IsRegion(t.subject, dictionary);
}

// A region that someone appeals to, demands of, disapproves of, rejects or threatens ("the
// ACLU sued the state of Montana", "urged Texas to ...", "criticized California") is its
// government too (CAMEO roots 02, 10-13). Praise, visits and meetings were about the place
// or another sense on the corpus samples ("hails from Arizona", "a Nevada partnership").
bool RegionAddressed(const Triple& t, const ActorDictionary& dictionary) {
  int root = t.relation.cameo_root;
  bool addressed = root == 2 || (root >= 10 && root <= 13);
  return addressed && IsRegion(t.object, dictionary) && !IsRegion(t.subject, dictionary);
}

bool RegionOutsideOffice(const Triple& t, const ActorDictionary& dictionary) {
  return t.extractor != "affiliation" && !IsOfficeRelation(t.relation) &&
         !RegionActs(t, dictionary) && !RegionAddressed(t, dictionary) &&
         (IsRegion(t.subject, dictionary) || IsRegion(t.object, dictionary));
}

// Two actors can meet in the sentence: only then is it worth reading.
bool HasTwoActors(const std::vector<Mention>& mentions) {
  std::set<std::string> ids;
  for (const Mention& m : mentions)
    for (const Actor& actor : extract::ActorsOf(m)) {
      ids.insert(actor.id.empty() ? actor.name : actor.id);
      if (ids.size() >= 2) return true;
    }
  return false;
}

bool TripleOrder(const Triple& a, const Triple& b) {
  const Evidence& x = a.evidence;
  const Evidence& y = b.evidence;
  return std::tie(x.subject, x.relation, x.object, a.relation.text, a.subject.id, a.object.id) <
         std::tie(y.subject, y.relation, y.object, b.relation.text, b.subject.id, b.object.id);
}

struct DocumentResult {
  std::vector<Triple> triples;
  std::vector<std::string> warnings;
  size_t sentences = 0;
  size_t read = 0;
  size_t skipped = 0;
  ParseCounters parsing;
};

// Graph users look actors up by the names the news uses ("US", "Tehran", "Trump"), and
// diagrams list them: each actor of a triple gets its dictionary names and the form the
// sentence named it by (not a group reference like "both nations", a demonym, nor a
// reference like "he" or "the country").
void AttachAliases(Actor& actor, Span span, const AnalyzedSentence& sentence,
                   const ActorDictionary& dictionary) {
  std::vector<std::string>& aliases = actor.aliases;
  if (const DictionaryEntry* entry = dictionary.FindById(actor.id)) {
    aliases.insert(aliases.end(), entry->actor.aliases.begin(), entry->actor.aliases.end());
    aliases.insert(aliases.end(), entry->capitals.begin(), entry->capitals.end());
  }
  for (const Mention& mention : sentence.mentions) {
    if (mention.span != span || mention.how == Resolution::kGroupReference ||
        mention.how == Resolution::kDemonym || mention.how == Resolution::kCoreference ||
        mention.actor.id != actor.id) {
      continue;
    }
    if (!mention.surface.empty() && mention.surface.size() <= 80 &&
        mention.surface.find('\n') == std::string::npos) {
      aliases.push_back(mention.surface);
    }
  }
  std::sort(aliases.begin(), aliases.end());
  aliases.erase(std::unique(aliases.begin(), aliases.end()), aliases.end());
  std::erase(aliases, actor.name);
}

class Worker {
 public:
  Worker(Segmenter segmenter, const ActorFinder& finder, const ActorDictionary& dictionary,
         const std::vector<std::unique_ptr<Extractor>>& extractors, const ExtractOptions& options)
      : segmenter_(std::move(segmenter)), finder_(finder), dictionary_(dictionary),
        extractors_(extractors), options_(options) {}

  DocumentResult Run(const Document& document) {
    DocumentResult result;
    std::vector<Sentence> sentences = segmenter_.Segment(document);
    result.sentences = sentences.size();
    std::vector<Mention> mentions = finder_.FindMentions(document, sentences);
    std::vector<std::vector<Mention>> by_sentence(sentences.size());
    for (Mention& m : mentions) {
      if (m.sentence_index >= 0 && static_cast<size_t>(m.sentence_index) < sentences.size())
        by_sentence[m.sentence_index].push_back(std::move(m));
    }
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (!HasTwoActors(by_sentence[i])) continue;
      const Sentence& sentence = sentences[i];
      if (sentence.tokens.size() > options_.max_sentence_tokens) {
        result.warnings.push_back(document.id + ": sentence " + std::to_string(i) + " (byte " +
                                  std::to_string(sentence.begin) + "): " +
                                  std::to_string(sentence.tokens.size()) +
                                  " tokens, more than " +
                                  std::to_string(options_.max_sentence_tokens) +
                                  "; not read for relations");
        ++result.skipped;
        continue;
      }
      ++result.read;
      AnalyzedSentence analyzed = AnalyzeSentence(document, sentence, std::move(by_sentence[i]));
      analyzed.counters = &result.parsing;
      std::vector<Triple> found;
      for (const auto& extractor : extractors_) extractor->Extract(analyzed, found);
      std::erase_if(found,
                    [this](const Triple& t) { return RegionOutsideOffice(t, dictionary_); });
      std::stable_sort(found.begin(), found.end(), TripleOrder);
      for (Triple& t : found) {
        AttachAliases(t.subject, t.evidence.subject, analyzed, dictionary_);
        AttachAliases(t.object, t.evidence.object, analyzed, dictionary_);
        result.triples.push_back(std::move(t));
      }
    }
    return result;
  }

 private:
  Segmenter segmenter_;
  const ActorFinder& finder_;
  const ActorDictionary& dictionary_;
  const std::vector<std::unique_ptr<Extractor>>& extractors_;
  const ExtractOptions& options_;
};

}  // namespace

Result<std::vector<Triple>> ExtractDocuments(std::span<const Document> documents,
                                             const ActorDictionary& dictionary,
                                             const ExtractOptions& options,
                                             ExtractStats* stats) {
  auto vocabulary = RelationVocabulary::LoadDefault();
  if (!vocabulary.ok()) return vocabulary.status();
  auto lemmatizer = Lemmatizer::Create();
  if (!lemmatizer.ok()) return lemmatizer.status();
  ExtractorContext context{&*vocabulary, &*lemmatizer, options.title_affiliations,
                           options.link_grammar};
  auto extractors = MakeDefaultExtractors(context);
  ActorFinder finder(dictionary);

  size_t threads = options.threads;
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = std::max<size_t>(1, std::min(threads, documents.size()));

  std::vector<Worker> workers;
  for (size_t t = 0; t < threads; ++t) {
    auto segmenter = Segmenter::Create();
    if (!segmenter.ok()) return segmenter.status();
    workers.emplace_back(std::move(*segmenter), finder, dictionary, extractors, options);
  }

  std::vector<DocumentResult> results(documents.size());
  std::atomic<size_t> next{0};
  std::mutex progress_mutex;
  size_t done = 0;
  auto work = [&](Worker& worker) {
    for (size_t i = next++; i < documents.size(); i = next++) {
      results[i] = worker.Run(documents[i]);
      if (options.progress) {
        std::lock_guard lock(progress_mutex);
        options.progress(++done, documents.size());
      }
    }
  };
  if (threads == 1) {
    if (!workers.empty()) work(workers[0]);
  } else {
    std::vector<std::thread> pool;
    for (auto& worker : workers) pool.emplace_back(work, std::ref(worker));
    for (auto& thread : pool) thread.join();
  }

  std::vector<Triple> triples;
  ExtractStats totals;
  totals.documents = documents.size();
  for (auto& result : results) {
    totals.sentences += result.sentences;
    totals.sentences_read += result.read;
    totals.sentences_skipped += result.skipped;
    totals.parsing.Add(result.parsing);
    if (options.warn)
      for (const auto& warning : result.warnings) options.warn(warning);
    for (auto& t : result.triples) triples.push_back(std::move(t));
  }
  totals.triples = triples.size();
  if (stats) *stats = totals;
  return triples;
}

Result<size_t> ExtractIntoGraph(std::span<const Document> documents,
                                const ActorDictionary& dictionary, const ExtractOptions& options,
                                KnowledgeGraph* graph, ExtractStats* stats) {
  auto triples = ExtractDocuments(documents, dictionary, options, stats);
  if (!triples.ok()) return triples.status();
  for (const Triple& t : *triples) graph->AddTriple(t);
  return triples->size();
}

}  // namespace actorgraph
