#include <iostream>

#include "actorgraph/extract/pipeline.h"
#include "actorgraph/graph/triple_io.h"
#include "actorgraph/output_file.h"
#include "cli/actor_files.h"
#include "cli/cli_util.h"
#include "cli/corpus_input.h"

namespace actorgraph::cli {

int RunExtract(int argc, char** argv) {
  CommandLine cl("extract",
                 "Reads news articles and prints the actor-relation-actor triples they state, "
                 "one JSON object a line (the triple JSONL format of docs/formats.md).",
                 "INPUT... [OPTION...]",
                 "  actorgraph extract articles.jsonl -o triples.jsonl\n"
                 "  cat story.txt | actorgraph extract - | head");
  cl.add_options()
      ("o,output", "where the triples go ('-' is standard output)",
       cxxopts::value<std::string>()->default_value("-"), "FILE")
      ("actors", "an extra actor dictionary file (repeatable; format in docs/formats.md)",
       cxxopts::value<std::vector<std::string>>(), "FILE")
      ("j,threads", "worker threads, 0 for one per core; the output is the same for any value",
       cxxopts::value<size_t>()->default_value("0"), "N")
      ("max-sentence-tokens", "skip (with a warning) sentences longer than this",
       cxxopts::value<size_t>()->default_value("150"), "N")
      ("title-affiliations", "also emit 'be president of' triples for titles before a name "
       "('US President Donald Trump'); by default the office stays on the person only")
      ("no-link-grammar", "do not parse sentences with Link Grammar: patterns only (about 7x "
       "faster, fewer relations)")
      ("lenient", "replace invalid UTF-8 with U+FFFD instead of failing")
      ("q,quiet", "no progress or warnings on stderr")
      ("inputs", "articles: .txt, .jsonl, directories, - for stdin",
       cxxopts::value<std::vector<std::string>>());
  cl.parse_positional({"inputs"});
  int exit_code = 0;
  auto args = cl.Parse(argc, argv, &exit_code);
  if (!args) return exit_code;
  if (!args->count("inputs")) return UsageError("extract", "expected at least one INPUT");
  bool quiet = args->count("quiet") > 0;

  std::vector<std::string> actor_files;
  if (args->count("actors")) actor_files = (*args)["actors"].as<std::vector<std::string>>();
  auto dictionary = LoadActorDictionary(actor_files, std::cin);
  if (!dictionary.ok()) return Report(dictionary.status());
  auto documents = ReadDocuments((*args)["inputs"].as<std::vector<std::string>>(),
                                 args->count("lenient") > 0, quiet);
  if (!documents.ok()) return Report(documents.status());

  ExtractOptions options;
  options.threads = (*args)["threads"].as<size_t>();
  options.max_sentence_tokens = (*args)["max-sentence-tokens"].as<size_t>();
  options.title_affiliations = args->count("title-affiliations") > 0;
  options.link_grammar = args->count("no-link-grammar") == 0;
  if (!quiet) options.warn = [](const std::string& w) { std::cerr << "actorgraph: warning: " << w << "\n"; };
  if (ShowProgress(quiet))
    options.progress = [](size_t done, size_t total) {
      if (done % 100 == 0 || done == total)
        std::cerr << "\rextract: " << done << "/" << total << " documents" << (done == total ? "\n" : "") << std::flush;
    };
  auto triples = ExtractDocuments(*documents, *dictionary, options);
  if (!triples.ok()) return Report(triples.status());

  auto out = OutputFile::Open((*args)["output"].as<std::string>(), std::cout);
  if (!out.ok()) return Report(out.status());
  for (const Triple& t : *triples) out->stream() << TripleToJsonLine(t);
  Status committed = out->Commit();
  return committed.ok() ? 0 : Report(committed);
}

}  // namespace actorgraph::cli
