#include "actorgraph/text/document_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

struct Collected {
  std::vector<Document> documents;
  std::vector<std::string> warnings;
  ReadOptions options;
  DocumentSink sink;

  explicit Collected(bool lenient = false) {
    options.lenient = lenient;
    options.warn = [this](const std::string& w) { warnings.push_back(w); };
    sink = [this](Document&& d) {
      documents.push_back(std::move(d));
      return Status::OK();
    };
  }
};

Status ReadJsonl(const std::string& jsonl, Collected* out) {
  std::istringstream in(jsonl);
  return ReadJsonlDocuments(in, "in.jsonl", out->options, out->sink);
}

// A fresh directory for one test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    path_ = fs::path(testing::TempDir()) /
            ("actorgraph_text_" + std::to_string(::getpid()) + "_" + std::to_string(counter_++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
  }
  const fs::path& path() const { return path_; }
  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  static inline int counter_ = 0;
  fs::path path_;
};

TEST(DocumentReaderTest, TextFileFirstLineIsTitleWhenABlankLineFollows) {
  Result<Document> d = ParseTextDocument("Iran Talks Resume  \n\nThe envoys met.\n", "a.txt", {});
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->id, "a.txt");
  EXPECT_EQ(d->title_end, 17u);
  EXPECT_EQ(d->text, "Iran Talks Resume  \n\nThe envoys met.\n");
  EXPECT_EQ(d->extra_json, "{}");
}

TEST(DocumentReaderTest, TextFileWithoutBlankSecondLineHasNoTitle) {
  Result<Document> d = ParseTextDocument("Iran Talks Resume\nThe envoys met.\n", "a.txt", {});
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->title_end, 0u);
  Result<Document> one_line = ParseTextDocument("Iran Talks Resume", "b.txt", {});
  ASSERT_TRUE(one_line.ok());
  EXPECT_EQ(one_line->title_end, 0u);
}

TEST(DocumentReaderTest, JsonlFieldsAreCarried) {
  Collected out;
  Status s = ReadJsonl(
      "{\"id\": \"r-1\", \"title\": \"OIL PRICES RISE\", \"text\": \"Prices rose.\", "
      "\"date\": \"1987-02-26T15:01:01\", \"source\": \"reuters\", \"url\": \"http://x/1\", "
      "\"topics\": [\"crude\"], \"lewissplit\": \"TRAIN\"}\n",
      &out);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(out.documents.size(), 1u);
  const Document& d = out.documents[0];
  EXPECT_EQ(d.id, "r-1");
  EXPECT_EQ(d.text, "OIL PRICES RISE\n\nPrices rose.");
  EXPECT_EQ(d.title_end, 15u);
  EXPECT_EQ(d.date, "1987-02-26");
  EXPECT_EQ(d.source, "reuters");
  EXPECT_EQ(d.url, "http://x/1");
  EXPECT_EQ(d.extra_json, "{\"topics\":[\"crude\"],\"lewissplit\":\"TRAIN\"}");
  EXPECT_TRUE(out.warnings.empty());
}

TEST(DocumentReaderTest, JsonlTitleAlreadyOpeningTheTextIsNotRepeated) {
  Collected out;
  ASSERT_TRUE(ReadJsonl("{\"id\": \"a\", \"title\": \"Talks Resume\", \"text\": \"Talks Resume\\nThe envoys met.\"}\n"
                        "{\"id\": \"b\", \"title\": \"Talks\", \"text\": \"Talks resumed.\"}\n",
                        &out).ok());
  ASSERT_EQ(out.documents.size(), 2u);
  EXPECT_EQ(out.documents[0].text, "Talks Resume\nThe envoys met.");
  EXPECT_EQ(out.documents[0].title_end, 12u);
  EXPECT_EQ(out.documents[1].text, "Talks\n\nTalks resumed.");
  EXPECT_EQ(out.documents[1].title_end, 5u);
}

TEST(DocumentReaderTest, JsonlNullsBlankLinesAndIntegerIds) {
  Collected out;
  ASSERT_TRUE(ReadJsonl("\n{\"id\": 42, \"text\": \"x\", \"title\": null, \"date\": null}\r\n   \n"
                        "{\"id\": \"b\", \"text\": \"y\", \"date\": \"February 26, 1987\"}",
                        &out).ok());
  ASSERT_EQ(out.documents.size(), 2u);
  EXPECT_EQ(out.documents[0].id, "42");
  EXPECT_EQ(out.documents[0].text, "x");
  EXPECT_EQ(out.documents[0].title_end, 0u);
  EXPECT_EQ(out.documents[0].date, "");
  EXPECT_EQ(out.documents[0].extra_json, "{}");
  EXPECT_EQ(out.documents[1].date, "1987-02-26");
}

