// Status and Result<T>: how actorgraph reports expected failures (bad input, I/O, unknown
// names) without exceptions. A Status is ok or carries a code and a message; the message of
// an input error names the place (`file:line: what was expected, got ...`).
#ifndef ACTORGRAPH_STATUS_H_
#define ACTORGRAPH_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace actorgraph {

class [[nodiscard]] Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // bad input or usage: exit status 1
    kNotFound,         // a file, actor or name that does not exist: exit status 1
    kIOError,          // reading or writing failed: exit status 1
    kInternal,         // a bug or an impossible state: exit status 2
  };

  Status() = default;
  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string message) {
    return Status(Code::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) { return Status(Code::kNotFound, std::move(message)); }
  static Status IOError(std::string message) { return Status(Code::kIOError, std::move(message)); }
  static Status Internal(std::string message) { return Status(Code::kInternal, std::move(message)); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or the message itself (callers print it after "actorgraph: ").
  std::string ToString() const { return ok() ? std::string("OK") : message_; }
  // The process exit status this failure maps to: 0, 1 (input/usage) or 2 (internal).
  int ExitCode() const { return ok() ? 0 : (code_ == Code::kInternal ? 2 : 1); }

 private:
  Status(Code code, std::string message) : code_(code), message_(std::move(message)) {}
  Code code_ = Code::kOk;
  std::string message_;
};

// Either a value or a failed Status. Accessing value() of a failed Result is a programmer
// error (asserted).
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    assert(!status_.ok() && "a Result made from a Status must be an error");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { assert(ok()); return *value_; }
  const T& value() const& { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace actorgraph

// Returns the Status of `expr` from the enclosing function when it is not ok.
#define AG_RETURN_IF_ERROR(expr)                          \
  do {                                                    \
    ::actorgraph::Status ag_status_ = (expr);             \
    if (!ag_status_.ok()) return ag_status_;              \
  } while (false)

#endif  // ACTORGRAPH_STATUS_H_
