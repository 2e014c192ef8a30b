// Reading `--actors FILE` dictionary files for the subcommands that take them.
#ifndef ACTORGRAPH_CLI_ACTOR_FILES_H_
#define ACTORGRAPH_CLI_ACTOR_FILES_H_

#include <istream>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/status.h"

namespace actorgraph::cli {

// The built-in dictionary with `paths` merged over it in order ("-" reads `stdin_stream`).
// NotFound/IOError naming the path if a file cannot be read; AddJson's errors otherwise.
Result<ActorDictionary> LoadActorDictionary(const std::vector<std::string>& paths,
                                            std::istream& stdin_stream);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_ACTOR_FILES_H_
