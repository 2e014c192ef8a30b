#include "actorgraph/export/directory_sink.h"

#include <filesystem>
#include <iostream>

namespace actorgraph {

Result<DirectorySink> DirectorySink::Open(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec)) {
    return Status::IOError(path + ": exists and is not a directory");
  }
  std::filesystem::create_directories(path, ec);
  if (ec) return Status::IOError(path + ": cannot create directory: " + ec.message());
  return DirectorySink(path);
}

Result<std::ostream*> DirectorySink::OpenFile(std::string_view name) {
  if (name.empty() || name == "." || name == ".." || name.find('/') != std::string_view::npos) {
    return Status::InvalidArgument("export file name '" + std::string(name) +
                                   "' is not a plain file name");
  }
  if (files_.find(name) != files_.end()) {
    return Status::InvalidArgument("export file '" + std::string(name) + "' opened twice");
  }
  // OutputFile never writes to this stream: the path is never "-".
  auto file = OutputFile::Open((std::filesystem::path(path_) / name).string(), std::cout);
  if (!file.ok()) return file.status();
  auto [it, inserted] = files_.emplace(std::string(name), std::move(*file));
  return &it->second.stream();
}

Status DirectorySink::Commit() {
  for (auto& [name, file] : files_) AG_RETURN_IF_ERROR(file.Commit());
  return Status::OK();
}

}  // namespace actorgraph