TEST(DocumentReaderTest, UnreadableDatesAreLeftEmptyWithOneWarning) {
  Collected out;
  ASSERT_TRUE(ReadJsonl("{\"id\": \"a\", \"text\": \"x\", \"date\": \"last spring\"}\n"
                        "{\"id\": \"b\", \"text\": \"y\", \"date\": \"03/04/2020\"}\n",
                        &out).ok());
  ASSERT_EQ(out.documents.size(), 2u);
  EXPECT_EQ(out.documents[0].date, "");
  EXPECT_EQ(out.documents[1].date, "");
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_EQ(out.warnings[0],
            "in.jsonl: 2 dates not understood, left empty (first at line 1: \"last spring\")");
}

struct BadJsonl {
  std::string jsonl;
  std::string message;
};

TEST(DocumentReaderTest, BadJsonlIsReportedWithLineAndField) {
  const std::string line1 = "{\"id\": \"a\", \"text\": \"fine\"}";
  const BadJsonl cases[] = {
      {"{\"id\": \"a\", \"text\": 5}", "in.jsonl:1: field \"text\": expected a string, got a number"},
      {"{\"id\": \"a\", \"text\": null}", "in.jsonl:1: field \"text\": expected a string, got null"},
      {line1 + "\n\n[1, 2]", "in.jsonl:3: expected a JSON object, got an array"},
      {"\"just text\"", "in.jsonl:1: expected a JSON object, got a string"},
      {"{\"text\": \"x\"}", "in.jsonl:1: missing field \"id\""},
      {"{\"id\": \"a\"}", "in.jsonl:1: missing field \"text\""},
      {"{\"id\": \"\", \"text\": \"x\"}", "in.jsonl:1: field \"id\": expected a non-empty string"},
      {"{\"id\": 1.5, \"text\": \"x\"}",
       "in.jsonl:1: field \"id\": expected a string or an integer, got a number"},
      {"{\"id\": \"a\", \"text\": \"x\", \"title\": [\"t\"]}",
       "in.jsonl:1: field \"title\": expected a string, got an array"},
      {"{\"id\": \"a\", \"text\": \"x\", \"date\": 1987}",
       "in.jsonl:1: field \"date\": expected a string, got a number"},
      {"{\"id\": \"a\", \"text\": \"x\"", "in.jsonl:1: invalid JSON at byte 23 of the line: "
                                        "Missing a comma or '}' after an object member."},
      {"{\"id\": \"a\", \"text\": \"x\"} {}", "in.jsonl:1: invalid JSON at byte 25 of the line: "
                                             "The document root must not be followed by other values."},
      {line1 + "\n{\"id\": \"b\", \"text\": \"Ir\xff" "an\"}",
       "in.jsonl:2: invalid UTF-8 at byte 23 of the line (byte 51 of the file): "
       "byte 0xFF never appears in UTF-8"},
      {"{\"id\": \"b\", \"text\": \"Tehr\xc3\"}",
       "in.jsonl:1: invalid UTF-8 at byte 25 of the line (byte 25 of the file): "
       "truncated sequence: expected a continuation byte, got 0x22"},
      {"{\"id\": \"b\", \"text\": \"x\\udc00\"}",
       "in.jsonl:1: field \"text\": invalid UTF-8 at byte 1 of the value: encoded UTF-16 surrogate"},
  };
  for (const BadJsonl& c : cases) {
    Collected out;
    Status s = ReadJsonl(c.jsonl, &out);
    EXPECT_FALSE(s.ok()) << c.jsonl;
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument) << c.jsonl;
    EXPECT_EQ(s.ToString(), c.message);
  }
}

struct BadText {
  std::string bytes;
  std::string message;
};

