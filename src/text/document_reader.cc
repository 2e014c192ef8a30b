#include "actorgraph/text/document_reader.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <iterator>
#include <sstream>

#include "text/date.h"
#include "text/utf8.h"

namespace actorgraph {
namespace {

namespace fs = std::filesystem;
using text_internal::FindInvalidUtf8;
using text_internal::NormalizeDate;
using text_internal::ReplaceInvalidUtf8;

// Token and sentence offsets are 32-bit.
constexpr size_t kMaxDocumentBytes = 0xFFFFFFFFu;

Status TooLarge(std::string_view where) {
  return Status::InvalidArgument(std::string(where) +
                                 ": article larger than 4 GiB, the most actorgraph can index");
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

void Warn(const ReadOptions& options, const std::string& message) {
  if (options.warn) options.warn(message);
}

std::string ReplacedWarning(std::string_view name, size_t replaced) {
  return std::string(name) + ": replaced " +
         Plural(replaced, "invalid UTF-8 sequence", "invalid UTF-8 sequences") + " with U+FFFD";
}

// The 1-based line of byte `offset` in `bytes`, as text.
std::string LineOf(std::string_view bytes, size_t offset) {
  offset = std::min(offset, bytes.size());
  return std::to_string(1 + std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

const char* JsonTypeName(const rapidjson::Value& v) {
  switch (v.GetType()) {
    case rapidjson::kNullType: return "null";
    case rapidjson::kFalseType: case rapidjson::kTrueType: return "a boolean";
    case rapidjson::kObjectType: return "an object";
    case rapidjson::kArrayType: return "an array";
    case rapidjson::kStringType: return "a string";
    case rapidjson::kNumberType: return "a number";
  }
  return "a value";
}

bool IsBlank(std::string_view line) {
  return std::all_of(line.begin(), line.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; });
}

// "a.txt" -> "txt"; compared without case, so "A.TXT" reads too.
bool HasExtension(const fs::path& path, std::string_view ext) {
  std::string e = path.extension().string();
  if (e.size() != ext.size() + 1) return false;
  for (size_t i = 0; i < ext.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(e[i + 1])) != ext[i]) return false;
  }
  return true;
}

// Reads one JSONL stream; counts what it repaired or could not read, to warn once at the end.
class JsonlReader {
 public:
  JsonlReader(std::string_view name, const ReadOptions& options, const DocumentSink& sink)
      : name_(name), options_(options), sink_(sink) {}

  Status Read(std::istream& in) {
    std::string line;
    uint64_t offset = 0;  // of the line in the stream
    int line_number = 0;
    while (std::getline(in, line)) {
      ++line_number;
      uint64_t next_offset = offset + line.size() + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (!IsBlank(line)) AG_RETURN_IF_ERROR(ReadLine(std::move(line), line_number, offset));
      offset = next_offset;
      line.clear();
    }
    if (in.bad()) return Status::IOError(name_ + ": read failed after line " + std::to_string(line_number));
    Finish();
    return Status::OK();
  }

  // A whole JSON file: an array of article objects, or one article object.
  Status ReadJsonFile(std::string bytes) {
    if (auto bad = FindInvalidUtf8(bytes)) {
      if (!options_.lenient) {
        return Status::InvalidArgument(name_ + ":" + LineOf(bytes, bad->offset) + ": invalid UTF-8 at byte " +
                                       std::to_string(bad->offset) + " of the file: " + bad->what);
      }
      replaced_ += ReplaceInvalidUtf8(&bytes);
    }
    rapidjson::Document json;
    json.Parse(bytes.data(), bytes.size());
    if (json.HasParseError()) {
      return Status::InvalidArgument(name_ + ":" + LineOf(bytes, json.GetErrorOffset()) +
                                     ": invalid JSON at byte " + std::to_string(json.GetErrorOffset()) +
                                     " of the file: " +
                                     rapidjson::GetParseError_En(json.GetParseError()));
    }
    if (json.IsObject()) {
      AG_RETURN_IF_ERROR(ReadArticle(json, name_, "the object"));
    } else if (json.IsArray()) {
      size_t index = 0;
      for (const rapidjson::Value& element : json.GetArray()) {
        std::string place = "element " + std::to_string(++index);
        if (!element.IsObject()) {
          return Status::InvalidArgument(name_ + ": " + place + ": expected a JSON object, got " +
                                         JsonTypeName(element));
        }
        AG_RETURN_IF_ERROR(ReadArticle(element, name_ + ": " + place, place));
      }
    } else {
      return Status::InvalidArgument(name_ + ": expected an array of articles or one article object, got " +
                                     std::string(JsonTypeName(json)));
    }
    Finish();
    return Status::OK();
  }

