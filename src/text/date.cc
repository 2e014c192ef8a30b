#include "text/date.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

namespace actorgraph::text_internal {
namespace {

struct Part {
  std::string_view text;
  bool number = false;
  char separator_after = 0;  // the first non-space character after it, 0 if none
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// 1..12 for a month name or its abbreviation of three letters or more ("Sept"), else 0.
int MonthNumber(std::string_view word) {
  if (word.size() < 3) return 0;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (word.size() <= kMonths[m].size() && EqualsIgnoreCase(word, kMonths[m].substr(0, word.size()))) {
      return static_cast<int>(m) + 1;
    }
  }
  return 0;
}

bool IsWeekday(std::string_view word) {
  if (word.size() < 3) return false;
  for (std::string_view day : kWeekdays) {
    if (word.size() <= day.size() && EqualsIgnoreCase(word, day.substr(0, word.size()))) return true;
  }
  return false;
}

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::optional<std::string> Format(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
  int days = kDays[month - 1] + (month == 2 && IsLeap(year) ? 1 : 0);
  if (day > days) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

// Splits into runs of digits and runs of letters, stopping at a time of day ("15:01").
std::vector<Part> Split(std::string_view s) {
  std::vector<Part> parts;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (IsDigit(c) || IsAlpha(c)) {
      size_t j = i;
      bool digits = IsDigit(c);
      while (j < s.size() && (digits ? IsDigit(s[j]) : IsAlpha(s[j]))) ++j;
      size_t k = j;
      while (k < s.size() && s[k] == ' ') ++k;
      char sep = k < s.size() ? s[k] : 0;
      if (digits && sep == ':') break;  // the time: nothing after it is part of the date
      parts.push_back({s.substr(i, j - i), digits, sep});
      i = j;
    } else {
      ++i;
    }
  }
  return parts;
}

}  // namespace

std::optional<std::string> NormalizeDate(std::string_view date) {
  while (!date.empty() && std::isspace(static_cast<unsigned char>(date.front()))) date.remove_prefix(1);
  while (!date.empty() && std::isspace(static_cast<unsigned char>(date.back()))) date.remove_suffix(1);
  if (date.size() == 8 && std::all_of(date.begin(), date.end(), IsDigit)) {
    return Format(ToInt(date.substr(0, 4)), ToInt(date.substr(4, 2)), ToInt(date.substr(6, 2)));
  }
  // ISO date or datetime: "1987-02-26", "1987-02-26T15:01:01", "1987/02/26 15:01".
  std::vector<Part> parts = Split(date);
  if (parts.size() >= 3 && parts[0].number && parts[0].text.size() == 4 && parts[1].number &&
      parts[2].number && parts[1].text.size() <= 2 && parts[2].text.size() <= 2) {
    bool iso_datetime = parts.size() == 4 && !parts[3].number && parts[3].text.starts_with("T");
    if (parts.size() == 3 || iso_datetime) {
      return Format(ToInt(parts[0].text), ToInt(parts[1].text), ToInt(parts[2].text));
    }
  }
  if (!parts.empty() && !parts[0].number && IsWeekday(parts[0].text) && MonthNumber(parts[0].text) == 0) {
    parts.erase(parts.begin());
  }
  // A zone name right after the date ("26 Feb 1987 GMT"); after a time it is already gone.
  if (parts.size() == 4 && !parts[3].number && parts[3].text.size() <= 5 &&
      std::all_of(parts[3].text.begin(), parts[3].text.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
    parts.pop_back();
  }
  if (parts.size() != 3) return std::nullopt;
  const Part& a = parts[0];
  const Part& b = parts[1];
  const Part& c = parts[2];
  auto year_of = [](const Part& p) { return p.number && p.text.size() == 4 ? ToInt(p.text) : -1; };
  if (a.number && !b.number && c.number) {  // 26 Feb 1987, 26-FEB-1987
    int month = MonthNumber(b.text);
    if (month == 0 || a.text.size() > 2 || year_of(c) < 0) return std::nullopt;
    return Format(year_of(c), month, ToInt(a.text));
  }
  if (!a.number && b.number && c.number) {  // February 26, 1987
    int month = MonthNumber(a.text);
    if (month == 0 || b.text.size() > 2 || year_of(c) < 0) return std::nullopt;
    return Format(year_of(c), month, ToInt(b.text));
  }
  if (a.number && b.number && c.number && a.text.size() <= 2 && b.text.size() <= 2 &&
      year_of(c) >= 0) {
    int x = ToInt(a.text), y = ToInt(b.text);
    if (a.separator_after == '.') return Format(year_of(c), y, x);  // 26.02.1987: D.M.Y
    if (x == y || x > 12) return Format(year_of(c), y, x);          // D/M/Y
    if (y > 12) return Format(year_of(c), x, y);                    // M/D/Y
    return std::nullopt;                                            // 03/04/2020: ambiguous
  }
  return std::nullopt;
}

}  // namespace actorgraph::text_internal
