#include "actorgraph/export/directory_export.h"

#include <filesystem>
#include <ostream>
#include <set>
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/export/exporter.h"
#include "test_util.h"

namespace actorgraph::testing {
namespace {

// Writes "a.txt" and "b.txt" holding `text`; fails after the first file when `fail` is set.
class TwoFileExporter : public Exporter {
 public:
  TwoFileExporter(std::string text, bool fail) : text_(std::move(text)), fail_(fail) {}
  std::string_view name() const override { return "two"; }
  std::string_view extension() const override { return "txt"; }
  bool writes_directory() const override { return true; }
  Status Write(const KnowledgeGraph&, std::ostream&) const override {
    return Status::InvalidArgument("directory only");
  }
  Status WriteFiles(const KnowledgeGraph&, ExportSink& sink) const override {
    auto a = sink.OpenFile("a.txt");
    if (!a.ok()) return a.status();
    **a << text_;
    if (fail_) return Status::IOError("disk full");
    auto b = sink.OpenFile("b.txt");
    if (!b.ok()) return b.status();
    **b << text_;
    return Status::OK();
  }

 private:
  std::string text_;
  bool fail_;
};

std::set<std::string> Entries(const std::filesystem::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

TEST(DirectoryExportTest, CreatesTheDirectoryWithEveryFile) {
  TempDir dir;
  const std::string out = dir.File("sub/export");
  ASSERT_TRUE(WriteExportDirectory(TwoFileExporter("new", false), KnowledgeGraph(), out).ok());
  EXPECT_EQ(Entries(out), (std::set<std::string>{"a.txt", "b.txt"}));
  EXPECT_EQ(ReadFile(out + "/b.txt"), "new");
  EXPECT_EQ(Entries(dir.path() / "sub"), std::set<std::string>{"export"});  // no temporaries
}

TEST(DirectoryExportTest, TrailingSlashNamesTheSameDirectory) {
  TempDir dir;
  ASSERT_TRUE(
      WriteExportDirectory(TwoFileExporter("new", false), KnowledgeGraph(), dir.File("out/"))
          .ok());
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"out"});
  EXPECT_EQ(ReadFile(dir.File("out/a.txt")), "new");
}

TEST(DirectoryExportTest, ReplacesAnEarlierExport) {
  TempDir dir;
  const std::string out = dir.File("export");
  std::filesystem::create_directory(out);
  WriteFile(out + "/a.txt", "old");
  ASSERT_TRUE(WriteExportDirectory(TwoFileExporter("new", false), KnowledgeGraph(), out).ok());
  EXPECT_EQ(ReadFile(out + "/a.txt"), "new");
  EXPECT_EQ(ReadFile(out + "/b.txt"), "new");
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"export"});
}

TEST(DirectoryExportTest, FailedExportLeavesTheOldDirectoryAsItWas) {
  TempDir dir;
  const std::string out = dir.File("export");
  std::filesystem::create_directory(out);
  WriteFile(out + "/a.txt", "old");
  Status status = WriteExportDirectory(TwoFileExporter("new", true), KnowledgeGraph(), out);
  EXPECT_EQ(status.ToString(), Status::IOError("disk full").ToString());
  EXPECT_EQ(Entries(out), std::set<std::string>{"a.txt"});
  EXPECT_EQ(ReadFile(out + "/a.txt"), "old");
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"export"});
}

TEST(DirectoryExportTest, FailedFirstExportLeavesNoDirectory) {
  TempDir dir;
  EXPECT_FALSE(
      WriteExportDirectory(TwoFileExporter("new", true), KnowledgeGraph(), dir.File("out")).ok());
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{});
}

TEST(DirectoryExportTest, RefusesADirectoryHoldingOtherFiles) {
  TempDir dir;
  const std::string out = dir.File("home");
  std::filesystem::create_directory(out);
  WriteFile(out + "/thesis.tex", "years of work");
  Status status = WriteExportDirectory(TwoFileExporter("new", false), KnowledgeGraph(), out);
  EXPECT_EQ(status.message(), out + ": holds 'thesis.tex', which this export does not write; "
                                    "give a new or empty directory");
  EXPECT_EQ(Entries(out), std::set<std::string>{"thesis.tex"});
  EXPECT_EQ(Entries(dir.path()), std::set<std::string>{"home"});
}

TEST(DirectoryExportTest, RefusesAFile) {
  TempDir dir;
  const std::string out = dir.File("file");
  WriteFile(out, "data");
  Status status = WriteExportDirectory(TwoFileExporter("new", false), KnowledgeGraph(), out);
  EXPECT_EQ(status.message(), out + ": exists and is not a directory");
  EXPECT_EQ(ReadFile(out), "data");
}

}  // namespace
}  // namespace actorgraph::testing
