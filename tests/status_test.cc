#include "actorgraph/status.h"

#include <gtest/gtest.h>

namespace actorgraph {
namespace {

TEST(StatusTest, InputErrorsExitWithOneAndInternalWithTwo) {
  EXPECT_EQ(Status::OK().ExitCode(), 0);
  EXPECT_EQ(Status::InvalidArgument("a.tsv:3: expected 3 columns").ExitCode(), 1);
  EXPECT_EQ(Status::NotFound("no actor").ExitCode(), 1);
  EXPECT_EQ(Status::IOError("cannot read").ExitCode(), 1);
  EXPECT_EQ(Status::Internal("bug").ExitCode(), 2);
}

TEST(StatusTest, ResultCarriesValueOrError) {
  Result<int> good = 42;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 42);
  Result<int> bad = Status::NotFound("x.json: no such file");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "x.json: no such file");
}

Status FailsThenReturns(bool fail, int* reached) {
  AG_RETURN_IF_ERROR(fail ? Status::IOError("stop") : Status::OK());
  *reached = 1;
  return Status::OK();
}

TEST(StatusTest, ReturnIfErrorStopsAtTheFirstFailure) {
  int reached = 0;
  EXPECT_EQ(FailsThenReturns(true, &reached).message(), "stop");
  EXPECT_EQ(reached, 0);
  EXPECT_TRUE(FailsThenReturns(false, &reached).ok());
  EXPECT_EQ(reached, 1);
}

}  // namespace
}  // namespace actorgraph
