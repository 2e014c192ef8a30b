// actorgraph build: articles and/or triple files -> one graph file.
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/export/directory_export.h"
#include "actorgraph/export/export_options.h"
#include "actorgraph/export/exporter.h"
#include "actorgraph/extract/pipeline.h"
#include "actorgraph/spellcheck.h"
#include "actorgraph/graph/graph_builder.h"
#include "actorgraph/graph/graph_file.h"
#include "cli/actor_files.h"
#include "cli/cli_util.h"
#include "cli/corpus_input.h"

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

// "link grammar: 812 sentences parsed, 950 parses (40 failed) in 3.21 s; by length
// 1-10: 12 in 0.01 s, ...": where the parser's time goes.
std::string DescribeParsing(const ParseCounters& p) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(2) << "link grammar: " << p.sentences_parsed
      << " sentences parsed, " << p.parses << " parses (" << p.parses_failed << " failed) in "
      << p.parse_seconds << " s; by tokens";
  static const char* kBuckets[] = {"1-10", "11-20", "21-30", "31-40", "41+"};
  for (int i = 0; i < 5; ++i)
    out << (i ? ", " : " ") << kBuckets[i] << ": " << p.parses_by_length[i] << " in "
        << p.seconds_by_length[i] << " s";
  return out.str();
}

}  // namespace

// The format an output path asks for by its extension; "graph" (the native graph file) for
// .json and anything else.
std::string OutputFormatForPath(const std::string& path) {
  auto ends_with = [&](std::string_view suffix) {
    return path.size() >= suffix.size() &&
           path.compare(path.size() - suffix.size(), suffix.size(), suffix) == 0;
  };
  if (ends_with(".dot") || ends_with(".gv")) return "dot";
  if (ends_with(".graphml")) return "graphml";
  if (ends_with(".sql")) return "sql";
  return "graph";
}

