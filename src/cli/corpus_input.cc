#include "cli/corpus_input.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "actorgraph/text/document_reader.h"

namespace actorgraph::cli {

Result<ActorDictionary> LoadDictionary(const std::vector<std::string>& actor_files) {
  auto dictionary = ActorDictionary::LoadDefault();
  if (!dictionary.ok()) return dictionary.status();
  for (const auto& path : actor_files) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(path + ": cannot open the actor file");
    std::stringstream bytes;
    bytes << in.rdbuf();
    AG_RETURN_IF_ERROR(dictionary->AddJson(bytes.str(), path));
  }
  return dictionary;
}

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
