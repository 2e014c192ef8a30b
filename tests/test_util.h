// Shared test helpers: triples and small graphs with the awkward cases every writer and
// query must survive, temporary directories, and running the real actorgraph binary.
#ifndef ACTORGRAPH_TESTS_TEST_UTIL_H_
#define ACTORGRAPH_TESTS_TEST_UTIL_H_

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph/knowledge_graph.h"
#include "actorgraph/graph/triple.h"

namespace actorgraph::testing {

// A triple between actors named `subject` and `object` (ids from MakeActorId, type other
// unless given). A relation "not X" is negated with text X; "~X" is symmetric. Evidence
// names `doc` (and `sentence`, `date`) when given; confidence 1, extractor "test".
Triple MakeTriple(std::string_view subject, std::string_view relation, std::string_view object,
                  std::string_view doc = "", std::string_view sentence = "",
                  std::string_view date = "");

// The triples of AwkwardGraph(), in the order they are added.
std::vector<Triple> AwkwardTriples();

// A small graph with every awkward case: a symmetric relation stated in both directions, a
// negated relation, parallel edges (two relations, same pair), a self-loop, names with
// quotes, '&', '<', non-ASCII letters and an alias, dates, several documents and extractors,
// an isolated actor, typed actors (country, organization, person, group, other).
// Its DebugString() is kAwkwardGraphDebugString.
KnowledgeGraph AwkwardGraph();
extern const char* const kAwkwardGraphDebugString;

// A fresh, empty directory under the system temporary directory, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // path() / name as a string.
  std::string File(std::string_view name) const;

 private:
  std::filesystem::path path_;
};

// Whole-file helpers; ReadFile returns "" for a missing file, FileExists tells them apart.
std::string ReadFile(const std::filesystem::path& path);
void WriteFile(const std::filesystem::path& path, std::string_view contents);
bool FileExists(const std::filesystem::path& path);

struct CliResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
};

// Runs the actorgraph binary (ACTORGRAPH_CLI) with `args` (each shell-quoted here), feeding
// `stdin_text` on standard input, in the current directory.
CliResult RunCli(const std::vector<std::string>& args, std::string_view stdin_text = "");

}  // namespace actorgraph::testing

#endif  // ACTORGRAPH_TESTS_TEST_UTIL_H_