TEST(DocumentReaderTest, InvalidUtf8InTextFileNamesTheByte) {
  const BadText cases[] = {
      {"Iran\x80 talks", "a.txt: invalid UTF-8 at byte 4: unexpected continuation byte 0x80"},
      {"Title\n\nTehr\xc3", "a.txt: invalid UTF-8 at byte 11: truncated sequence: "
                            "expected a continuation byte, got end of input"},
      {"Kyiv \xe2\x80 talks", "a.txt: invalid UTF-8 at byte 5: truncated sequence: "
                              "expected a continuation byte, got 0x20"},
      {"\xed\xa0\x80", "a.txt: invalid UTF-8 at byte 0: encoded UTF-16 surrogate"},
  };
  for (const BadText& c : cases) {
    Result<Document> d = ParseTextDocument(c.bytes, "a.txt", {});
    ASSERT_FALSE(d.ok()) << c.message;
    EXPECT_EQ(d.status().ToString(), c.message);
  }
}

TEST(DocumentReaderTest, LenientReplacesInvalidUtf8AndWarnsOncePerFile) {
  Collected out(/*lenient=*/true);
  Result<Document> d = ParseTextDocument("Iran\xff talks\x80.", "a.txt", out.options);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Iran\uFFFD talks\uFFFD.");
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_EQ(out.warnings[0], "a.txt: replaced 2 invalid UTF-8 sequences with U+FFFD");

  Collected jsonl(/*lenient=*/true);
  ASSERT_TRUE(ReadJsonl("{\"id\": \"a\", \"text\": \"Ir\xff" "an\"}\n"
                        "{\"id\": \"b\", \"text\": \"fine\"}\n"
                        "{\"id\": \"c\", \"text\": \"x\\udc00\"}\n",
                        &jsonl).ok());
  ASSERT_EQ(jsonl.documents.size(), 3u);
  EXPECT_EQ(jsonl.documents[0].text, "Ir\uFFFDan");
  // An encoded surrogate is three ill-formed bytes: one U+FFFD each, as Unicode advises.
  EXPECT_EQ(jsonl.documents[2].text, "x\uFFFD\uFFFD\uFFFD");
  ASSERT_EQ(jsonl.warnings.size(), 1u);
  EXPECT_EQ(jsonl.warnings[0], "in.jsonl: replaced 4 invalid UTF-8 sequences with U+FFFD");
}

TEST(DocumentReaderTest, DirectoryIsReadRecursivelyInSortedOrder) {
  TempDir dir;
  dir.Write("b.txt", "Second article.");
  dir.Write("a/z.jsonl", "{\"id\": \"j1\", \"text\": \"From JSONL.\"}\n{\"id\": \"j2\", \"text\": \"Again.\"}\n");
  dir.Write("a/c.TXT", "Upper-case extension.");
  dir.Write("notes.md", "not an article");
  dir.Write(".hidden/x.txt", "hidden");
  dir.Write(".y.txt", "hidden too");
  Collected out;
  Status s = ReadInputs({dir.path().string()}, std::cin, out.options, out.sink);
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::vector<std::string> ids;
  for (const Document& d : out.documents) ids.push_back(d.id);
  const std::string root = dir.path().string();
  EXPECT_EQ(ids, (std::vector<std::string>{root + "/a/c.TXT", "j1", "j2", root + "/b.txt"}));
}

TEST(DocumentReaderTest, EmptyDirectoryWarns) {
  TempDir dir;
  Collected out;
  ASSERT_TRUE(ReadInputs({dir.path().string()}, std::cin, out.options, out.sink).ok());
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_EQ(out.warnings[0], dir.path().string() + ": no .txt or .jsonl files in this directory");
}

TEST(DocumentReaderTest, MissingInputIsNotFound) {
  TempDir dir;
  Collected out;
  std::string missing = (dir.path() / "nope.txt").string();
  Status s = ReadInputs({missing}, std::cin, out.options, out.sink);
  EXPECT_EQ(s.code(), Status::Code::kNotFound);
  EXPECT_EQ(s.ToString(), missing + ": no such file or directory");
}

TEST(DocumentReaderTest, UnreadableDirectoryIsAnIOError) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every directory";
  TempDir dir;
  dir.Write("locked/a.txt", "x");
  fs::permissions(dir.path() / "locked", fs::perms::none);
  Collected out;
  Status s = ReadInputs({dir.path().string()}, std::cin, out.options, out.sink);
  EXPECT_EQ(s.code(), Status::Code::kIOError);
  EXPECT_EQ(s.ToString(), (dir.path() / "locked").string() + ": cannot read directory: Permission denied");
}

