#include "actorgraph/output_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

#include <unistd.h>

namespace actorgraph {

Result<OutputFile> OutputFile::Open(const std::string& path, std::ostream& stdout_stream) {
  OutputFile file;
  file.path_ = path;
  if (path == "-") {
    file.out_ = &stdout_stream;
    return file;
  }
  if (path.empty()) return Status::InvalidArgument("output path is empty");
  std::filesystem::path target(path);
  std::error_code ec;
  auto status = std::filesystem::status(target, ec);
  if (std::filesystem::is_directory(status)) {
    return Status::IOError(path + ": is a directory, expected a file path");
  }
  // A device, pipe or socket ("-o /dev/null", "-o /dev/stdout", a FIFO) is written to
  // directly: renaming a temporary over it would replace the device with a regular file.
  if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status)) {
    file.file_ = std::make_unique<std::ofstream>(path, std::ios::binary);
    if (!*file.file_) {
      return Status::IOError(path + ": cannot open output: " + std::strerror(errno));
    }
    file.out_ = file.file_.get();
    file.direct_ = true;
    return file;
  }
  // The temporary lives beside the target so that rename() stays within one file system.
  std::random_device random;
  file.temp_path_ = path + ".tmp-" + std::to_string(::getpid()) + "-" +
                    std::to_string(random() % 1000000);
  file.file_ = std::make_unique<std::ofstream>(file.temp_path_, std::ios::binary | std::ios::trunc);
  if (!*file.file_) {
    return Status::IOError(path + ": cannot create output: " + std::strerror(errno));
  }
  file.out_ = file.file_.get();
  return file;
}

OutputFile::OutputFile(OutputFile&& other) noexcept { *this = std::move(other); }

OutputFile& OutputFile::operator=(OutputFile&& other) noexcept {
  if (this != &other) {
    path_ = std::move(other.path_);
    temp_path_ = std::move(other.temp_path_);
    file_ = std::move(other.file_);
    out_ = other.out_;
    committed_ = other.committed_;
    direct_ = other.direct_;
    other.out_ = nullptr;
    other.temp_path_.clear();
    other.committed_ = true;
  }
  return *this;
}

OutputFile::~OutputFile() {
  if (!committed_ && !temp_path_.empty()) {
    file_.reset();
    std::remove(temp_path_.c_str());
  }
}

std::ostream& OutputFile::stream() { return *out_; }

Status OutputFile::Commit() {
  if (committed_) return Status::OK();
  if (temp_path_.empty()) {  // stdout
    out_->flush();
    committed_ = true;
    if (!*out_) return Status::IOError("cannot write to standard output");
    return Status::OK();
  }
  file_->flush();
  bool write_ok = static_cast<bool>(*file_);
  file_->close();
  if (direct_) {
    committed_ = true;
    return write_ok && !file_->fail() ? Status::OK() : Status::IOError(path_ + ": write failed");
  }
  if (!write_ok || file_->fail()) {
    std::remove(temp_path_.c_str());
    committed_ = true;
    return Status::IOError(path_ + ": write failed");
  }
  if (std::rename(temp_path_.c_str(), path_.c_str()) != 0) {
    std::string why = std::strerror(errno);
    std::remove(temp_path_.c_str());
    committed_ = true;
    return Status::IOError(path_ + ": cannot replace output: " + why);
  }
  committed_ = true;
  return Status::OK();
}

}  // namespace actorgraph
