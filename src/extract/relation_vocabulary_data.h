// The built-in relation vocabulary, embedded by CMake from relation_vocabulary.json.
#ifndef ACTORGRAPH_SRC_EXTRACT_RELATION_VOCABULARY_DATA_H_
#define ACTORGRAPH_SRC_EXTRACT_RELATION_VOCABULARY_DATA_H_

#include <string_view>

namespace actorgraph::data {

// The bytes of src/extract/relation_vocabulary.json.
std::string_view relation_vocabulary();

}  // namespace actorgraph::data

#endif  // ACTORGRAPH_SRC_EXTRACT_RELATION_VOCABULARY_DATA_H_
