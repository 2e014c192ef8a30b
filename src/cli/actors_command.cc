// actorgraph actors: lists the actor mentions of articles as JSONL, or a summary table.
#include <chrono>
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/find_actors.h"
#include "actorgraph/output_file.h"
#include "cli/actor_files.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {
int RunActors(int argc, char** argv) {
  CommandLine cl("actors",
                 "Finds the actors (countries, organisations, people, ...) that articles "
                 "mention and prints every mention as one JSON line, in document order.",
                 "INPUT... [OPTION...]\n\n  INPUT: .txt or .jsonl files, directories of "
                 "them, or - for standard input",
                 "  actorgraph actors corpus/seeds.jsonl --summary\n"
                 "  actorgraph actors article.txt --actors extra_actors.json -o mentions.jsonl");
  cl.add_options()
      ("actors", "extra actor dictionary (JSON, see docs/formats.md), added to the built-in one",
       cxxopts::value<std::string>(), "FILE")
      ("summary", "print a table of actors by mention count instead of the mentions")
      ("o,output", "write to FILE (- for standard output)",
       cxxopts::value<std::string>()->default_value("-"), "FILE")
      ("lenient", "replace invalid UTF-8 with U+FFFD (and warn) instead of failing")
      ("no-unlisted", "find only dictionary actors, not people and bodies found by pattern")
      ("no-groups", "do not resolve \"both nations\", \"the two sides\", ...")
      ("j,threads", "worker threads, 0 = one per core",
       cxxopts::value<int>()->default_value("0"), "N")
      ("q,quiet", "no progress on standard error")
      ("stats", "print totals (documents, sentences, mentions, bytes, seconds) to standard "
                "error at the end")
      ("inputs", "input files", cxxopts::value<std::vector<std::string>>());
  cl.parse_positional({"inputs"});
  int exit_code = 0;
  auto parsed = cl.Parse(argc, argv, &exit_code);
  if (!parsed) return exit_code;
  const auto& args = *parsed;
  if (!args.count("inputs")) return UsageError("actors", "no INPUT given (use - for stdin)");
  int threads = args["threads"].as<int>();
  if (threads < 0) return UsageError("actors", "--threads: expected 0 or more, got " +
                                                   std::to_string(threads));

  std::vector<std::string> actor_files;
  if (args.count("actors")) actor_files.push_back(args["actors"].as<std::string>());
  Result<ActorDictionary> dictionary = LoadActorDictionary(actor_files, std::cin);
  if (!dictionary.ok()) return Report(dictionary.status());

  FindActorsOptions options;
  options.read.lenient = args.count("lenient") > 0;
  options.read.warn = [](const std::string& message) {
    std::cerr << "actorgraph: warning: " << message << "\n";
  };
  options.finder.find_unlisted = args.count("no-unlisted") == 0;
  options.finder.resolve_group_references = args.count("no-groups") == 0;
  options.threads = threads;
  options.summary = args.count("summary") > 0;
  bool progress = ShowProgress(args.count("quiet") > 0);
  if (progress) {
    options.progress = [](const FindActorsStats& stats) {
      std::cerr << "\ractors: " << stats.documents << " documents, " << stats.sentences
                << " sentences, " << stats.mentions << " mentions" << std::flush;
    };
  }

  Result<OutputFile> output = OutputFile::Open(args["output"].as<std::string>(), std::cout);
  if (!output.ok()) return Report(output.status());
  auto start = std::chrono::steady_clock::now();
  FindActorsStats stats;
  Status status = FindActors(args["inputs"].as<std::vector<std::string>>(), std::cin,
                             *dictionary, options, output->stream(), &stats);
  if (progress) std::cerr << "\n";
  if (!status.ok()) return Report(status);
  Status committed = output->Commit();
  if (!committed.ok()) return Report(committed);
  if (args.count("stats")) {
    std::chrono::duration<double> seconds = std::chrono::steady_clock::now() - start;
    std::cerr << "actors: " << stats.documents << " documents, " << stats.sentences
              << " sentences, " << stats.mentions << " mentions, " << stats.bytes
              << " bytes, " << seconds.count() << " seconds\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
