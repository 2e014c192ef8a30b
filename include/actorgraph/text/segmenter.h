// Segmenter: splits a document into sentences and tokens, the news way: abbreviations and
// initials (U.S., Gen., Jan.) do not end sentences; headlines and headings without a final
// period are sentences of their own; quotations and parentheses stay with their sentence.
#ifndef ACTORGRAPH_TEXT_SEGMENTER_H_
#define ACTORGRAPH_TEXT_SEGMENTER_H_

#include <memory>
#include <string_view>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/text/document.h"
#include "actorgraph/text/sentence.h"

namespace actorgraph {

class Segmenter {
 public:
  // Fails (Internal) only if ICU cannot set up its break iterators.
  static Result<Segmenter> Create();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;
  ~Segmenter();

  // Sentences of `document` in order, each with its tokens. Not thread-safe: use one
  // Segmenter per thread.
  std::vector<Sentence> Segment(const Document& document);

 private:
  struct Impl;
  explicit Segmenter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_TEXT_SEGMENTER_H_
