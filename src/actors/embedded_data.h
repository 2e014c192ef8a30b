// Data files compiled into the library by scripts/embed.cmake (see CMakeLists.txt).
#ifndef ACTORGRAPH_SRC_ACTORS_EMBEDDED_DATA_H_
#define ACTORGRAPH_SRC_ACTORS_EMBEDDED_DATA_H_

#include <string_view>

namespace actorgraph::data {

// The bytes of src/actors/default_actors.json; static storage, valid for the whole program.
std::string_view default_actors();

}  // namespace actorgraph::data

#endif  // ACTORGRAPH_SRC_ACTORS_EMBEDDED_DATA_H_
