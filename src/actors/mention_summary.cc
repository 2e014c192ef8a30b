#include "actorgraph/actors/mention_summary.h"

#include <algorithm>
#include <ostream>
#include <set>

namespace actorgraph {

void MentionSummary::AddDocument(const std::vector<Mention>& mentions) {
  std::set<std::string> seen;
  auto count = [&](const Actor& actor) {
    if (actor.id.empty()) return;
    Row& row = rows_[actor.id];
    if (row.actor.id.empty()) row.actor = actor;
    ++row.mentions;
    if (seen.insert(actor.id).second) ++row.documents;
  };
  for (const Mention& mention : mentions) {
    if (mention.how == Resolution::kGroupReference) {
      for (const Actor& member : mention.members) count(member);
    } else {
      count(mention.actor);
    }
  }
}

std::vector<MentionSummary::Row> MentionSummary::Rows() const {
  std::vector<Row> rows;
  rows.reserve(rows_.size());
  for (const auto& [id, row] : rows_) rows.push_back(row);
  std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
    if (a.mentions != b.mentions) return a.mentions > b.mentions;
    return a.actor.name < b.actor.name;
  });
  return rows;
}

void MentionSummary::Write(std::ostream& out) const {
  std::vector<Row> rows = Rows();
  size_t name_width = 4, type_width = 4;
  for (const Row& row : rows) {
    name_width = std::max(name_width, row.actor.name.size());
    type_width = std::max(type_width, ActorTypeName(row.actor.type).size());
  }
  auto pad = [&](std::string_view text, size_t width) {
    out << text;
    for (size_t i = text.size(); i < width + 2; ++i) out << ' ';
  };
  pad("name", name_width);
  pad("type", type_width);
  out << "mentions  documents  id\n";
  for (const Row& row : rows) {
    pad(row.actor.name, name_width);
    pad(ActorTypeName(row.actor.type), type_width);
    std::string mentions = std::to_string(row.mentions);
    std::string documents = std::to_string(row.documents);
    out << std::string(8 - std::min<size_t>(8, mentions.size()), ' ') << mentions << "  "
        << std::string(9 - std::min<size_t>(9, documents.size()), ' ') << documents << "  "
        << row.actor.id << "\n";
  }
}

}  // namespace actorgraph
