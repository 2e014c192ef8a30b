// Data files compiled into the library: CMakeLists.txt (ACTORGRAPH_DATA_FILES) turns each
// into a source by scripts/embed.cmake. Each function returns the file's bytes, in static
// storage valid for the whole program.
#ifndef ACTORGRAPH_SRC_EMBEDDED_DATA_H_
#define ACTORGRAPH_SRC_EMBEDDED_DATA_H_

#include <string_view>

namespace actorgraph::data {

// src/actors/default_actors.json: the default actor dictionary.
std::string_view default_actors();

// src/actors/regions.json: sub-national governments (US states, UK nations, provinces),
// loaded after default_actors.json.
std::string_view regions();

// src/extract/relation_vocabulary.json: the built-in relation vocabulary.
std::string_view relation_vocabulary();

}  // namespace actorgraph::data

#endif  // ACTORGRAPH_SRC_EMBEDDED_DATA_H_
