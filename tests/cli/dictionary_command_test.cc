// `actorgraph dictionary`, run as the real binary.
#include <string>

#include <gtest/gtest.h>

#include "test_util.h"

namespace actorgraph {
namespace {

using testing::FileExists;
using testing::ReadFile;
using testing::RunCli;
using testing::TempDir;
using testing::WriteFile;

constexpr char kExtra[] = R"({"format": "actorgraph-actors", "version": 1, "actors": [
{"name": "Acme Oil Company", "type": "organization", "acronyms": ["AOC"], "affiliation": "iran"},
{"id": "united_states", "names": ["Uncle Sam"]}
]})";

TEST(DictionaryCommandTest, TsvListsEveryBuiltInActor) {
  auto r = RunCli({"dictionary"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("id\tname\ttype\tcode\t", 0), 0u);
  EXPECT_NE(r.out.find("\niran\tIran\tcountry\tIRN\t"), std::string::npos);
  EXPECT_NE(r.out.find("\nun_security_council\tUN Security Council\torganization\t\t"
                       "united_nations\t"),
            std::string::npos);
  EXPECT_EQ(r.err, "");
}

TEST(DictionaryCommandTest, JsonOfMergedFilesIsADictionaryFile) {
  TempDir dir;
  WriteFile(dir.File("extra.json"), kExtra);
  auto r = RunCli({"dictionary", "--actors", dir.File("extra.json"), "--format", "json", "-o",
                   dir.File("merged.json")});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  std::string merged = ReadFile(dir.File("merged.json"));
  EXPECT_NE(merged.find("{\"id\": \"acme_oil_company\", \"name\": \"Acme Oil Company\", "
                        "\"type\": \"organization\", \"acronyms\": [\"AOC\"], "
                        "\"affiliation\": \"iran\"}"),
            std::string::npos);
  EXPECT_NE(merged.find("\"Uncle Sam\""), std::string::npos);
  // The output is itself a valid --actors file.
  auto again = RunCli({"dictionary", "--actors", dir.File("merged.json"), "--lookup", "AOC"});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, "AOC\tacme_oil_company\tAcme Oil Company\torganization\tacronym\n");
}

TEST(DictionaryCommandTest, LookupPrintsHowEachNameResolves) {
  auto r = RunCli({"dictionary", "--lookup", "U.S.", "--lookup", "the Kremlin", "--lookup",
                   "Iranians", "--lookup", "iran"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "U.S.\tunited_states\tUnited States\tcountry\tacronym\n"
            "the Kremlin\trussia\tRussia\tcountry\tcapital\n"
            "Iranians\tiran\tIran\tcountry\tdemonym\n"
            "iran\tiran\tIran\tcountry\tname\n");
}

TEST(DictionaryCommandTest, UnknownLookupFailsWithSuggestions) {
  auto r = RunCli({"dictionary", "--lookup", "Tehran", "--lookup", "Tehrn"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "Tehran\tiran\tIran\tcountry\tcapital\n");
  EXPECT_EQ(r.err, "actorgraph dictionary: no actor is named \"Tehrn\" (did you mean "
                   "\"Tehran\", \"Teheran\", \"Bern\"?)\n");
}

TEST(DictionaryCommandTest, ReadsAnActorFileFromStandardInput) {
  auto r = RunCli({"dictionary", "--actors", "-", "--lookup", "Uncle Sam"}, kExtra);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Uncle Sam\tunited_states\tUnited States\tcountry\tname\n");
}

TEST(DictionaryCommandTest, BadActorFileIsAnInputErrorAndLeavesTheOutputAlone) {
  TempDir dir;
  WriteFile(dir.File("bad.json"),
            R"({"format": "actorgraph-actors", "version": 1, "actors": [
                {"name": "Foo", "type": "nation"}]})");
  WriteFile(dir.File("out.tsv"), "old contents\n");
  const std::string bad = dir.File("bad.json");
  auto r = RunCli({"dictionary", "--actors", bad, "-o", dir.File("out.tsv")});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "actorgraph: " + bad +
                       ": entry 1 (\"Foo\"): field \"type\": expected one of country, "
                       "organization, person, group, other, got \"nation\"\n");
  EXPECT_EQ(ReadFile(dir.File("out.tsv")), "old contents\n");
}

TEST(DictionaryCommandTest, MissingActorFileIsNamed) {
  TempDir dir;
  const std::string missing = dir.File("missing.json");
  auto r = RunCli({"dictionary", "--actors", missing});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "actorgraph: " + missing + ": cannot open the actor dictionary\n");
  EXPECT_FALSE(FileExists(missing));
}

TEST(DictionaryCommandTest, UnknownFormatIsAUsageError) {
  auto r = RunCli({"dictionary", "--format", "xml"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err.rfind("actorgraph dictionary: --format: expected tsv or json, got \"xml\"\n",
                        0),
            0u)
      << r.err;
}

TEST(DictionaryCommandTest, HelpShowsAnExample) {
  auto r = RunCli({"dictionary", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("actorgraph dictionary --lookup"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace actorgraph
