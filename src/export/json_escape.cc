#include "actorgraph/export/json_escape.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "export/utf8.h"

namespace actorgraph {

std::string JsonQuote(std::string_view text) {
  const std::string clean = utf8::Sanitize(text);
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace actorgraph
