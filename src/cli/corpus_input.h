// Shared by the commands that read articles (extract, build, eval): every input document
// in order.
#ifndef ACTORGRAPH_CLI_CORPUS_INPUT_H_
#define ACTORGRAPH_CLI_CORPUS_INPUT_H_

#include <string>
#include <vector>

#include "actorgraph/status.h"
#include "actorgraph/text/document.h"

namespace actorgraph::cli {

// Every document of `inputs` ("-" is stdin), in input order; warnings go to stderr.
Result<std::vector<Document>> ReadDocuments(const std::vector<std::string>& inputs,
                                            bool lenient, bool quiet);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_CORPUS_INPUT_H_
