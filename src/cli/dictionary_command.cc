// actorgraph dictionary: prints the actor dictionary (built-in plus --actors files), checks
// dictionary files, and tells which actor a name resolves to.
#include <iostream>
#include <string>
#include <vector>

#include "actorgraph/actors/actor_dictionary.h"
#include "actorgraph/actors/dictionary_writer.h"
#include "actorgraph/output_file.h"
#include "cli/actor_files.h"
#include "cli/cli_util.h"

namespace actorgraph::cli {
namespace {

// One line per name: the name as given, then id, canonical name, type and how it matched.
// Returns false if a name names no actor (reported on stderr with suggestions).
bool WriteLookups(const ActorDictionary& dictionary, const std::vector<std::string>& names,
                  std::ostream& out) {
  bool all_found = true;
  for (const std::string& name : names) {
    NameKind kind = NameKind::kName;
    const DictionaryEntry* entry = dictionary.LookupName(name, &kind);
    if (entry == nullptr) {
      std::string message = "no actor is named \"" + name + "\"";
      std::vector<std::string> close = dictionary.SpellcheckName(name);
      for (size_t i = 0; i < close.size(); ++i) {
        message += (i == 0 ? " (did you mean \"" : ", \"") + close[i] + "\"";
      }
      if (!close.empty()) message += "?)";
      std::cerr << "actorgraph dictionary: " << message << "\n";
      all_found = false;
      continue;
    }
    out << name << '\t' << entry->actor.id << '\t' << entry->actor.name << '\t'
        << ActorTypeName(entry->actor.type) << '\t' << NameKindName(kind) << '\n';
  }
  return all_found;
}

}  // namespace

int RunDictionary(int argc, char** argv) {
  CommandLine cl("dictionary",
                 "Prints the actor dictionary: the built-in actors with any --actors files "
                 "merged over them (which also checks those files), or, with --lookup, the "
                 "actor each name resolves to.",
                 "[OPTION...]",
                 "  actorgraph dictionary --format tsv | grep -i kurd\n"
                 "  actorgraph dictionary --actors my_actors.json --format json -o merged.json\n"
                 "  actorgraph dictionary --lookup \"U.S.\" --lookup Tehran --lookup Kremlin");
  cl.add_options()
      ("actors", "merge this dictionary file over the built-in one (repeatable, in order; - "
                 "for standard input)",
       cxxopts::value<std::vector<std::string>>(), "FILE")
      ("format", "output format: tsv (a table) or json (the dictionary file format, to edit "
                 "and pass back with --actors)",
       cxxopts::value<std::string>()->default_value("tsv"), "tsv|json")
      ("lookup", "print \"NAME, id, canonical name, type, name kind\" for NAME instead "
                 "(repeatable); exit status 1 if a NAME names no actor",
       cxxopts::value<std::vector<std::string>>(), "NAME")
      ("o,output", "write to FILE (- for standard output)",
       cxxopts::value<std::string>()->default_value("-"), "FILE");
  int exit_code = 0;
  auto parsed = cl.Parse(argc, argv, &exit_code);
  if (!parsed) return exit_code;
  const auto& args = *parsed;
  const std::string format = args["format"].as<std::string>();
  if (format != "tsv" && format != "json") {
    return UsageError("dictionary", "--format: expected tsv or json, got \"" + format + "\"");
  }
  std::vector<std::string> files;
  if (args.count("actors")) files = args["actors"].as<std::vector<std::string>>();

  Result<ActorDictionary> dictionary = LoadActorDictionary(files, std::cin);
  if (!dictionary.ok()) return Report(dictionary.status());
  Result<OutputFile> output = OutputFile::Open(args["output"].as<std::string>(), std::cout);
  if (!output.ok()) return Report(output.status());
  bool all_found = true;
  if (args.count("lookup")) {
    all_found = WriteLookups(*dictionary, args["lookup"].as<std::vector<std::string>>(),
                             output->stream());
  } else if (format == "json") {
    WriteDictionaryJson(*dictionary, output->stream());
  } else {
    WriteDictionaryTsv(*dictionary, output->stream());
  }
  if (!all_found) return 1;  // an output file is left as it was
  Status committed = output->Commit();
  if (!committed.ok()) return Report(committed);
  return 0;
}

}  // namespace actorgraph::cli