 private:
  // The warnings of the whole stream, once.
  void Finish() {
    if (replaced_ > 0) Warn(options_, ReplacedWarning(name_, replaced_));
    if (bad_dates_ > 0) {
      Warn(options_, name_ + ": " + Plural(bad_dates_, "date", "dates") +
                         " not understood, left empty (first at " + first_bad_date_place_ +
                         ": \"" + first_bad_date_ + "\")");
    }
  }

  std::string Where(int line_number) const { return name_ + ":" + std::to_string(line_number); }

  Status ReadLine(std::string line, int line_number, uint64_t offset) {
    if (auto bad = FindInvalidUtf8(line)) {
      if (!options_.lenient) {
        return Status::InvalidArgument(Where(line_number) + ": invalid UTF-8 at byte " +
                                       std::to_string(bad->offset) + " of the line (byte " +
                                       std::to_string(offset + bad->offset) + " of the file): " +
                                       bad->what);
      }
      replaced_ += ReplaceInvalidUtf8(&line);
    }
    rapidjson::Document json;
    json.Parse(line.data(), line.size());
    if (json.HasParseError()) {
      return Status::InvalidArgument(Where(line_number) + ": invalid JSON at byte " +
                                     std::to_string(json.GetErrorOffset()) + " of the line: " +
                                     rapidjson::GetParseError_En(json.GetParseError()));
    }
    if (!json.IsObject()) {
      return Status::InvalidArgument(Where(line_number) + ": expected a JSON object, got " +
                                     JsonTypeName(json));
    }
    return ReadArticle(json, Where(line_number), "line " + std::to_string(line_number));
  }

  // One article object; `where` prefixes its errors ("news.jsonl:3"), `place` names it in
  // warnings ("line 3").
  Status ReadArticle(const rapidjson::Value& json, const std::string& where, const std::string& place) {
    Document document;
    bool has_id = false, has_text = false;
    std::string title;
    rapidjson::StringBuffer extra;
    rapidjson::Writer<rapidjson::StringBuffer> extra_writer(extra);
    extra_writer.StartObject();
    for (auto& member : json.GetObject()) {
      std::string_view key(member.name.GetString(), member.name.GetStringLength());
      const rapidjson::Value& value = member.value;
      if (key == "id") {
        AG_RETURN_IF_ERROR(ReadId(value, where, &document.id));
        has_id = true;
      } else if (key == "text") {
        if (!value.IsString()) return TypeError(where, key, "a string", value);
        AG_RETURN_IF_ERROR(TakeString(value, where, key, &document.text));
        has_text = true;
      } else if (key == "title" || key == "date" || key == "source" || key == "url") {
        if (value.IsNull()) continue;
        if (!value.IsString()) return TypeError(where, key, "a string", value);
        std::string* out = key == "title"    ? &title
                           : key == "date"   ? &document.date
                           : key == "source" ? &document.source
                                             : &document.url;
        AG_RETURN_IF_ERROR(TakeString(value, where, key, out));
      } else {
        extra_writer.Key(member.name.GetString(), member.name.GetStringLength());
        value.Accept(extra_writer);
      }
    }
    extra_writer.EndObject();
    if (!has_id) return Status::InvalidArgument(where + ": missing field \"id\"");
    if (!has_text) return Status::InvalidArgument(where + ": missing field \"text\"");
    document.extra_json.assign(extra.GetString(), extra.GetSize());
    if (document.text.size() + title.size() + 2 > kMaxDocumentBytes) return TooLarge(where);
    ReadDate(place, &document.date);
    AttachTitle(std::move(title), &document);
    return sink_(std::move(document));
  }

