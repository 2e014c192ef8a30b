// Measures how fast the segmenter splits a corpus: reads every input first, then times
// Segment() alone over all documents. Prints documents, sentences, tokens and the rates.
// Usage: segment_bench INPUT... [--repeat N] [--dump] [--check]
//   --dump   print every sentence: id, index, H for a heading, text
//   --check  verify the offset contract on every token (exit 1 on the first breach)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/text/document_reader.h"
#include "actorgraph/text/segmenter.h"

// The token normalisation written out independently of the tokenizer.
std::string Normalise(std::string s) {
  const std::pair<std::string_view, std::string_view> kReplace[] = {
      {"\u2019", "'"}, {"\u2018", "'"}, {"\u201a", "'"}, {"\u201b", "'"}, {"\u2039", "'"},
      {"\u203a", "'"}, {"\u02bc", "'"}, {"\u201c", "\""}, {"\u201d", "\""}, {"\u201e", "\""},
      {"\u201f", "\""}, {"\u00ab", "\""}, {"\u00bb", "\""}, {"\u2010", "-"}, {"\u2011", "-"},
      {"\u2012", "-"}, {"\u2013", "-"}, {"\u2014", "-"}, {"\u2015", "-"}, {"\u2212", "-"},
      {"\u2026", "..."}, {"\u00ad", ""}, {"\u200b", ""}, {"\u200c", ""}, {"\u200d", ""},
      {"\u2060", ""}, {"\ufeff", ""},
  };
  for (const auto& [from, to] : kReplace) {
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
      s.replace(pos, from.size(), to);
      pos += to.size();
    }
  }
  return s;
}

int main(int argc, char** argv) {
  std::vector<std::string> inputs;
  int repeat = 1;
  bool dump = false;
  bool check = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--repeat" && i + 1 < argc) {
      repeat = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--dump") {
      dump = true;
    } else if (arg == "--check") {
      check = true;
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
  if (check) {
    size_t checked = 0;
    for (const auto& d : documents) {
      uint32_t last = 0;
      for (const auto& s : segmenter->Segment(d)) {
        if (s.tokens.empty() || s.begin != s.tokens.front().begin || s.end != s.tokens.back().end ||
            s.begin < last) {
          std::cerr << d.id << ": sentence " << s.index << " breaks its span contract\n";
          return 1;
        }
        for (const auto& t : s.tokens) {
          if (t.begin < last || t.end <= t.begin || t.end > d.text.size()) {
            std::cerr << d.id << ": token at byte " << t.begin << " is out of order\n";
            return 1;
          }
          std::string surface = Normalise(d.text.substr(t.begin, t.end - t.begin));
          if (surface != t.text) {
            std::cerr << d.id << ": token at byte " << t.begin << " is \"" << t.text
                      << "\" but its bytes normalise to \"" << surface << "\"\n";
            return 1;
          }
          last = t.end;
          ++checked;
        }
      }
    }
    std::fprintf(stderr, "checked %zu tokens: offsets and normalised forms hold\n", checked);
  }
  std::fprintf(stderr,
               "read %zu documents (%.1f MB) in %.2f s\n"
               "segmented %d x: %zu sentences (%zu headings), %zu tokens in %.2f s\n"
               "%.0f sentences/s, %.0f tokens/s, %.1f MB/s (one thread)\n",
               documents.size(), bytes / 1e6, read_seconds, repeat, sentences / repeat,
               headings / repeat, tokens / repeat, seconds, sentences / seconds,
               tokens / seconds, bytes * repeat / 1e6 / seconds);
  return 0;
}
