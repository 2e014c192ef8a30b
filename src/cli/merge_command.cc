// actorgraph merge: several graph files -> one.
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/graph/graph_builder.h"
#include "actorgraph/graph/graph_file.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {

int RunMerge(int argc, char** argv) {
  CommandLine cl("merge",
                 "Merges graph files into one, as if all their triples had been built together; "
                 "the order of the files does not matter.",
                 "GRAPH... -o GRAPH [OPTION...]",
                 "  actorgraph merge shard1.json shard2.json shard3.json -o all.json");
  cl.add_options()
      ("graphs", "graph files to merge ('-' is standard input)",
       cxxopts::value<std::vector<std::string>>(), "GRAPH...")
      ("o,output", "graph file to write ('-' is standard output)",
       cxxopts::value<std::string>(), "GRAPH")
      ("max-evidence", "evidence sentences kept per edge",
       cxxopts::value<size_t>()->default_value("10"), "N")
      ("q,quiet", "no progress summary on standard error");
  cl.parse_positional({"graphs"});
  int exit_code = 0;
  auto parsed = cl.Parse(argc, argv, &exit_code);
  if (!parsed) return exit_code;

  // The raw values: the parsed vector would split names at commas.
  std::vector<std::string> inputs;
  for (const auto& kv : parsed->arguments()) {
    if (kv.key() == "graphs") inputs.push_back(kv.value());
  }
  if (inputs.empty()) return UsageError("merge", "no input: give GRAPH...");
  if (!parsed->count("output")) return UsageError("merge", "no output: give -o GRAPH");
  MergeOptions options;
  options.max_evidence = (*parsed)["max-evidence"].as<size_t>();

  auto graph = MergeGraphFiles(inputs, options, std::cin);
  if (!graph.ok()) return Report(graph.status());
  std::string output = (*parsed)["output"].as<std::string>();
  if (Status saved = SaveGraphFile(*graph, output, std::cout); !saved.ok()) return Report(saved);
  if (ShowProgress(parsed->count("quiet") > 0)) {
    std::cerr << "actorgraph merge: " << inputs.size()
              << (inputs.size() == 1 ? " graph" : " graphs") << " -> " << graph->num_actors()
              << " actors, " << graph->num_edges() << " edges in " << output << "\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
