// actorgraph eval: scores triples (extracted from INPUT articles, or read with --triples)
// against a gold JSONL file and prints precision, recall and F1.
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/extract/evaluation.h"
#include "actorgraph/graph/triple_io.h"
#include "actorgraph/output_file.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {
namespace {

constexpr std::string_view kExample =
    "  actorgraph eval --gold gold.jsonl articles.jsonl --show\n"
    "  actorgraph eval --gold gold.jsonl --triples other-system.jsonl --json";

Status OpenInput(const std::string& path, std::ifstream* file, std::istream** in) {
  if (path == "-") {
    *in = &std::cin;
    return Status::OK();
  }
  file->open(path, std::ios::binary);
  if (!*file) {
    return Status::NotFound(path + ": cannot open: " + std::strerror(errno));
  }
  *in = file;
  return Status::OK();
}

Status LoadGold(const std::string& path, std::vector<GoldTriple>* gold) {
  std::ifstream file;
  std::istream* in = nullptr;
  AG_RETURN_IF_ERROR(OpenInput(path, &file, &in));
  AG_RETURN_IF_ERROR(ReadGoldTriples(*in, path, gold));
  if (gold->empty()) return Status::InvalidArgument(path + ": expected gold triples, got none");
  return Status::OK();
}

Status LoadTriples(const std::string& path, std::vector<Triple>* triples) {
  std::ifstream file;
  std::istream* in = nullptr;
  AG_RETURN_IF_ERROR(OpenInput(path, &file, &in));
  return ReadTriples(*in, path, TripleFormatForPath(path), [&](Triple&& triple) {
    triples->push_back(std::move(triple));
    return Status::OK();
  });
}

Status LoadDictionary(const std::vector<std::string>& actor_files, ActorDictionary* dictionary) {
  Result<ActorDictionary> loaded = ActorDictionary::LoadDefault();
  if (!loaded.ok()) return loaded.status();
  *dictionary = std::move(loaded).value();
  for (const std::string& path : actor_files) {
    std::ifstream file;
    std::istream* in = nullptr;
    AG_RETURN_IF_ERROR(OpenInput(path, &file, &in));
    std::ostringstream bytes;
    bytes << in->rdbuf();
    AG_RETURN_IF_ERROR(dictionary->AddJson(bytes.str(), path));
  }
  return Status::OK();
}

}  // namespace

int RunEval(int argc, char** argv) {
  CommandLine cl("eval",
                 "Scores extracted triples against gold triples (precision, recall, F1). The "
                 "triples come from extracting the INPUT articles, or from --triples files "
                 "(actorgraph's triple JSONL or TSV, e.g. another system's output). Exit "
                 "status 0 whatever the score.",
                 "--gold GOLD.jsonl (INPUT... | --triples FILE...) [OPTION...]", kExample);
  cl.add_options()
      ("gold", "gold triples, JSONL (see docs/formats.md); - for stdin",
       cxxopts::value<std::string>())
      ("triples", "score the triples in FILE (.jsonl, or .tsv/.tab) instead of extracting; "
       "may be repeated; - for stdin", cxxopts::value<std::vector<std::string>>())
      ("actors", "add the actors of this dictionary file to the default one; may be repeated",
       cxxopts::value<std::vector<std::string>>())
      ("show", "list every miss and false positive with its sentence")
      ("json", "print the scores as one JSON object")
      ("o,output", "write the report to FILE", cxxopts::value<std::string>()->default_value("-"))
      ("q,quiet", "print no progress")
      ("input", "articles", cxxopts::value<std::vector<std::string>>());
  cl.parse_positional({"input"});
  int exit_code = 0;
  auto args = cl.Parse(argc, argv, &exit_code);
  if (!args) return exit_code;

  if (!args->count("gold")) return UsageError("eval", "--gold GOLD.jsonl is required");
  std::vector<std::string> triple_files;
  if (args->count("triples")) triple_files = (*args)["triples"].as<std::vector<std::string>>();
  std::vector<std::string> inputs;
  if (args->count("input")) inputs = (*args)["input"].as<std::vector<std::string>>();
  if (triple_files.empty() && inputs.empty()) {
    return UsageError("eval", "give INPUT articles or --triples FILE");
  }
  if (!triple_files.empty() && !inputs.empty()) {
    return UsageError("eval", "give INPUT articles or --triples FILE, not both");
  }
  if (!inputs.empty()) {
    return UsageError("eval",
                      "scoring INPUT articles needs the extraction pipeline, which this build "
                      "does not have yet; score a triple file with --triples");
  }

  std::vector<GoldTriple> gold;
  if (Status s = LoadGold((*args)["gold"].as<std::string>(), &gold); !s.ok()) return Report(s);
  std::vector<std::string> actor_files;
  if (args->count("actors")) actor_files = (*args)["actors"].as<std::vector<std::string>>();
  ActorDictionary dictionary;
  if (Status s = LoadDictionary(actor_files, &dictionary); !s.ok()) return Report(s);

  std::vector<Triple> system;
  for (const std::string& path : triple_files) {
    if (Status s = LoadTriples(path, &system); !s.ok()) return Report(s);
  }

  Evaluation evaluation = Evaluate(gold, system, ActorFolder(dictionary.entries()));
  if (!system.empty() && evaluation.unscored == system.size()) {
    std::cerr << "actorgraph eval: warning: none of the " << system.size()
              << " triples belongs to a document of the gold file (check the document ids)\n";
  }

  Result<OutputFile> out = OutputFile::Open((*args)["output"].as<std::string>(), std::cout);
  if (!out.ok()) return Report(out.status());
  bool show = args->count("show") > 0;
  if (args->count("json")) {
    WriteEvaluationJson(evaluation, gold, system, show, out->stream());
  } else {
    WriteEvaluationText(evaluation, gold, system, show, out->stream());
  }
  if (Status s = out->Commit(); !s.ok()) return Report(s);
  return 0;
}

}  // namespace actorgraph::cli
