#include "text/date.h"

#include <gtest/gtest.h>

namespace actorgraph::text_internal {
namespace {

struct DateCase {
  const char* input;
  const char* iso;  // "" when the date must be refused
};

const DateCase kDateCases[] = {
    {"2019-01-04", "2019-01-04"},
    {"1987-02-26T15:01:01", "1987-02-26"},
    {"1987-02-26T15:01:01.79Z", "1987-02-26"},
    {"1987-02-26 15:01", "1987-02-26"},
    {"1987/2/6", "1987-02-06"},
    {"19870226", "1987-02-26"},
    {"26-FEB-1987 15:01:01.79", "1987-02-26"},
    {"26 Feb 1987", "1987-02-26"},
    {"26 February 1987", "1987-02-26"},
    {"Thu, 26 Feb 1987 15:01:01 +0000", "1987-02-26"},
    {"26 Feb 1987 GMT", "1987-02-26"},
    {"February 26, 1987", "1987-02-26"},
    {"Feb. 26, 1987", "1987-02-26"},
    {"Sept 3, 2020", "2020-09-03"},
    {"Friday, January 4, 2019", "2019-01-04"},
    {"  May 5, 2020  ", "2020-05-05"},
    {"26.02.1987", "1987-02-26"},
    {"26/02/1987", "1987-02-26"},
    {"02/26/1987", "1987-02-26"},
    {"01/01/2020", "2020-01-01"},
    {"03/04/2020", ""},        // day and month cannot be told apart
    {"26 Feb 87", ""},         // two-digit year
    {"2019-02-29", ""},        // not a leap year
    {"2020-02-29", "2020-02-29"},
    {"2019-13-01", ""},
    {"1987-02", ""},
    {"yesterday", ""},
    {"", ""},
    {"31 Foo 2019", ""},
};

TEST(DateTest, NormalisesCommonFormsToIso) {
  for (const DateCase& c : kDateCases) {
    std::optional<std::string> iso = NormalizeDate(c.input);
    EXPECT_EQ(iso.value_or(""), c.iso) << '"' << c.input << '"';
  }
}

}  // namespace
}  // namespace actorgraph::text_internal