TEST(DocumentReaderTest, BadLineInAFileNamesTheFile) {
  TempDir dir;
  std::string path = dir.Write("in.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\"}\n");
  Collected out;
  Status s = ReadInputs({path}, std::cin, out.options, out.sink);
  EXPECT_EQ(s.ToString(), path + ":2: missing field \"text\"");
  EXPECT_EQ(out.documents.size(), 1u);
}

TEST(DocumentReaderTest, JsonFileHoldsAnArrayOrOneArticle) {
  TempDir dir;
  std::string array = dir.Write("news.json",
                                "[{\"id\": \"a\", \"text\": \"First.\", \"date\": \"26 Feb 1987\"},\n"
                                " {\"id\": \"b\", \"title\": \"Talks\", \"text\": \"Second.\"}]");
  std::string one = dir.Write("one.json", "{\"id\": \"c\", \"text\": \"Third.\"}");
  std::string nd = dir.Write("more.ndjson", "{\"id\": \"d\", \"text\": \"Fourth.\"}\n");
  Collected out;
  Status s = ReadInputs({array, one, nd}, std::cin, out.options, out.sink);
  ASSERT_TRUE(s.ok()) << s.ToString();
  ASSERT_EQ(out.documents.size(), 4u);
  EXPECT_EQ(out.documents[0].date, "1987-02-26");
  EXPECT_EQ(out.documents[1].text, "Talks\n\nSecond.");
  EXPECT_EQ(out.documents[2].id, "c");
  EXPECT_EQ(out.documents[3].id, "d");
}

TEST(DocumentReaderTest, BadJsonFileNamesTheElement) {
  TempDir dir;
  const std::pair<std::string, std::string> cases[] = {
      {"[{\"id\": \"a\", \"text\": \"x\"}, {\"id\": \"b\", \"text\": 7}]",
       ": element 2: field \"text\": expected a string, got a number"},
      {"[{\"id\": \"a\", \"text\": \"x\"}, 3]", ": element 2: expected a JSON object, got a number"},
      {"\"text\"", ": expected an array of articles or one article object, got a string"},
      {"[{\"id\": \"a\",\n \"text\" 5}]",
       ":2: invalid JSON at byte 21 of the file: Missing a colon after a name of object member."},
      {"[\n\n{\"id\": \"\xe9\"}]",
       ":3: invalid UTF-8 at byte 11 of the file: truncated sequence: expected a continuation byte, got 0x22"},
      {"{\"text\": \"x\"}", ": missing field \"id\""},
  };
  for (const auto& [json, message] : cases) {
    std::string path = dir.Write("bad.json", json);
    Collected out;
    EXPECT_EQ(ReadInputs({path}, std::cin, out.options, out.sink).ToString(), path + message);
  }
}

TEST(DocumentReaderTest, StdinIsJsonlWhenItOpensWithABrace) {
  std::istringstream jsonl("\n  {\"id\": \"s1\", \"text\": \"From stdin.\"}\n");
  Collected out;
  ASSERT_TRUE(ReadInputs({"-"}, jsonl, out.options, out.sink).ok());
  ASSERT_EQ(out.documents.size(), 1u);
  EXPECT_EQ(out.documents[0].id, "s1");

  std::istringstream text("Talks Resume\n\nThe envoys met.");
  Collected plain;
  ASSERT_TRUE(ReadInputs({"-"}, text, plain.options, plain.sink).ok());
  ASSERT_EQ(plain.documents.size(), 1u);
  EXPECT_EQ(plain.documents[0].id, "-");
  EXPECT_EQ(plain.documents[0].title_end, 12u);

  std::istringstream bad("{\"id\": 1}\n");
  Collected failed;
  EXPECT_EQ(ReadInputs({"-"}, bad, failed.options, failed.sink).ToString(),
            "-:1: missing field \"text\"");
}

TEST(DocumentReaderTest, SinkErrorStopsReading) {
  Collected out;
  int calls = 0;
  DocumentSink stop = [&](Document&&) {
    ++calls;
    return Status::Internal("stop");
  };
  std::istringstream in("{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n");
  EXPECT_EQ(ReadJsonlDocuments(in, "in.jsonl", out.options, stop).ToString(), "stop");
  EXPECT_EQ(calls, 1);
}

}  // namespace
}  // namespace actorgraph
