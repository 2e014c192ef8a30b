#include "cli/corpus_input.h"

#include <iostream>

#include "actorgraph/text/document_reader.h"

namespace actorgraph::cli {

Result<std::vector<Document>> ReadDocuments(const std::vector<std::string>& inputs,
                                            bool lenient, bool quiet) {
  ReadOptions options;
  options.lenient = lenient;
  if (!quiet) options.warn = [](const std::string& w) { std::cerr << "actorgraph: warning: " << w << "\n"; };
  std::vector<Document> documents;
  Status status = ReadInputs(inputs, std::cin, options, [&](Document&& d) {
    documents.push_back(std::move(d));
    return Status::OK();
  });
  if (!status.ok()) return status;
  return documents;
}

}  // namespace actorgraph::cli
