// Reading the dates news feeds write (internal to the text module).
#ifndef ACTORGRAPH_SRC_TEXT_DATE_H_
#define ACTORGRAPH_SRC_TEXT_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace actorgraph::text_internal {

// `date` as ISO YYYY-MM-DD, or nullopt when it is not a date or its day and month cannot
// be told apart ("03/04/2020"). Reads ISO dates and datetimes ("1987-02-26T15:01:01"),
// YYYY/MM/DD, YYYYMMDD, "26 Feb 1987", "26-FEB-1987 15:01:01.79", "February 26, 1987",
// "Thursday, February 26, 1987", RFC 2822 ("Thu, 26 Feb 1987 15:01:01 +0000"), D.M.YYYY,
// and D/M/YYYY or M/D/YYYY when one part is above 12 (or both are equal). Two-digit years
// are refused (their century is a guess).
std::optional<std::string> NormalizeDate(std::string_view date);

}  // namespace actorgraph::text_internal

#endif  // ACTORGRAPH_SRC_TEXT_DATE_H_
