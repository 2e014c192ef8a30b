// Writing an ActorDictionary out: as a dictionary file (to edit and pass back with
// `--actors`) or as a table to read. See docs/formats.md, "Actor dictionary".
#ifndef ACTORGRAPH_ACTORS_DICTIONARY_WRITER_H_
#define ACTORGRAPH_ACTORS_DICTIONARY_WRITER_H_

#include <ostream>

namespace actorgraph {

class ActorDictionary;

// Writes `dictionary` in the actorgraph-actors format, one entry a line in dictionary order,
// fields in the documented order, empty fields left out. AddJson of the output into an empty
// dictionary gives the same entries. Check the stream for write errors.
void WriteDictionaryJson(const ActorDictionary& dictionary, std::ostream& out);

// Writes one tab-separated line per entry after a header line: id, name, type, code, parent,
// affiliation, members, names, acronyms, capitals, demonyms. Lists are joined with " | ";
// tabs and line breaks inside values become spaces.
void WriteDictionaryTsv(const ActorDictionary& dictionary, std::ostream& out);

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_DICTIONARY_WRITER_H_