  Status TypeError(const std::string& where, std::string_view key, std::string_view expected,
                   const rapidjson::Value& value) const {
    return Status::InvalidArgument(where + ": field \"" + std::string(key) +
                                   "\": expected " + std::string(expected) + ", got " +
                                   JsonTypeName(value));
  }

  Status ReadId(const rapidjson::Value& value, const std::string& where, std::string* id) {
    if (value.IsString()) {
      AG_RETURN_IF_ERROR(TakeString(value, where, "id", id));
      if (id->empty()) {
        return Status::InvalidArgument(where + ": field \"id\": expected a non-empty string");
      }
      return Status::OK();
    }
    if (value.IsInt64()) {
      *id = std::to_string(value.GetInt64());
      return Status::OK();
    }
    if (value.IsUint64()) {
      *id = std::to_string(value.GetUint64());
      return Status::OK();
    }
    return TypeError(where, "id", "a string or an integer", value);
  }

  // Copies a string value; a \u escape can still spell an unpaired surrogate, which is not
  // valid UTF-8 once decoded.
  Status TakeString(const rapidjson::Value& value, const std::string& where, std::string_view key,
                    std::string* out) {
    out->assign(value.GetString(), value.GetStringLength());
    if (auto bad = FindInvalidUtf8(*out)) {
      if (!options_.lenient) {
        return Status::InvalidArgument(where + ": field \"" + std::string(key) +
                                       "\": invalid UTF-8 at byte " + std::to_string(bad->offset) +
                                       " of the value: " + bad->what);
      }
      replaced_ += ReplaceInvalidUtf8(out);
    }
    return Status::OK();
  }

  void ReadDate(const std::string& place, std::string* date) {
    if (date->empty()) return;
    if (auto iso = NormalizeDate(*date)) {
      *date = std::move(*iso);
      return;
    }
    if (bad_dates_++ == 0) {
      first_bad_date_place_ = place;
      first_bad_date_ = *date;
    }
    date->clear();
  }

  // The title opens the text as its first sentence, unless the text already starts with it.
  static void AttachTitle(std::string title, Document* document) {
    if (IsBlank(title)) return;
    const std::string& text = document->text;
    bool already = text.starts_with(title) &&
                   (text.size() == title.size() || text[title.size()] == '\n' ||
                    text[title.size()] == '\r');
    if (!already) document->text = title + "\n\n" + document->text;
    document->title_end = title.size();
  }

  std::string name_;
  const ReadOptions& options_;
  const DocumentSink& sink_;
  size_t replaced_ = 0;
  size_t bad_dates_ = 0;
  std::string first_bad_date_place_;
  std::string first_bad_date_;
};

Result<std::string> ReadWholeFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::IOError(path.string() + ": cannot open: " + std::strerror(errno));
  }
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError(path.string() + ": read failed");
  return bytes;
}

Status ReadFile(const fs::path& path, const ReadOptions& options, const DocumentSink& sink) {
  const std::string name = path.string();
  if (HasExtension(path, "json")) {
    Result<std::string> bytes = ReadWholeFile(path);
    if (!bytes.ok()) return bytes.status();
    return JsonlReader(name, options, sink).ReadJsonFile(std::move(*bytes));
  }
  if (HasExtension(path, "jsonl") || HasExtension(path, "ndjson")) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError(name + ": cannot open: " + std::strerror(errno));
    return JsonlReader(name, options, sink).Read(in);
  }
  Result<std::string> bytes = ReadWholeFile(path);
  if (!bytes.ok()) return bytes.status();
  Result<Document> document = ParseTextDocument(std::move(*bytes), name, options);
  if (!document.ok()) return document.status();
  return sink(std::move(*document));
}

