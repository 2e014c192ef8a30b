// OutputFile: writes an output so that a failed run never leaves it half-written. Data goes
// to a temporary file beside the target and is renamed over it by Commit(); a file that is
// never committed is removed, and the previous contents of the target stay as they were.
// A target that is not a regular file (/dev/null, /dev/stdout, a FIFO) is written directly.
#ifndef ACTORGRAPH_OUTPUT_FILE_H_
#define ACTORGRAPH_OUTPUT_FILE_H_

#include <fstream>
#include <iosfwd>
#include <memory>
#include <string>

#include "actorgraph/status.h"

namespace actorgraph {

class OutputFile {
 public:
  // "-" writes to `stdout_stream` directly (Commit only flushes). Otherwise creates a
  // temporary file in the target's directory; fails (IOError) naming the path if it cannot.
  static Result<OutputFile> Open(const std::string& path, std::ostream& stdout_stream);

  OutputFile(OutputFile&&) noexcept;
  OutputFile& operator=(OutputFile&&) noexcept;
  ~OutputFile();  // removes the temporary file unless committed

  std::ostream& stream();
  // Flushes and renames the temporary file over the target. IOError naming the path if the
  // write or the rename failed (the temporary is removed then).
  Status Commit();
  const std::string& path() const { return path_; }

 private:
  OutputFile() = default;
  std::string path_;
  std::string temp_path_;
  std::unique_ptr<std::ofstream> file_;
  std::ostream* out_ = nullptr;
  bool committed_ = false;
  bool direct_ = false;  // writing straight to a device or pipe, no temporary
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_OUTPUT_FILE_H_
