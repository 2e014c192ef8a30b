// DirectorySink: the ExportSink for a multi-file export written into a directory. Every file
// goes through OutputFile, and none replaces an existing file until Commit(), so a failed
// export leaves the directory's previous files as they were.
#ifndef ACTORGRAPH_EXPORT_DIRECTORY_SINK_H_
#define ACTORGRAPH_EXPORT_DIRECTORY_SINK_H_

#include <iosfwd>
#include <map>
#include <string>
#include <string_view>

#include "actorgraph/export/exporter.h"
#include "actorgraph/output_file.h"
#include "actorgraph/status.h"

namespace actorgraph {

class DirectorySink : public ExportSink {
 public:
  // Uses directory `path`, creating it (and its parents) if missing. IOError naming the path
  // if it exists and is not a directory, or cannot be created.
  static Result<DirectorySink> Open(const std::string& path);

  // A temporary file beside `path`/`name`. InvalidArgument if `name` is empty, contains '/'
  // or is "." or ".."; InvalidArgument if the same name is opened twice.
  Result<std::ostream*> OpenFile(std::string_view name) override;

  // Renames every opened file into place, in name order; stops at the first failure
  // (IOError naming the file). Files never committed are removed on destruction.
  Status Commit();

  const std::string& path() const { return path_; }

 private:
  explicit DirectorySink(std::string path) : path_(std::move(path)) {}
  std::string path_;
  std::map<std::string, OutputFile, std::less<>> files_;
};

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DIRECTORY_SINK_H_
