// `actorgraph actors` run as users run it: files and stdin in, JSONL or a table out.
#include <sys/wait.h>

#include <algorithm>
#include <array>
#include <unistd.h>
#include <vector>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

struct CliRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// The scratch directory RunCli runs in (created on first use; one per test process).
fs::path Scratch() {
  fs::path dir = fs::temp_directory_path() / ("actors_cli_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  return dir;
}

// Removes the scratch directory when the test process ends.
struct ScratchRemover {
  ~ScratchRemover() {
    std::error_code ignored;
    fs::remove_all(fs::temp_directory_path() / ("actors_cli_" + std::to_string(::getpid())),
                   ignored);
  }
} scratch_remover;

// Runs the CLI with `args` (a shell fragment) in the scratch directory.
CliRun RunCli(const std::string& args, const std::string& stdin_text = "") {
  fs::path dir = Scratch();
  std::ofstream(dir / "stdin.txt") << stdin_text;
  std::string command = "cd '" + dir.string() + "' && '" ACTORGRAPH_CLI "' actors " + args +
                        " <stdin.txt >stdout.txt 2>stderr.txt";
  int status = std::system(command.c_str());
  CliRun run;
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto slurp = [&](const char* name) {
    std::ifstream in(dir / name);
    return std::string(std::istreambuf_iterator<char>(in), {});
  };
  run.out = slurp("stdout.txt");
  run.err = slurp("stderr.txt");
  return run;
}



const char kArticle[] =
    "{\"id\": \"a1\", \"title\": \"US and Iran Talks\", \"text\": \"The United States and "
    "Iran met, Tehran said. Both nations want calm.\"}\n"
    "{\"id\": \"a2\", \"text\": \"Russia's Foreign Minister Sergei Lavrov spoke.\"}\n";

TEST(ActorsCommandTest, PrintsOneJsonLinePerMentionInDocumentOrder) {
  CliRun run = RunCli("-q -", kArticle);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t nl; (nl = run.out.find('\n', start)) != std::string::npos; start = nl + 1) {
    lines.push_back(run.out.substr(start, nl - start));
  }
  ASSERT_EQ(lines.size(), 8u) << run.out;
  EXPECT_NE(lines[0].find("\"doc\":\"a1\",\"sentence\":0,\"span\":[0,2]"), std::string::npos);
  EXPECT_NE(lines[4].find("\"text\":\"Tehran\",\"actor\":\"iran\""), std::string::npos);
  EXPECT_NE(lines[5].find("\"how\":\"group_reference\""), std::string::npos);
  EXPECT_NE(lines[7].find("\"actor\":\"sergei_lavrov\""), std::string::npos);
  EXPECT_NE(lines[7].find("\"affiliation\":\"russia\""), std::string::npos);
}

TEST(ActorsCommandTest, OutputIsTheSameForEveryThreadCount) {
  std::string many;
  for (int i = 0; i < 300; ++i) {
    many += "{\"id\": \"d" + std::to_string(i) +
            "\", \"text\": \"Iran and Iraq met. President Hassan Rouhani spoke to the "
            "Iraqi Parliament. Both countries agreed.\"}\n";
  }
  CliRun one = RunCli("-q -j 1 -", many);
  CliRun four = RunCli("-q -j 4 -", many);
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(one.out, four.out);
  // Iran, Iraq, Hassan Rouhani, Iraqi Parliament, Both countries.
  EXPECT_EQ(std::count(one.out.begin(), one.out.end(), '\n'), 300 * 5);
}

TEST(ActorsCommandTest, SummaryCountsActors) {
  CliRun run = RunCli("-q --summary -", kArticle);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "name           type     mentions  documents  id\n"
            "Iran           country         4          1  iran\n"
            "United States  country         3          1  united_states\n"
            "Russia         country         1          1  russia\n"
            "Sergei Lavrov  person          1          1  sergei_lavrov\n");
}

TEST(ActorsCommandTest, ExtraDictionaryAddsActors) {
  std::ofstream(Scratch() / "extra.json")
      << R"({"format": "actorgraph-actors", "version": 1, "actors": [)"
      << R"({"id": "acme", "name": "Acme", "type": "organization", "names": ["Acme Widgets"]}]})";
  CliRun run = RunCli("-q --actors extra.json -", "{\"id\": \"x\", \"text\": \"Acme Widgets grew.\"}\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("\"actor\":\"acme\""), std::string::npos) << run.out;
}

TEST(ActorsCommandTest, WritesTheOutputFileOnlyOnSuccess) {
  std::ofstream(Scratch() / "out.jsonl") << "old\n";
  CliRun bad = RunCli("-q -o out.jsonl -", "{\"id\": \"x\"}\n");
  EXPECT_EQ(bad.exit_code, 1);
  std::ifstream kept(Scratch() / "out.jsonl");
  EXPECT_EQ(std::string(std::istreambuf_iterator<char>(kept), {}), "old\n");
  CliRun good = RunCli("-q -o out.jsonl -", kArticle);
  ASSERT_EQ(good.exit_code, 0) << good.err;
  EXPECT_EQ(good.out, "");
  std::ifstream written(Scratch() / "out.jsonl");
  std::string text(std::istreambuf_iterator<char>(written), {});
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 8);
}

TEST(ActorsCommandTest, BadInputAndUsageAreReportedWithExitStatusOne) {
  struct Case {
    std::string args;
    std::string stdin_text;
    std::string error;  // first line of stderr
  };
  const Case cases[] = {
      {"-q", "", "actorgraph actors: no INPUT given (use - for stdin)"},
      {"-q missing.jsonl", "", "actorgraph: missing.jsonl: no such file or directory"},
      {"-q -j -3 -", "", "actorgraph actors: --threads: expected 0 or more, got -3"},
      {"-q --actors nothing.json -", "",
       "actorgraph: nothing.json: cannot open the actor dictionary"},
  };
  for (const Case& c : cases) {
    CliRun run = RunCli(c.args, c.stdin_text);
    EXPECT_EQ(run.exit_code, 1) << c.args;
    EXPECT_EQ(run.err.substr(0, run.err.find('\n')), c.error) << c.args;
  }
}

TEST(ActorsCommandTest, InvalidUtf8FailsUnlessLenient) {
  const std::string bad = "{\"id\": \"x\", \"text\": \"Iran \xff met.\"}\n";
  CliRun strict = RunCli("-q -", bad);
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_EQ(strict.out, "");
  EXPECT_NE(strict.err.find("-:1: invalid UTF-8 at byte"), std::string::npos) << strict.err;
  CliRun lenient = RunCli("-q --lenient -", bad);
  ASSERT_EQ(lenient.exit_code, 0) << lenient.err;
  EXPECT_NE(lenient.out.find("\"actor\":\"iran\""), std::string::npos);
  EXPECT_NE(lenient.err.find("warning"), std::string::npos) << lenient.err;
}

TEST(ActorsCommandTest, PlainTextOnStdinIsOneArticle) {
  CliRun run = RunCli("-q -", "Iran and Iraq\n\nThey called Baghdad.\n");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(std::count(run.out.begin(), run.out.end(), '\n'), 3) << run.out;
  EXPECT_NE(run.out.find("{\"doc\":\"-\",\"sentence\":1,\"span\":[27,34]"), std::string::npos)
      << run.out;
}

TEST(ActorsCommandTest, HelpShowsAnExample) {
  CliRun run = RunCli("--help");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("Example:\n  actorgraph actors"), std::string::npos) << run.out;
}

}  // namespace
}  // namespace actorgraph