int RunBuild(int argc, char** argv) {
  CommandLine cl("build",
                 "Builds a knowledge graph from news articles (extracting their triples) and/or "
                 "triple files (JSONL or TSV) and writes it as a graph file.",
                 "[INPUT...] [--triples FILE...] -o GRAPH [OPTION...]",
                 "  actorgraph build --triples graphs/sources/example-triples.tsv -o example.json\n"
                 "  actorgraph build articles.jsonl -o g.json -j 2\n"
                 "  actorgraph extract articles.jsonl | actorgraph build --triples - -o g.json");
  cl.add_options()
      ("triples", "triple files to read; every argument after it up to the next option is one "
                  "('-' is standard input)", cxxopts::value<std::vector<std::string>>(), "FILE...")
      ("format", "read the triple files as jsonl or tsv [default: by extension: .tsv and .tab "
                 "are tsv, anything else jsonl]", cxxopts::value<std::string>(), "FORMAT")
      ("o,output", "graph file to write ('-' is standard output)",
       cxxopts::value<std::string>(), "GRAPH")
      ("to", "what to write: graph (the native graph file), or an export format: dot, "
             "graphml, json (node-link), neo4j (a directory), sql [default: by the output's "
             "extension: .dot, .graphml, .sql, else graph]", cxxopts::value<std::string>(),
       "FORMAT")
      ("max-evidence", "evidence sentences kept per edge",
       cxxopts::value<size_t>()->default_value("10"), "N")
      ("actors", "with INPUT: an extra actor dictionary file (repeatable)",
       cxxopts::value<std::vector<std::string>>(), "FILE")
      ("j,threads", "with INPUT: extraction threads, 0 for one per core; the graph is the same "
                    "for any value", cxxopts::value<size_t>()->default_value("0"), "N")
      ("max-sentence-tokens", "with INPUT: skip (with a warning) longer sentences",
       cxxopts::value<size_t>()->default_value("150"), "N")
      ("title-affiliations", "with INPUT: also add 'be president of' edges for titles before "
       "a name ('US President Donald Trump')")
      ("no-link-grammar", "do not parse sentences with Link Grammar: patterns only (about 7x "
       "faster, fewer relations)")
      ("lenient", "with INPUT: replace invalid UTF-8 with U+FFFD instead of failing")
      ("stats", "print what was read (documents, sentences, triples) on standard error, "
                "terminal or not")
      ("q,quiet", "no progress summary or warnings on standard error")
      ("inputs", "articles: .txt, .jsonl, directories, - for stdin",
       cxxopts::value<std::vector<std::string>>());
  cl.parse_positional({"inputs"});
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
  std::vector<std::string> inputs;
  if (parsed->count("inputs")) inputs = (*parsed)["inputs"].as<std::vector<std::string>>();
  if (triple_files.empty() && inputs.empty())
    return UsageError("build", "no input: give INPUT... (articles) or --triples FILE...");
  if (!parsed->count("output")) return UsageError("build", "no output: give -o GRAPH");
  const std::string output = (*parsed)["output"].as<std::string>();
  const std::string to = parsed->count("to") ? (*parsed)["to"].as<std::string>()
                                             : OutputFormatForPath(output);
  std::unique_ptr<Exporter> exporter;  // null: the native graph file
  if (to != "graph") {
    auto made = MakeExporter(to, ExportOptions{});
    if (!made.ok()) {
      std::vector<std::string> names = {"graph"};
      std::string listed = "graph";
      for (std::string_view name : ExporterNames()) {
        names.emplace_back(name);
        listed += ", " + std::string(name);
      }
      std::string message = "--to: unknown format '" + to + "' (expected one of: " + listed + ")";
      auto close = ClosestMatches(to, names, 1);
      if (!close.empty()) message += "; did you mean '" + close[0] + "'?";
      return UsageError("build", message);
    }
    exporter = std::move(*made);
  }
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

  bool quiet = parsed->count("quiet") > 0;
  BuildStats stats;
  auto graph = BuildGraphFromTriples(triple_files, options, std::cin, &stats);
  if (!graph.ok()) return Report(graph.status());
  if (!inputs.empty()) {
    std::vector<std::string> actor_files;
    if (parsed->count("actors")) actor_files = (*parsed)["actors"].as<std::vector<std::string>>();
    auto dictionary = LoadActorDictionary(actor_files, std::cin);
    if (!dictionary.ok()) return Report(dictionary.status());
    auto documents = ReadDocuments(inputs, parsed->count("lenient") > 0, quiet);
    if (!documents.ok()) return Report(documents.status());
    ExtractOptions extract;
    extract.threads = (*parsed)["threads"].as<size_t>();
    extract.max_sentence_tokens = (*parsed)["max-sentence-tokens"].as<size_t>();
    extract.title_affiliations = parsed->count("title-affiliations") > 0;
    extract.link_grammar = parsed->count("no-link-grammar") == 0;
    if (!quiet) extract.warn = [](const std::string& w) { std::cerr << "actorgraph: warning: " << w << "\n"; };
    ExtractStats extract_stats;
    auto added = ExtractIntoGraph(*documents, *dictionary, extract, &*graph, &extract_stats);
    if (!added.ok()) return Report(added.status());
    if (parsed->count("stats") || ShowProgress(quiet))
      std::cerr << "actorgraph build: " << extract_stats.documents << " documents, "
                << extract_stats.sentences << " sentences (" << extract_stats.sentences_read
                << " with two actors, " << extract_stats.sentences_skipped << " too long), "
                << extract_stats.triples << " triples extracted\n"
                << "actorgraph build: " << DescribeParsing(extract_stats.parsing) << "\n";
    stats.files += inputs.size();
    stats.triples += *added;
  }
  Status saved = exporter ? WriteExport(*exporter, *graph, output, std::cout)
                          : SaveGraphFile(*graph, output, std::cout);
  if (!saved.ok()) return Report(saved);
  if (ShowProgress(parsed->count("quiet") > 0)) {
    std::cerr << "actorgraph build: " << stats.triples << " triples from " << stats.files
              << (stats.files == 1 ? " file" : " files") << " -> " << graph->num_actors()
              << " actors, " << graph->num_edges() << " edges in " << output << "\n";
  }
  return 0;
}

}  // namespace actorgraph::cli
