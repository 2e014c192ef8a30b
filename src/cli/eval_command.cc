// actorgraph eval: scores triples (extracted from INPUT articles, or read with --triples)
// against a gold JSONL file and prints precision, recall and F1.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/extract/evaluation.h"
#include "actorgraph/extract/pipeline.h"
#include "actorgraph/graph/triple_io.h"
#include "actorgraph/output_file.h"
#include "cli/actor_files.h"
#include "cli/cli_util.h"
#include "cli/corpus_input.h"

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

// A gold document missing from the inputs is scored as all misses: say so, since it is
// usually a wrong file or a changed id.
void WarnAboutMissingDocuments(const std::vector<GoldTriple>& gold,
                               const std::vector<Document>& documents, bool quiet) {
  if (quiet) return;
  std::set<std::string> ids;
  for (const Document& document : documents) ids.insert(document.id);
  std::set<std::string> missing;
  for (const GoldTriple& triple : gold) {
    if (!ids.count(triple.doc)) missing.insert(triple.doc);
  }
  for (const std::string& doc : missing) {
    std::cerr << "actorgraph eval: warning: gold document '" << doc
              << "' is not among the inputs\n";
  }
}

ExtractOptions MakeExtractOptions(const cxxopts::ParseResult& args, bool quiet) {
  ExtractOptions options;
  options.threads = args["threads"].as<size_t>();
  options.title_affiliations = args.count("title-affiliations") > 0;
  options.link_grammar = args.count("no-link-grammar") == 0;
  if (!quiet) {
    options.warn = [](const std::string& w) { std::cerr << "actorgraph: warning: " << w << "\n"; };
  }
  if (ShowProgress(quiet)) {
    options.progress = [](size_t done, size_t total) {
      std::cerr << "\reval: extracted " << done << "/" << total << " documents"
                << (done == total ? "\n" : "") << std::flush;
    };
  }
  return options;
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
      ("j,threads", "extraction threads, 0 for one per core; the scores are the same for any "
       "value [0]", cxxopts::value<size_t>()->default_value("0"))
      ("title-affiliations", "when extracting, also emit 'be president of' triples for titles "
       "before a name ('US President Donald Trump')")
      ("no-link-grammar", "do not parse sentences with Link Grammar: patterns only (about 7x "
       "faster, fewer relations)")
      ("lenient", "replace invalid UTF-8 in the articles with U+FFFD instead of failing")
      ("q,quiet", "no progress or warnings on stderr")
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
  std::string gold_path = (*args)["gold"].as<std::string>();
  std::vector<std::string> actor_files;
  if (args->count("actors")) actor_files = (*args)["actors"].as<std::vector<std::string>>();
  size_t stdin_uses = (gold_path == "-") + std::count(triple_files.begin(), triple_files.end(), "-") +
                      std::count(inputs.begin(), inputs.end(), "-") +
                      std::count(actor_files.begin(), actor_files.end(), "-");
  if (stdin_uses > 1) return UsageError("eval", "only one input can be - (standard input)");
  bool quiet = args->count("quiet") > 0;

  std::vector<GoldTriple> gold;
  if (Status s = LoadGold(gold_path, &gold); !s.ok()) return Report(s);
  Result<ActorDictionary> dictionary = LoadActorDictionary(actor_files, std::cin);
  if (!dictionary.ok()) return Report(dictionary.status());

  std::vector<Triple> system;
  for (const std::string& path : triple_files) {
    if (Status s = LoadTriples(path, &system); !s.ok()) return Report(s);
  }
  if (!inputs.empty()) {
    Result<std::vector<Document>> documents =
        ReadDocuments(inputs, args->count("lenient") > 0, quiet);
    if (!documents.ok()) return Report(documents.status());
    WarnAboutMissingDocuments(gold, *documents, quiet);
    Result<std::vector<Triple>> extracted =
        ExtractDocuments(*documents, *dictionary, MakeExtractOptions(*args, quiet));
    if (!extracted.ok()) return Report(extracted.status());
    system = std::move(extracted).value();
  }

  Evaluation evaluation = Evaluate(gold, system, ActorFolder(dictionary->entries()));
  if (!quiet && !system.empty() && evaluation.unscored == system.size()) {
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
