#include "cli/filter_flags.h"

#include <string>

namespace actorgraph::cli {

void AddFilterFlags(CommandLine& command_line) {
  std::string categories;
  for (const std::string& name : CategoryFilterNames()) {
    categories += (categories.empty() ? "" : "|") + name;
  }
  command_line.add_options("Graph filter")
      ("min-weight", "keep relations asserted at least N times",
       cxxopts::value<int64_t>()->default_value("1"), "N")
      ("category", "keep relations of these categories, comma-separated: " + categories,
       cxxopts::value<std::string>(), "LIST")
      ("since", "keep relations with an evidence date on or after DATE (YYYY[-MM[-DD]])",
       cxxopts::value<std::string>(), "DATE")
      ("until", "keep relations with an evidence date on or before DATE (YYYY[-MM[-DD]])",
       cxxopts::value<std::string>(), "DATE")
      ("keep-undated", "with --since/--until, also keep relations that have no date")
      ("actor", "keep only NAME's neighbourhood (name, alias or id), after the relation filters",
       cxxopts::value<std::string>(), "NAME")
      ("depth", "neighbourhood radius for --actor, in relations",
       cxxopts::value<int>()->default_value("1"), "D")
      ("top", "then keep the N most connected actors (by summed relation weight)",
       cxxopts::value<size_t>(), "N")
      ("drop-isolated", "leave out actors with no relation left");
}

Result<GraphFilter> FilterFromFlags(const cxxopts::ParseResult& args) {
  GraphFilter filter;
  filter.min_weight = args["min-weight"].as<int64_t>();
  if (filter.min_weight < 1) {
    return Status::InvalidArgument("--min-weight: expected 1 or more, got " +
                                   std::to_string(filter.min_weight));
  }
  if (args.count("category")) {
    auto categories = ParseCategoryList(args["category"].as<std::string>());
    if (!categories.ok()) {
      return Status::InvalidArgument("--category: " + categories.status().message());
    }
    filter.categories = std::move(*categories);
  }
  if (args.count("since")) filter.since = args["since"].as<std::string>();
  if (args.count("until")) filter.until = args["until"].as<std::string>();
  filter.keep_undated = args.count("keep-undated") > 0;
  if (args.count("actor")) filter.actor = args["actor"].as<std::string>();
  filter.depth = args["depth"].as<int>();
  if (args.count("depth") && filter.actor.empty()) {
    return Status::InvalidArgument("--depth needs --actor NAME");
  }
  if (filter.depth < 0) {
    return Status::InvalidArgument("--depth: expected 0 or more, got " +
                                   std::to_string(filter.depth));
  }
  if (args.count("top")) {
    filter.top = args["top"].as<size_t>();
    if (filter.top == 0) return Status::InvalidArgument("--top: expected 1 or more, got 0");
  }
  filter.drop_isolated = args.count("drop-isolated") > 0;
  return filter;
}

}  // namespace actorgraph::cli
