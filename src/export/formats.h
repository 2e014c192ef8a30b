// Internal: the exporters MakeExporter knows, and what they share.
#ifndef ACTORGRAPH_SRC_EXPORT_FORMATS_H_
#define ACTORGRAPH_SRC_EXPORT_FORMATS_H_

#include <memory>
#include <string>
#include <string_view>

#include "actorgraph/export/export_options.h"
#include "actorgraph/export/exporter.h"
#include "actorgraph/graph/actor.h"
#include "actorgraph/graph/relation.h"

namespace actorgraph {

std::unique_ptr<Exporter> MakeDotExporter(const ExportOptions& options);
std::unique_ptr<Exporter> MakeGraphmlExporter(const ExportOptions& options);
std::unique_ptr<Exporter> MakeJsonExporter(const ExportOptions& options);

// The text an edge is labelled with: the relation text, "not " before it when negated.
std::string RelationLabel(const Relation& relation);

// A graph-database type name for a relation: RelationLabel upper-cased with every run of
// other characters than ASCII letters and digits turned into one '_' ("not withdraw from"
// -> "NOT_WITHDRAW_FROM"); "RELATED_TO" when nothing is left.
std::string RelationTypeName(const Relation& relation);

// A graph-database label for an actor type: "Country", "Organization", "Person", ...
std::string ActorLabel(ActorType type);

// Shortest text that reads back as the same double ("0.5", "1", "0.1").
std::string FormatDouble(double value);

}  // namespace actorgraph

#endif  // ACTORGRAPH_SRC_EXPORT_FORMATS_H_
