#include "actorgraph/export/exporter.h"

#include <map>
#include <sstream>

#include <gtest/gtest.h>

#include "export/export_test_util.h"

namespace actorgraph {
namespace {

TEST(ExporterTest, NamesAreSorted) {
  EXPECT_EQ(ExporterNames(), (std::vector<std::string_view>{"dot", "graphml", "json"}));
}

TEST(ExporterTest, EachNameMakesItsExporter) {
  for (std::string_view name : ExporterNames()) {
    auto exporter = MakeExporter(name, {});
    ASSERT_TRUE(exporter.ok()) << name;
    EXPECT_EQ((*exporter)->name(), name);
    EXPECT_FALSE((*exporter)->writes_directory());
  }
}

struct BadName {
  const char* name;
  const char* message;
};

TEST(ExporterTest, UnknownNameListsTheValidOnes) {
  const BadName cases[] = {
      {"dto", "unknown export format 'dto' (expected one of: dot, graphml, json); "
              "did you mean 'dot'?"},
      {"graphmlx", "unknown export format 'graphmlx' (expected one of: dot, graphml, json); "
                   "did you mean 'graphml'?"},
      {"JSON", "unknown export format 'JSON' (expected one of: dot, graphml, json); "
               "did you mean 'json'?"},
      {"", "unknown export format '' (expected one of: dot, graphml, json)"},
      {"parquet", "unknown export format 'parquet' (expected one of: dot, graphml, json)"},
  };
  for (const BadName& c : cases) {
    auto exporter = MakeExporter(c.name, {});
    ASSERT_FALSE(exporter.ok()) << c.name;
    EXPECT_EQ(exporter.status().code(), Status::Code::kInvalidArgument);
    EXPECT_EQ(exporter.status().message(), c.message);
  }
}

// Keeps every file in memory.
class MemorySink : public ExportSink {
 public:
  Result<std::ostream*> OpenFile(std::string_view name) override {
    return &files_[std::string(name)];
  }
  std::map<std::string, std::ostringstream> files_;
};

TEST(ExporterTest, WriteFilesDefaultWritesOneGraphFile) {
  auto exporter = MakeExporter("graphml", {});
  ASSERT_TRUE(exporter.ok());
  MemorySink sink;
  KnowledgeGraph graph = testing::ExportGraph();
  ASSERT_TRUE((*exporter)->WriteFiles(graph, sink).ok());
  ASSERT_EQ(sink.files_.size(), 1u);
  EXPECT_EQ(sink.files_.begin()->first, "graph.graphml");
  EXPECT_EQ(sink.files_.begin()->second.str(), testing::Export("graphml", graph));
}

TEST(ExporterTest, FailingStreamIsAnIOError) {
  KnowledgeGraph graph = testing::ExportGraph();
  for (std::string_view name : ExporterNames()) {
    auto exporter = MakeExporter(name, {});
    ASSERT_TRUE(exporter.ok());
    std::ostringstream out;
    out.setstate(std::ios::badbit);
    Status status = (*exporter)->Write(graph, out);
    EXPECT_EQ(status.code(), Status::Code::kIOError) << name;
  }
}

}  // namespace
}  // namespace actorgraph
