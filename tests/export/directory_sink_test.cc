#include "actorgraph/export/directory_sink.h"

#include <filesystem>
#include <ostream>

#include <gtest/gtest.h>

#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

TEST(DirectorySinkTest, FilesAppearOnlyOnCommit) {
  TempDir dir;
  const std::string out = dir.File("neo4j/import");
  auto sink = DirectorySink::Open(out);
  ASSERT_TRUE(sink.ok()) << sink.status().ToString();
  auto actors = sink->OpenFile("actors.csv");
  ASSERT_TRUE(actors.ok());
  **actors << "id,name\n";
  EXPECT_FALSE(FileExists(out + "/actors.csv"));
  ASSERT_TRUE(sink->Commit().ok());
  EXPECT_EQ(ReadFile(out + "/actors.csv"), "id,name\n");
}

TEST(DirectorySinkTest, UncommittedFilesLeaveOldContentsAlone) {
  TempDir dir;
  WriteFile(dir.path() / "actors.csv", "old\n");
  {
    auto sink = DirectorySink::Open(dir.path().string());
    ASSERT_TRUE(sink.ok());
    auto actors = sink->OpenFile("actors.csv");
    ASSERT_TRUE(actors.ok());
    **actors << "new\n";
  }
  EXPECT_EQ(ReadFile(dir.path() / "actors.csv"), "old\n");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir.path()),
                          std::filesystem::directory_iterator()),
            1);
}

TEST(DirectorySinkTest, DefaultWriteFilesPutsTheSingleFileInTheDirectory) {
  TempDir dir;
  auto exporter = MakeExporter("json", {});
  ASSERT_TRUE(exporter.ok());
  auto sink = DirectorySink::Open(dir.File("out"));
  ASSERT_TRUE(sink.ok());
  KnowledgeGraph graph = ExportGraph();
  ASSERT_TRUE((*exporter)->WriteFiles(graph, *sink).ok());
  ASSERT_TRUE(sink->Commit().ok());
  EXPECT_EQ(ReadFile(dir.File("out/graph.json")), Export("json", graph));
}

struct BadName {
  const char* name;
  const char* message;
};

TEST(DirectorySinkTest, RejectsNamesThatAreNotPlainFileNames) {
  TempDir dir;
  auto sink = DirectorySink::Open(dir.path().string());
  ASSERT_TRUE(sink.ok());
  ASSERT_TRUE(sink->OpenFile("a.csv").ok());
  const BadName cases[] = {
      {"", "export file name '' is not a plain file name"},
      {"..", "export file name '..' is not a plain file name"},
      {"sub/a.csv", "export file name 'sub/a.csv' is not a plain file name"},
      {"a.csv", "export file 'a.csv' opened twice"},
  };
  for (const BadName& c : cases) {
    auto file = sink->OpenFile(c.name);
    ASSERT_FALSE(file.ok()) << c.name;
    EXPECT_EQ(file.status().message(), c.message);
  }
}

TEST(DirectorySinkTest, PathThatIsAFileIsAnError) {
  TempDir dir;
  WriteFile(dir.path() / "plain", "x");
  auto sink = DirectorySink::Open(dir.File("plain"));
  ASSERT_FALSE(sink.ok());
  EXPECT_EQ(sink.status().message(), dir.File("plain") + ": exists and is not a directory");
}

}  // namespace
}  // namespace actorgraph::testing
