// The graph filter flags (--min-weight, --top, --actor/--depth, --category, --since/--until,
// --keep-undated, --drop-isolated), shared by `export` and `render` so the two cannot drift.
#ifndef ACTORGRAPH_CLI_FILTER_FLAGS_H_
#define ACTORGRAPH_CLI_FILTER_FLAGS_H_

#include <cxxopts.hpp>

#include "actorgraph/graph/graph_filter.h"
#include "actorgraph/status.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {

// Adds the filter flags to `command_line`, in a "Filters" help group.
void AddFilterFlags(CommandLine& command_line);

// The GraphFilter the flags ask for. InvalidArgument for a bad --category list, --depth
// without --actor, a negative --depth or --min-weight below 1 (dates are checked by
// FilterGraph).
Result<GraphFilter> FilterFromFlags(const cxxopts::ParseResult& args);

}  // namespace actorgraph::cli

#endif  // ACTORGRAPH_CLI_FILTER_FLAGS_H_
