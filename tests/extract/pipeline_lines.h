// Test helpers over the whole pipeline (default actor dictionary, all extractors): a text's
// triples rendered one "subject -[relation]-> object" a line, and table-driven cases of them.
#ifndef ACTORGRAPH_TESTS_EXTRACT_PIPELINE_LINES_H_
#define ACTORGRAPH_TESTS_EXTRACT_PIPELINE_LINES_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/extract/pipeline.h"

namespace actorgraph::testing {

inline const ActorDictionary& DefaultDictionary() {
  static const auto* dictionary = new ActorDictionary(ActorDictionary::LoadDefault().value());
  return *dictionary;
}

// The triples of a text, one "subject -[relation]-> object" a line: those of `extractor`,
// or of every extractor when it is empty.
inline std::string TripleLines(const std::string& text,
                               std::string_view extractor = "affiliation") {
  Document d;
  d.id = "news";
  d.date = "2020-09-01";
  d.text = text;
  std::vector<Document> docs = {d};
  auto triples = ExtractDocuments(docs, DefaultDictionary());
  if (!triples.ok()) return "error: " + std::string(triples.status().message());
  std::string out;
  for (const Triple& t : *triples)
    if (extractor.empty() || t.extractor == extractor)
      out += t.subject.name + " -[" + t.relation.text + "]-> " + t.object.name + "\n";
  return out;
}

struct LinesCase {
  const char* text;
  const char* expected;
};

inline void ExpectLines(const std::vector<LinesCase>& cases,
                        std::string_view extractor = "affiliation") {
  for (const LinesCase& c : cases)
    EXPECT_EQ(TripleLines(c.text, extractor), c.expected) << c.text;
}

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_EXTRACT_PIPELINE_LINES_H_
