#include "cli/actor_files.h"

#include <fstream>
#include <sstream>

namespace actorgraph::cli {

Result<ActorDictionary> LoadActorDictionary(const std::vector<std::string>& paths,
                                            std::istream& stdin_stream) {
  Result<ActorDictionary> dictionary = ActorDictionary::LoadDefault();
  if (!dictionary.ok()) return dictionary.status();
  for (const std::string& path : paths) {
    std::ostringstream bytes;
    if (path == "-") {
      bytes << stdin_stream.rdbuf();
    } else {
      std::ifstream in(path, std::ios::binary);
      if (!in) return Status::NotFound(path + ": cannot open the actor dictionary");
      bytes << in.rdbuf();
      if (in.bad()) return Status::IOError(path + ": cannot read the actor dictionary");
    }
    AG_RETURN_IF_ERROR(dictionary->AddJson(bytes.str(), path == "-" ? "<stdin>" : path));
  }
  return dictionary;
}

}  // namespace actorgraph::cli
