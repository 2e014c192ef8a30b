#include "actorgraph/export/directory_export.h"

#include "actorgraph/output_file.h"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <set>
#include <vector>

#include "actorgraph/export/directory_sink.h"
#include "actorgraph/export/exporter.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;

// Removes the directory on destruction unless released.
class TempDirectory {
 public:
  explicit TempDirectory(fs::path path) : path_(std::move(path)) {}
  ~TempDirectory() {
    if (path_.empty()) return;
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDirectory(const TempDirectory&) = delete;
  TempDirectory& operator=(const TempDirectory&) = delete;
  const fs::path& path() const { return path_; }
  void Release() { path_.clear(); }

 private:
  fs::path path_;
};

std::set<std::string> EntryNames(const fs::path& dir, std::error_code& ec) {
  std::set<std::string> names;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    names.insert(it->path().filename().string());
  }
  return names;
}

// mkdtemp makes the directory 0700; the export should get the permissions a plain mkdir
// would give it.
void ApplyUmask(const fs::path& dir) {
  const mode_t mask = umask(0);
  umask(mask);
  chmod(dir.c_str(), 0777 & ~mask);
}

}  // namespace

Status WriteExportDirectory(const Exporter& exporter, const KnowledgeGraph& graph,
                            const std::string& path) {
  fs::path target(path);
  if (!target.has_filename()) target = target.parent_path();  // "out/" -> "out"
  std::error_code ec;
  const bool exists = fs::exists(target, ec);
  if (exists && !fs::is_directory(target, ec)) {
    return Status::IOError(path + ": exists and is not a directory");
  }
  fs::path parent = target.parent_path();
  if (parent.empty()) parent = ".";
  fs::create_directories(parent, ec);
  if (ec) return Status::IOError(parent.string() + ": cannot create directory: " + ec.message());

  std::string pattern = (parent / (target.filename().string() + ".tmp-XXXXXX")).string();
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) {
    return Status::IOError(path + ": cannot create a temporary directory beside it: " +
                           std::strerror(errno));
  }
  TempDirectory temp{fs::path(buffer.data())};
  ApplyUmask(temp.path());
  {
    auto sink = DirectorySink::Open(temp.path().string());
    if (!sink.ok()) return sink.status();
    AG_RETURN_IF_ERROR(exporter.WriteFiles(graph, *sink));
    AG_RETURN_IF_ERROR(sink->Commit());
  }

  if (!exists) {
    if (rename(temp.path().c_str(), target.c_str()) != 0) {
      return Status::IOError(path + ": cannot rename the export into place: " +
                             std::strerror(errno));
    }
    temp.Release();
    return Status::OK();
  }
  const std::set<std::string> written = EntryNames(temp.path(), ec);
  const std::set<std::string> present = EntryNames(target, ec);
  if (ec) return Status::IOError(path + ": cannot list directory: " + ec.message());
  for (const std::string& name : present) {
    if (!written.count(name)) {
      return Status::IOError(path + ": holds '" + name +
                             "', which this export does not write; give a new or empty "
                             "directory");
    }
  }
  if (renameat2(AT_FDCWD, temp.path().c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) ==
      0) {
    return Status::OK();  // the temporary path holds the old directory; TempDirectory removes it
  }
  if (errno != EINVAL && errno != ENOSYS) {
    return Status::IOError(path + ": cannot exchange the export with the old directory: " +
                           std::strerror(errno));
  }
  // A file system without RENAME_EXCHANGE: move the old directory aside first; `path` is
  // missing for a moment but never half-written.
  const fs::path old_path = temp.path().string() + ".old";
  if (rename(target.c_str(), old_path.c_str()) != 0) {
    return Status::IOError(path + ": cannot move the old directory aside: " +
                           std::strerror(errno));
  }
  TempDirectory old{old_path};
  if (rename(temp.path().c_str(), target.c_str()) != 0) {
    const std::string error = std::strerror(errno);
    if (rename(old_path.c_str(), target.c_str()) == 0) old.Release();
    return Status::IOError(path + ": cannot rename the export into place: " + error);
  }
  temp.Release();
  return Status::OK();
}

Status WriteExport(const Exporter& exporter, const KnowledgeGraph& graph,
                   const std::string& path, std::ostream& stdout_stream) {
  if (exporter.writes_directory()) {
    if (path == "-") {
      return Status::InvalidArgument(std::string(exporter.name()) +
                                     " writes a directory, not standard output: give -o DIR");
    }
    return WriteExportDirectory(exporter, graph, path);
  }
  auto out = OutputFile::Open(path, stdout_stream);
  if (!out.ok()) return out.status();
  AG_RETURN_IF_ERROR(exporter.Write(graph, out->stream()));
  return out->Commit();
}

}  // namespace actorgraph
