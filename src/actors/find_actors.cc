#include "actorgraph/actors/find_actors.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <ostream>
#include <thread>

#include "actorgraph/actors/mention_json.h"
#include "actorgraph/actors/mention_summary.h"
#include "actorgraph/text/segmenter.h"

namespace actorgraph {
namespace {

// Documents are processed in batches: big enough to keep every thread busy, small enough
// that memory stays flat on a large corpus.
constexpr size_t kBatchDocuments = 512;
constexpr size_t kBatchBytes = 4 << 20;

struct DocumentResult {
  std::string json;               // the JSONL lines (not in summary mode)
  std::vector<Mention> mentions;  // summary mode only
  size_t sentences = 0;
  size_t mention_count = 0;
};

class BatchRunner {
 public:
  BatchRunner(const ActorFinder& finder, std::vector<Segmenter>* segmenters, bool summary)
      : finder_(finder), segmenters_(*segmenters), summary_(summary) {}

  // Results of `batch`, in its order. Fails (Internal) if a worker threw.
  Status Run(const std::vector<Document>& batch, std::vector<DocumentResult>* results) {
    results->assign(batch.size(), DocumentResult());
    std::atomic<size_t> next{0};
    std::mutex error_mutex;
    std::string error;
    auto work = [&](size_t worker) {
      try {
        for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
          Process(batch[i], &segmenters_[worker], &(*results)[i]);
        }
      } catch (const std::exception& e) {
        std::lock_guard<std::mutex> lock(error_mutex);
        error = e.what();
      }
    };
    size_t workers = std::min(segmenters_.size(), batch.size());
    if (workers <= 1) {
      work(0);
    } else {
      std::vector<std::thread> threads;
      for (size_t t = 0; t < workers; ++t) threads.emplace_back(work, t);
      for (auto& thread : threads) thread.join();
    }
    if (!error.empty()) return Status::Internal("finding actors failed: " + error);
    return Status::OK();
  }

 private:
  void Process(const Document& document, Segmenter* segmenter, DocumentResult* result) {
    std::vector<Sentence> sentences = segmenter->Segment(document);
    std::vector<Mention> mentions = finder_.FindMentions(document, sentences);
    result->sentences = sentences.size();
    result->mention_count = mentions.size();
    if (summary_) {
      result->mentions = std::move(mentions);
      return;
    }
    for (const Mention& mention : mentions) AppendMentionJson(document, mention, &result->json);
  }

  const ActorFinder& finder_;
  std::vector<Segmenter>& segmenters_;
  bool summary_;
};

}  // namespace

Status FindActors(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                  const ActorDictionary& dictionary, const FindActorsOptions& options,
                  std::ostream& out, FindActorsStats* stats) {
  size_t threads = options.threads > 0
                       ? static_cast<size_t>(options.threads)
                       : std::max<size_t>(1, std::thread::hardware_concurrency());
  std::vector<Segmenter> segmenters;
  for (size_t t = 0; t < threads; ++t) {
    Result<Segmenter> segmenter = Segmenter::Create();
    if (!segmenter.ok()) return segmenter.status();
    segmenters.push_back(std::move(segmenter).value());
  }
  ActorFinder finder(dictionary, options.finder);
  BatchRunner runner(finder, &segmenters, options.summary);
  MentionSummary summary;
  FindActorsStats totals;
  std::vector<Document> batch;
  size_t batch_bytes = 0;

  auto flush = [&]() -> Status {
    if (batch.empty()) return Status::OK();
    std::vector<DocumentResult> results;
    AG_RETURN_IF_ERROR(runner.Run(batch, &results));
    for (size_t i = 0; i < batch.size(); ++i) {
      DocumentResult& result = results[i];
      if (options.summary) summary.AddDocument(result.mentions);
      else out.write(result.json.data(), static_cast<std::streamsize>(result.json.size()));
      ++totals.documents;
      totals.sentences += result.sentences;
      totals.mentions += result.mention_count;
      totals.bytes += batch[i].text.size();
    }
    if (!out) return Status::IOError("cannot write the output");
    batch.clear();
    batch_bytes = 0;
    if (options.progress) options.progress(totals);
    return Status::OK();
  };

  Status read = ReadInputs(inputs, stdin_stream, options.read, [&](Document&& document) {
    batch_bytes += document.text.size();
    batch.push_back(std::move(document));
    if (batch.size() >= kBatchDocuments || batch_bytes >= kBatchBytes) return flush();
    return Status::OK();
  });
  AG_RETURN_IF_ERROR(read);
  AG_RETURN_IF_ERROR(flush());
  if (options.summary) summary.Write(out);
  if (!out) return Status::IOError("cannot write the output");
  if (stats) *stats = totals;
  return Status::OK();
}

}  // namespace actorgraph
