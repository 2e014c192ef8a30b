// Evidence: where a relation was stated, down to byte offsets.
#ifndef ACTORGRAPH_GRAPH_EVIDENCE_H_
#define ACTORGRAPH_GRAPH_EVIDENCE_H_

#include <cstdint>
#include <string>

namespace actorgraph {

// A half-open byte range [begin, end) into the document's text. Both 0 when unknown.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool empty() const { return begin == end; }
  friend bool operator==(const Span&, const Span&) = default;
  friend auto operator<=>(const Span&, const Span&) = default;
};

struct Evidence {
  std::string doc;          // document id
  std::string date;         // ISO date (YYYY-MM-DD or a prefix of it); may be empty
  std::string sentence;     // the sentence text as it stands in the document
  int sentence_index = -1;  // 0-based index of the sentence in its document; -1 if unknown
  Span subject;             // bytes of the subject mention in the document text
  Span relation;            // bytes of the words that state the relation
  Span object;              // bytes of the object mention

  friend bool operator==(const Evidence&, const Evidence&) = default;
  // Canonical order: doc, sentence_index, spans, sentence, date.
  friend auto operator<=>(const Evidence& a, const Evidence& b) {
    if (auto c = a.doc <=> b.doc; c != 0) return c;
    if (auto c = a.sentence_index <=> b.sentence_index; c != 0) return c;
    if (auto c = a.subject <=> b.subject; c != 0) return c;
    if (auto c = a.relation <=> b.relation; c != 0) return c;
    if (auto c = a.object <=> b.object; c != 0) return c;
    if (auto c = a.sentence <=> b.sentence; c != 0) return c;
    return a.date <=> b.date;
  }
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_GRAPH_EVIDENCE_H_