// The .txt and .jsonl files under `dir`, recursively; hidden entries and directory links
// are skipped.
Status ListDirectory(const fs::path& dir, std::vector<fs::path>* files) {
  std::error_code ec;
  fs::directory_iterator it(dir, ec);
  if (ec) return Status::IOError(dir.string() + ": cannot read directory: " + ec.message());
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) break;
    const fs::path& path = it->path();
    if (path.filename().string().starts_with(".")) continue;
    std::error_code type_ec;
    if (it->is_directory(type_ec) && !it->is_symlink(type_ec)) {
      AG_RETURN_IF_ERROR(ListDirectory(path, files));
    } else if (it->is_regular_file(type_ec) &&
               (HasExtension(path, "txt") || HasExtension(path, "jsonl"))) {
      files->push_back(path);
    }
  }
  if (ec) return Status::IOError(dir.string() + ": cannot read directory: " + ec.message());
  return Status::OK();
}

Status ReadStdin(std::istream& in, const ReadOptions& options, const DocumentSink& sink) {
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::IOError("-: read failed");
  size_t first = bytes.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && bytes.compare(first, 3, "\xEF\xBB\xBF") == 0) {
    first = bytes.find_first_not_of(" \t\r\n", first + 3);
  }
  if (first != std::string::npos && bytes[first] == '{') {
    std::istringstream lines(std::move(bytes));
    return JsonlReader("-", options, sink).Read(lines);
  }
  Result<Document> document = ParseTextDocument(std::move(bytes), "-", options);
  if (!document.ok()) return document.status();
  return sink(std::move(*document));
}

}  // namespace

Result<Document> ParseTextDocument(std::string bytes, std::string_view path,
                                   const ReadOptions& options) {
  if (bytes.size() > kMaxDocumentBytes) return TooLarge(path);
  if (auto bad = FindInvalidUtf8(bytes)) {
    if (!options.lenient) {
      return Status::InvalidArgument(std::string(path) + ": invalid UTF-8 at byte " +
                                     std::to_string(bad->offset) + ": " + bad->what);
    }
    Warn(options, ReplacedWarning(path, ReplaceInvalidUtf8(&bytes)));
  }
  Document document;
  document.id = std::string(path);
  document.extra_json = "{}";
  // The first line is the title when a blank line follows it.
  size_t first_end = bytes.find('\n');
  if (first_end != std::string::npos) {
    std::string_view first(bytes.data(), first_end);
    size_t second_end = bytes.find('\n', first_end + 1);
    std::string_view second(bytes.data() + first_end + 1,
                            (second_end == std::string::npos ? bytes.size() : second_end) -
                                (first_end + 1));
    if (!IsBlank(first) && IsBlank(second)) {
      size_t end = first.find_last_not_of(" \t\r\f\v");
      document.title_end = end + 1;
    }
  }
  document.text = std::move(bytes);
  return document;
}

Status ReadJsonlDocuments(std::istream& in, std::string_view source_name,
                          const ReadOptions& options, const DocumentSink& sink) {
  return JsonlReader(source_name, options, sink).Read(in);
}

Status ReadInputs(const std::vector<std::string>& inputs, std::istream& stdin_stream,
                  const ReadOptions& options, const DocumentSink& sink) {
  for (const std::string& input : inputs) {
    if (input == "-") {
      AG_RETURN_IF_ERROR(ReadStdin(stdin_stream, options, sink));
      continue;
    }
    fs::path path(input);
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      if (ec && ec != std::errc::no_such_file_or_directory) {
        return Status::IOError(input + ": " + ec.message());
      }
      return Status::NotFound(input + ": no such file or directory");
    }
    if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      AG_RETURN_IF_ERROR(ListDirectory(path, &files));
      std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        return a.generic_string() < b.generic_string();
      });
      if (files.empty()) Warn(options, input + ": no .txt or .jsonl files in this directory");
      for (const fs::path& file : files) AG_RETURN_IF_ERROR(ReadFile(file, options, sink));
      continue;
    }
    AG_RETURN_IF_ERROR(ReadFile(path, options, sink));
  }
  return Status::OK();
}

}  // namespace actorgraph
