#include "actorgraph/output_file.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <sys/stat.h>

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

class OutputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("actorgraph-output-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path dir_;
};

TEST_F(OutputFileTest, UncommittedOutputLeavesTheOldFileUntouched) {
  auto target = dir_ / "graph.json";
  { std::ofstream(target) << "old contents"; }
  {
    std::ostringstream unused;
    auto file = OutputFile::Open(target.string(), unused);
    ASSERT_TRUE(file.ok());
    file->stream() << "half-written";
  }
  EXPECT_EQ(ReadAll(target), "old contents");
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir_), {}), 1);
}

TEST_F(OutputFileTest, CommitReplacesTheTarget) {
  auto target = dir_ / "graph.json";
  { std::ofstream(target) << "old contents"; }
  std::ostringstream unused;
  auto file = OutputFile::Open(target.string(), unused);
  ASSERT_TRUE(file.ok());
  file->stream() << "new contents";
  ASSERT_TRUE(file->Commit().ok());
  EXPECT_EQ(ReadAll(target), "new contents");
}

TEST_F(OutputFileTest, DashWritesToTheGivenStream) {
  std::ostringstream out;
  auto file = OutputFile::Open("-", out);
  ASSERT_TRUE(file.ok());
  file->stream() << "data";
  ASSERT_TRUE(file->Commit().ok());
  EXPECT_EQ(out.str(), "data");
}

TEST_F(OutputFileTest, MissingDirectoryIsAnIoErrorNamingThePath) {
  std::ostringstream unused;
  auto file = OutputFile::Open((dir_ / "no" / "such" / "g.json").string(), unused);
  ASSERT_FALSE(file.ok());
  EXPECT_NE(file.status().message().find("g.json: cannot create output"), std::string::npos);
  EXPECT_EQ(file.status().ExitCode(), 1);
}

TEST_F(OutputFileTest, APipeIsWrittenThroughAndNotReplaced) {
  // "-o /dev/null" once replaced /dev/null with a regular file; a FIFO stands in for the
  // device here so that a regression cannot damage the machine.
  std::filesystem::path fifo = dir_ / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  std::string received;
  std::thread reader([&] { received = ReadAll(fifo); });
  bool opened = false;
  {
    std::ostringstream unused;
    auto file = OutputFile::Open(fifo.string(), unused);
    opened = file.ok();
    if (opened) {
      file->stream() << "through the pipe\n";
      EXPECT_TRUE(file->Commit().ok());
    } else {
      std::ofstream unblock(fifo);  // lets the reader finish
    }
  }
  reader.join();
  ASSERT_TRUE(opened);
  EXPECT_EQ(received, "through the pipe\n");
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
  for (const auto& entry : std::filesystem::directory_iterator(dir_))
    EXPECT_EQ(entry.path().filename(), "pipe") << "left behind: " << entry.path();
}

}  // namespace
}  // namespace actorgraph
