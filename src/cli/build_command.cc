// actorgraph build: triple files -> one graph file.
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/graph/graph_builder.h"
#include "actorgraph/graph/graph_file.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {
namespace {

// "--triples a b c" means "--triples a --triples b --triples c": every argument after
// --triples up to the next option is a triple file (so a shell glob works).
std::vector<std::string> ExpandTriples(int argc, char** argv) {
  std::vector<std::string> args;
  bool in_triples = false;
  for (int i = 0; i < argc; ++i) {
    std::string arg = argv[i];
    bool is_option = arg.size() > 1 && arg[0] == '-';
    if (in_triples && !is_option) {
      args.push_back("--triples=" + arg);
      continue;
    }
    in_triples = false;
    args.push_back(arg);
    if (arg == "--triples" && i + 1 < argc) {
      args.push_back(argv[++i]);
      in_triples = true;
    } else if (arg.starts_with("--triples=")) {
      in_triples = true;
    }
  }
  return args;
}

}  // namespace

int RunBuild(int argc, char** argv) {
  CommandLine cl("build",
                 "Builds a knowledge graph from triple files (JSONL or TSV) and writes it as a "
                 "graph file.",
                 "--triples FILE... -o GRAPH [OPTION...]",
                 "  actorgraph build --triples graphs/sources/example-triples.tsv -o example.json\n"
                 "  actorgraph extract articles.jsonl | actorgraph build --triples - -o g.json");
  cl.add_options()
      ("triples", "triple files to read; every argument after it up to the next option is one "
                  "('-' is standard input)", cxxopts::value<std::vector<std::string>>(), "FILE...")
      ("format", "read the triple files as jsonl or tsv [default: by extension: .tsv and .tab "
                 "are tsv, anything else jsonl]", cxxopts::value<std::string>(), "FORMAT")
      ("o,output", "graph file to write ('-' is standard output)",
       cxxopts::value<std::string>(), "GRAPH")
      ("max-evidence", "evidence sentences kept per edge",
       cxxopts::value<size_t>()->default_value("10"), "N")
      ("q,quiet", "no progress summary on standard error");
  std::vector<std::string> expanded = ExpandTriples(argc, argv);
  std::vector<char*> args;
  for (std::string& arg : expanded) args.push_back(arg.data());
  int exit_code = 0;
  auto parsed = cl.Parse(static_cast<int>(args.size()), args.data(), &exit_code);
  if (!parsed) return exit_code;

  // The raw values, one per --triples: the parsed vector would split names at commas.
  std::vector<std::string> triple_files;
  for (const auto& kv : parsed->arguments()) {
    if (kv.key() == "triples") triple_files.push_back(kv.value());
  }
  if (triple_files.empty()) return UsageError("build", "no input: give --triples FILE...");
  if (!parsed->count("output")) return UsageError("build", "no output: give -o GRAPH");
  BuildOptions options;
  options.merge.max_evidence = (*parsed)["max-evidence"].as<size_t>();
  if (parsed->count("format")) {
    std::string format = (*parsed)["format"].as<std::string>();
    if (format == "jsonl") {
      options.format = TripleFormat::kJsonl;
    } else if (format == "tsv") {
      options.format = TripleFormat::kTsv;
    } else {
      return UsageError("build", "--format: expected jsonl or tsv, got '" + format + "'");
    }
  }

  BuildStats stats;
  auto graph = BuildGraphFromTriples(triple_files, options, std::cin, &stats);
  if (!graph.ok()) return Report(graph.status());
  std::string output = (*parsed)["output"].as<std::string>();
  if (Status saved = SaveGraphFile(*graph, output, std::cout); !saved.ok()) return Report(saved);
  if (ShowProgress(parsed->count("quiet") > 0)) {
    std::cerr << "actorgraph build: " << stats.triples << " triples from " << stats.files
              << (stats.files == 1 ? " file" : " files") << " -> " << graph->num_actors()
              << " actors, " << graph->num_edges() << " edges in " << output << "\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
