#include "actors/words.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace actorgraph::actors_internal {
namespace {

bool IsHyphen(UChar32 c) {
  return c == '-' || (c >= 0x2010 && c <= 0x2015) || c == 0x2212 || c == 0xFE63 ||
         c == 0xFF0D;
}
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC; }
bool IsInnerSpace(UChar32 c) { return c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x200B; }
bool IsWordChar(UChar32 c) {
  return u_isalnum(c) || u_getIntPropertyValue(c, UCHAR_GENERAL_CATEGORY) == U_NON_SPACING_MARK;
}

UChar32 PeekChar(std::string_view s, int32_t i) {
  if (i >= static_cast<int32_t>(s.size())) return -1;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

void SetCaseFlags(Word* word) {
  int upper = 0, lower = 0;
  bool first_letter = true;
  const std::string& s = word->text;
  for (int32_t i = 0; i < static_cast<int32_t>(s.size());) {
    UChar32 c;
    U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
    if (c < 0 || !u_isalpha(c)) continue;
    bool is_upper = u_isupper(c) || u_istitle(c);
    if (first_letter) word->capitalised = is_upper;
    first_letter = false;
    if (is_upper) ++upper;
    else if (u_islower(c)) ++lower;
  }
  word->has_upper = upper > 0;
  word->all_upper = upper >= 2 && lower == 0;
}

// Splits the bytes `piece` (at document offset `offset`) into words, appending to `out`.
void SplitInto(std::string_view piece, uint32_t offset, uint32_t token, bool space_before,
               std::vector<Word>* out) {
  Word current;
  bool in_word = false;
  bool pending_space = space_before;
  auto flush = [&] {
    if (!in_word) return;
    SetCaseFlags(&current);
    current.key = WordKey(current.text);
    out->push_back(std::move(current));
    current = Word();
    in_word = false;
  };
  auto emit = [&](WordKind kind, std::string text, int32_t begin, int32_t end) {
    flush();
    Word w;
    w.kind = kind;
    w.text = std::move(text);
    w.key = w.text;
    w.begin = offset + begin;
    w.end = offset + end;
    w.token = token;
    w.space_before = pending_space;
    pending_space = false;
    out->push_back(std::move(w));
  };
  const int32_t n = static_cast<int32_t>(piece.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(piece.data(), i, n, c);
    if (IsInnerSpace(c) || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      flush();
      pending_space = true;
      continue;
    }
    if (IsHyphen(c)) {
      emit(WordKind::kHyphen, "-", start, i);
      continue;
    }
    UChar32 next = PeekChar(piece, i);
    // Tokenisers that split "Iran's" give "'s" (or the bare "'" of "nations'") a token of
    // its own, glued to the word before it.
    if (IsApostrophe(c) && start == 0 && !space_before && !out->empty() &&
        out->back().kind == WordKind::kWord) {
      int32_t after = i;
      if ((next == 's' || next == 'S') && PeekChar(piece, i + 1) < 0) ++after;
      char last = out->back().text.back();
      if (after > i || ((last == 's' || last == 'S') && next < 0)) {
        emit(WordKind::kPossessive, after > i ? "'s" : "'", start, after);
        i = after;
        continue;
      }
    }
    if (IsApostrophe(c) && in_word) {
      bool next_is_word = next >= 0 && IsWordChar(next);
      if ((next == 's' || next == 'S')) {
        int32_t after = i + 1;
        UChar32 after_s = PeekChar(piece, after);
        if (after_s < 0 || !IsWordChar(after_s)) {
          emit(WordKind::kPossessive, "'s", start, after);
          i = after;
          continue;
        }
      }
      if (next_is_word) {
        current.text += '\'';
        current.end = offset + i;
        continue;
      }
      char last = current.text.empty() ? 0 : current.text.back();
      if (last == 's' || last == 'S') {
        emit(WordKind::kPossessive, "'", start, i);
        continue;
      }
      emit(WordKind::kPunct, "'", start, i);
      continue;
    }
    bool word_char = IsWordChar(c) ||
                     (in_word && c == '.') ||
                     (in_word && c == '&' && next >= 0 && IsWordChar(next));
    if (word_char) {
      if (!in_word) {
        in_word = true;
        current.begin = offset + start;
        current.token = token;
        current.space_before = pending_space;
        pending_space = false;
      }
      current.text.append(piece.substr(start, i - start));
      current.end = offset + i;
      continue;
    }
    std::string text;
    if (c == 0x201C || c == 0x201D || c == 0x201E || c == 0xAB || c == 0xBB) {
      text = "\"";
    } else if (IsApostrophe(c)) {
      text = "'";
    } else {
      text = std::string(piece.substr(start, i - start));
    }
    emit(WordKind::kPunct, std::move(text), start, i);
  }
  flush();
}

}  // namespace

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < name.size()) {
    size_t j = name.find(' ', i);
    if (j == std::string_view::npos) j = name.size();
    if (j > i) words.emplace_back(name.substr(i, j - i));
    i = j + 1;
  }
  return words;
}

bool IsQuotationMark(const Word& word) {
  return word.kind == WordKind::kPunct &&
         (word.text == "\"" || word.text == "\u201C" || word.text == "\u201D" ||
          word.text == "\u00AB" || word.text == "\u00BB");
}

std::string WordKey(std::string_view text) {
  std::string key(text.substr(0, LengthWithoutTrailingDots(text)));
  for (char& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

size_t LengthWithoutTrailingDots(std::string_view text) {
  size_t n = text.size();
  while (n > 0 && text[n - 1] == '.') --n;
  return n == 0 ? text.size() : n;
}

std::vector<Word> SplitWords(std::string_view text, const Sentence& sentence) {
  std::vector<Word> words;
  words.reserve(sentence.tokens.size() + 4);
  for (uint32_t t = 0; t < sentence.tokens.size(); ++t) {
    const Token& token = sentence.tokens[t];
    if (token.end > text.size() || token.begin > token.end) continue;
    SplitInto(text.substr(token.begin, token.end - token.begin), token.begin, t,
              token.space_before, &words);
  }
  return words;
}

std::vector<Word> SplitPhrase(std::string_view phrase) {
  std::vector<Word> words;
  SplitInto(phrase, 0, 0, false, &words);
  return words;
}

}  // namespace actorgraph::actors_internal
