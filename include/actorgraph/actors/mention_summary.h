// MentionSummary: actors by how often a corpus mentions them (`actorgraph actors --summary`).
#ifndef ACTORGRAPH_ACTORS_MENTION_SUMMARY_H_
#define ACTORGRAPH_ACTORS_MENTION_SUMMARY_H_

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "actorgraph/actors/mention.h"
#include "actorgraph/graph/actor.h"

namespace actorgraph {

class MentionSummary {
 public:
  // Counts the mentions of one document. A group reference counts once for each member.
  void AddDocument(const std::vector<Mention>& mentions);

  // A table with a header line, one actor a line, most mentioned first (ties by name):
  // name, type, mentions, documents, id, in columns separated by at least two spaces.
  void Write(std::ostream& out) const;

  struct Row {
    Actor actor;
    size_t mentions = 0;
    size_t documents = 0;
  };
  // The rows in the order Write prints them.
  std::vector<Row> Rows() const;

 private:
  std::map<std::string, Row> rows_;  // by actor id
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_ACTORS_MENTION_SUMMARY_H_
