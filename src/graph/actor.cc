#include "actorgraph/graph/actor.h"

#include <array>
#include <cstdint>
#include <cstdio>
#include <utility>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace actorgraph {
namespace {

constexpr std::array<std::pair<ActorType, std::string_view>, 5> kTypeNames = {{
    {ActorType::kCountry, "country"},
    {ActorType::kOrganization, "organization"},
    {ActorType::kPerson, "person"},
    {ActorType::kGroup, "group"},
    {ActorType::kOther, "other"},
}};

// ASCII folding of the Latin-1 Supplement and Latin Extended-A letters most names use.
// Returns the folded letters, or an empty view if the code point is not one of them.
std::string_view FoldLatin(uint32_t cp) {
  if (cp >= 0xC0 && cp <= 0xC5) return "a";
  if (cp == 0xC6) return "ae";
  if (cp == 0xC7) return "c";
  if (cp >= 0xC8 && cp <= 0xCB) return "e";
  if (cp >= 0xCC && cp <= 0xCF) return "i";
  if (cp == 0xD0) return "d";
  if (cp == 0xD1) return "n";
  if ((cp >= 0xD2 && cp <= 0xD6) || cp == 0xD8) return "o";
  if (cp >= 0xD9 && cp <= 0xDC) return "u";
  if (cp == 0xDD) return "y";
  if (cp == 0xDF) return "ss";
  if (cp >= 0xE0 && cp <= 0xE5) return "a";
  if (cp == 0xE6) return "ae";
  if (cp == 0xE7) return "c";
  if (cp >= 0xE8 && cp <= 0xEB) return "e";
  if (cp >= 0xEC && cp <= 0xEF) return "i";
  if (cp == 0xF0) return "d";
  if (cp == 0xF1) return "n";
  if ((cp >= 0xF2 && cp <= 0xF6) || cp == 0xF8) return "o";
  if (cp >= 0xF9 && cp <= 0xFC) return "u";
  if (cp == 0xFD || cp == 0xFF) return "y";
  if (cp >= 0x100 && cp <= 0x17F) {
    // Latin Extended-A comes in upper/lower pairs; map each pair to its base letter.
    static constexpr std::string_view kBase =
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooo"
        "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
    size_t index = cp - 0x100;
    if (index < kBase.size()) return kBase.substr(index, 1);
  }
  return {};
}

// Decodes one UTF-8 code point at text[*i], advancing *i; invalid bytes decode as 0xFFFD.
uint32_t DecodeUtf8(std::string_view text, size_t* i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(*i);
  size_t length = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (length == 0 || *i + length > text.size()) {
    ++*i;
    return 0xFFFD;
  }
  uint32_t cp = length == 1 ? b0 : b0 & (0xFF >> (length + 1));
  for (size_t k = 1; k < length; ++k) {
    if ((byte(*i + k) & 0xC0) != 0x80) {
      ++*i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(*i + k) & 0x3F);
  }
  *i += length;
  return cp;
}

}  // namespace

std::string_view ActorTypeName(ActorType type) {
  for (const auto& [t, name] : kTypeNames) {
    if (t == type) return name;
  }
  return "other";
}

std::optional<ActorType> ParseActorType(std::string_view name) {
  for (const auto& [t, type_name] : kTypeNames) {
    if (type_name == name) return t;
  }
  return std::nullopt;
}

std::string MakeActorId(std::string_view name) {
  std::string id;
  bool pending_separator = false;
  auto append = [&](std::string_view letters) {
    if (pending_separator && !id.empty()) id += '_';
    pending_separator = false;
    id += letters;
  };
  for (size_t i = 0; i < name.size();) {
    uint32_t cp = DecodeUtf8(name, &i);
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        append(std::string_view(&c, 1));
      } else {
        pending_separator = true;
      }
    } else if (auto folded = FoldLatin(cp); !folded.empty()) {
      append(folded);
    } else if (cp == 0xFFFD || (cp >= 0x2000 && cp <= 0x206F) || cp == 0xA0) {
      pending_separator = true;  // punctuation and spaces from General Punctuation
    } else {
      // Other scripts are kept, lower-cased so that "Москва" and "москва" are one actor.
      UChar32 lower = u_tolower(static_cast<UChar32>(cp));
      char buffer[U8_MAX_LENGTH];
      int32_t length = 0;
      U8_APPEND_UNSAFE(buffer, length, lower);
      append(std::string_view(buffer, static_cast<size_t>(length)));
    }
  }
  if (id.empty()) {
    uint64_t hash = 1469598103934665603ull;  // FNV-1a
    for (unsigned char c : name) hash = (hash ^ c) * 1099511628211ull;
    char buffer[24];
    std::snprintf(buffer, sizeof buffer, "actor_%016llx", static_cast<unsigned long long>(hash));
    id = buffer;
  }
  return id;
}

}  // namespace actorgraph
