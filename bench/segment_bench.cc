// Measures how fast the segmenter splits a corpus: reads every input first, then times
// Segment() alone over all documents. Prints documents, sentences, tokens and the rates.
// Usage: segment_bench INPUT... [--repeat N] [--dump]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/text/document_reader.h"
#include "actorgraph/text/segmenter.h"

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  int repeat = 1;
  bool dump = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--dump") {
      dump = true;
    } else {
      inputs.push_back(arg);
    }
  }
  if (inputs.empty()) {
    std::cerr << "usage: segment_bench INPUT... [--repeat N] [--dump]\n";
    return 1;
  }
  using Clock = std::chrono::steady_clock;
  std::vector<actorgraph::Document> documents;
  actorgraph::ReadOptions options;
  options.warn = [](const std::string& w) { std::cerr << "warning: " << w << "\n"; };
  auto read_start = Clock::now();
  actorgraph::Status status = actorgraph::ReadInputs(inputs, std::cin, options, [&](actorgraph::Document&& d) {
    documents.push_back(std::move(d));
    return actorgraph::Status::OK();
  });
  double read_seconds = std::chrono::duration<double>(Clock::now() - read_start).count();
  if (!status.ok()) {
    std::cerr << "segment_bench: " << status.ToString() << "\n";
    return status.ExitCode();
  }
  size_t bytes = 0;
  for (const auto& d : documents) bytes += d.text.size();

  auto segmenter = actorgraph::Segmenter::Create();
  if (!segmenter.ok()) {
    std::cerr << "segment_bench: " << segmenter.status().ToString() << "\n";
    return 2;
  }
  size_t sentences = 0, tokens = 0, headings = 0;
  auto start = Clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& d : documents) {
      std::vector<actorgraph::Sentence> result = segmenter->Segment(d);
      sentences += result.size();
      for (const auto& s : result) {
        tokens += s.tokens.size();
        headings += s.heading;
        if (dump && r == 0) {
          std::cout << d.id << "\t" << s.index << "\t" << (s.heading ? "H" : "-") << "\t"
                    << d.text.substr(s.begin, s.end - s.begin) << "\n";
        }
      }
    }
  }
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  std::fprintf(stderr,
               "read %zu documents (%.1f MB) in %.2f s\n"
               "segmented %d x: %zu sentences (%zu headings), %zu tokens in %.2f s\n"
               "%.0f sentences/s, %.0f tokens/s, %.1f MB/s (one thread)\n",
               documents.size(), bytes / 1e6, read_seconds, repeat, sentences / repeat,
               headings / repeat, tokens / repeat, seconds, sentences / seconds,
               tokens / seconds, bytes * repeat / 1e6 / seconds);
  return 0;
}
