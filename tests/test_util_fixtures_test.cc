// The shared fixtures of test_util.h, and tests that they are what they claim to be.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph::testing {

Triple MakeTriple(std::string_view subject, std::string_view relation, std::string_view object,
                  std::string_view doc, std::string_view sentence, std::string_view date) {
  Triple triple;
  triple.subject.name = std::string(subject);
  triple.subject.id = MakeActorId(subject);
  triple.object.name = std::string(object);
  triple.object.id = MakeActorId(object);
  std::string_view text = relation;
  if (text.starts_with("~")) {
    triple.relation.symmetric = true;
    text.remove_prefix(1);
  }
  if (text.starts_with("not ")) {
    triple.relation.negated = true;
    text.remove_prefix(4);
  }
  triple.relation.text = std::string(text);
  triple.relation.lemma = std::string(text.substr(0, text.find(' ')));
  triple.extractor = "test";
  triple.evidence.doc = std::string(doc);
  triple.evidence.sentence = std::string(sentence);
  triple.evidence.date = std::string(date);
  return triple;
}

std::vector<Triple> AwkwardTriples() {
  const std::string halvorsen = "Halvorsen & \"Partners\" <Ltd>";
  std::vector<Triple> triples = {
      MakeTriple("Valmoria", "~hold talks with", "Kessaria", "d1",
                 "Valmoria held talks with Kessaria on Monday.", "2026-03-01"),
      MakeTriple("Kessaria", "~hold talks with", "Valmoria", "d2",
                 "Kessaria and Valmoria held a second round of talks.", "2026-03-04"),
      MakeTriple("Kessaria", "not attack", "Valmoria", "d2",
                 "Kessaria did not attack Valmoria, its minister insisted.", "2026-03-04"),
      MakeTriple("Kessaria", "accuse", "Valmoria", "d3",
                 "Kessaria accused Valmoria of moving troops.", "2026-03-07"),
      MakeTriple("Red Dawn Front", "purge", "Red Dawn Front", "d3",
                 "The Red Dawn Front purged its own commanders.", "2026-03-07"),
      MakeTriple("Zoë Marčić", "visit", "Kessaria", "d3",
                 "Zoë Marčić visited Kessaria.", "2026-03-07"),
      MakeTriple(halvorsen, "sign contract with", "Valmoria", "d1",
                 "Halvorsen & \"Partners\" <Ltd> signed a contract with Valmoria.", "2026-03-01"),
      MakeTriple(halvorsen, "sign contract with", "Valmoria", "d4",
                 "Valmoria's deal with Halvorsen was signed again.", "2026-03-09"),
  };
  for (Triple& t : triples) {
    for (Actor* actor : {&t.subject, &t.object}) {
      if (actor->name == "Valmoria") {
        actor->type = ActorType::kCountry;
        actor->aliases = {"Republic of Valmoria"};
        actor->code = "VLM";
      } else if (actor->name == "Kessaria") {
        actor->type = ActorType::kCountry;
        actor->aliases = {"K.S.R."};
        actor->code = "KSR";
      } else if (actor->name == "Red Dawn Front") {
        actor->type = ActorType::kGroup;
      } else if (actor->name == "Zoë Marčić") {
        actor->type = ActorType::kPerson;
        actor->affiliation = "valmoria";
      } else {
        actor->type = ActorType::kOrganization;
      }
    }
  }
  triples[1].confidence = 0.75;
  triples[6].extractor = "pattern";
  triples[6].evidence.subject = {0, 27};
  triples[6].evidence.relation = {28, 34};
  triples[6].evidence.object = {50, 58};
  triples[6].evidence.sentence_index = 0;
  return triples;
}

KnowledgeGraph AwkwardGraph() {
  KnowledgeGraph graph;
  for (const Triple& triple : AwkwardTriples()) graph.AddTriple(triple);
  Actor isolated;
  isolated.id = "tarvassa";
  isolated.name = "Tarvassa";
  graph.AddActor(isolated);
  return graph;
}

const char* const kAwkwardGraphDebugString =
    "Halvorsen & \"Partners\" <Ltd> -[sign contract with]-> Valmoria x2\n"
    "Kessaria -[accuse]-> Valmoria x1\n"
    "Kessaria -[not attack]-> Valmoria x1\n"
    "Kessaria -[hold talks with]- Valmoria x2\n"
    "Red Dawn Front -[purge]-> Red Dawn Front x1\n"
    "Zoë Marčić -[visit]-> Kessaria x1\n"
    "Tarvassa\n";

TempDir::TempDir() {
  std::random_device random;
  for (;;) {
    path_ = std::filesystem::temp_directory_path() /
            ("actorgraph-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    if (std::filesystem::create_directory(path_)) break;
  }
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::string TempDir::File(std::string_view name) const { return (path_ / name).string(); }

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

void WriteFile(const std::filesystem::path& path, std::string_view contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
}

bool FileExists(const std::filesystem::path& path) {
  std::error_code ignored;
  return std::filesystem::exists(path, ignored);
}

namespace {

std::string ShellQuote(std::string_view arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

}  // namespace

CliResult RunCli(const std::vector<std::string>& args, std::string_view stdin_text) {
  TempDir io;
  WriteFile(io.path() / "stdin", stdin_text);
  std::string command = ShellQuote(ACTORGRAPH_CLI);
  for (const std::string& arg : args) command += " " + ShellQuote(arg);
  command += " <" + ShellQuote(io.File("stdin")) + " >" + ShellQuote(io.File("stdout")) +
             " 2>" + ShellQuote(io.File("stderr"));
  int status = std::system(command.c_str());
  CliResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = ReadFile(io.path() / "stdout");
  result.err = ReadFile(io.path() / "stderr");
  return result;
}

namespace {

TEST(TestUtilTest, AwkwardGraphMatchesItsDebugString) {
  EXPECT_EQ(AwkwardGraph().DebugString(), kAwkwardGraphDebugString);
}

TEST(TestUtilTest, MakeTripleReadsNegationAndSymmetryMarks) {
  Triple triple = MakeTriple("A", "~not meet with", "B");
  EXPECT_TRUE(triple.relation.symmetric);
  EXPECT_TRUE(triple.relation.negated);
  EXPECT_EQ(triple.relation.text, "meet with");
  EXPECT_EQ(triple.relation.lemma, "meet");
}

TEST(TestUtilTest, RunCliCapturesOutputAndExitStatus) {
  CliResult result = RunCli({"version"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_EQ(result.out.rfind("actorgraph ", 0), 0u);
  CliResult unknown = RunCli({"no-such-command"});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("unknown command 'no-such-command'"), std::string::npos);
}

}  // namespace
}  // namespace actorgraph::testing
