#include "text/tokenizer.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string>

namespace actorgraph::text_internal {
namespace {

enum class CharClass : uint8_t {
  kSpace,
  kNewline,
  kParagraph,   // U+2029: a paragraph break by itself
  kIgnorable,   // soft hyphen, zero-width and other default-ignorable characters
  kUpper,
  kLower,
  kLetter,      // a letter without case (Arabic, CJK, ...)
  kDigit,
  kMark,
  kApostrophe,  // ' and ’: inside words, possessive, or a single quote
  kQuote,       // " “ ” „ ‘ « » ...
  kHyphen,      // hyphens and the en dash: join the parts of a word
  kDash,        // em dash, minus: never inside a word
  kPeriod,
  kBang,        // ! ? and the sentence terminals of other scripts (। ؟ 。)
  kEllipsis,
  kOpen,
  kClose,
  kOther,
  kInvalid,     // a byte that is not valid UTF-8
};

bool IsWordClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetter ||
         c == CharClass::kDigit || c == CharClass::kMark;
}
bool IsLetterClass(CharClass c) {
  return c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kLetter ||
         c == CharClass::kMark;
}

constexpr std::array<CharClass, 128> MakeAsciiTable() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kOther;
    if (c < 0x20 || c == 0x7F) k = CharClass::kSpace;  // control characters separate
    if (c == '\n' || c == '\r') k = CharClass::kNewline;
    if (c == ' ') k = CharClass::kSpace;
    if (c >= 'A' && c <= 'Z') k = CharClass::kUpper;
    if (c >= 'a' && c <= 'z') k = CharClass::kLower;
    if (c >= '0' && c <= '9') k = CharClass::kDigit;
    if (c == '\'') k = CharClass::kApostrophe;
    if (c == '"') k = CharClass::kQuote;
    if (c == '-') k = CharClass::kHyphen;
    if (c == '.') k = CharClass::kPeriod;
    if (c == '!' || c == '?') k = CharClass::kBang;
    if (c == '(' || c == '[' || c == '{') k = CharClass::kOpen;
    if (c == ')' || c == ']' || c == '}') k = CharClass::kClose;
    t[c] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAsciiClass = MakeAsciiTable();

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x2019: case 0x02BC:
      return CharClass::kApostrophe;
    case 0x2018: case 0x201A: case 0x201B: case 0x201C: case 0x201D: case 0x201E:
    case 0x201F: case 0x00AB: case 0x00BB: case 0x2039: case 0x203A:
      return CharClass::kQuote;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013:
      return CharClass::kHyphen;
    case 0x2014: case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D:
      return CharClass::kDash;
    case 0x2026:
      return CharClass::kEllipsis;
    case 0x0085: case 0x2028:
      return CharClass::kNewline;
    case 0x2029:
      return CharClass::kParagraph;
    case 0x00AD:
      return CharClass::kIgnorable;
    case 0x3002: case 0xFF01: case 0xFF1F:
      return CharClass::kBang;
    default:
      break;
  }
  UChar32 c = static_cast<UChar32>(cp);
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT)) return CharClass::kIgnorable;
  if (u_isUWhiteSpace(c)) return CharClass::kSpace;
  // Full stops of other scripts: the Devanagari danda, the Arabic question mark, ...
  if (u_hasBinaryProperty(c, UCHAR_S_TERM)) return CharClass::kBang;
  int8_t type = u_charType(c);
  switch (type) {
    case U_UPPERCASE_LETTER: case U_TITLECASE_LETTER:
      return CharClass::kUpper;
    case U_LOWERCASE_LETTER:
      return CharClass::kLower;
    case U_MODIFIER_LETTER: case U_OTHER_LETTER:
      return CharClass::kLetter;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharClass::kDigit;
    case U_NON_SPACING_MARK: case U_COMBINING_SPACING_MARK: case U_ENCLOSING_MARK:
      return CharClass::kMark;
    case U_START_PUNCTUATION:
      return CharClass::kOpen;
    case U_END_PUNCTUATION:
      return CharClass::kClose;
    case U_CONTROL_CHAR: case U_FORMAT_CHAR:
      return CharClass::kSpace;
    default:
      return CharClass::kOther;
  }
}

struct Char {
  char32_t cp = 0;
  uint32_t begin = 0;
  uint32_t end = 0;  // begin == end: past the end of the text
  CharClass cls = CharClass::kSpace;
};

// Abbreviations whose period belongs to them. Titles precede a name and never end a
// sentence; the others end one only before a sentence opener (see segmenter.cc).
struct Abbreviation {
  std::string_view text;
  AbbreviationClass cls;
  bool before_digit_only;  // "No. 10": only an abbreviation when a number follows
};
constexpr Abbreviation kAbbreviations[] = {
    // Titles and ranks.
    {"Adm", AbbreviationClass::kTitle, false}, {"Amb", AbbreviationClass::kTitle, false},
    {"Brig", AbbreviationClass::kTitle, false}, {"Capt", AbbreviationClass::kTitle, false},
    {"Cdr", AbbreviationClass::kTitle, false}, {"Cmdr", AbbreviationClass::kTitle, false},
    {"Col", AbbreviationClass::kTitle, false}, {"Cpl", AbbreviationClass::kTitle, false},
    {"Det", AbbreviationClass::kTitle, false}, {"Dr", AbbreviationClass::kTitle, false},
    {"Fr", AbbreviationClass::kTitle, false}, {"Ft", AbbreviationClass::kTitle, false},
    {"Gen", AbbreviationClass::kTitle, false}, {"Gov", AbbreviationClass::kTitle, false},
    {"Hon", AbbreviationClass::kTitle, false}, {"Lt", AbbreviationClass::kTitle, false},
    {"Maj", AbbreviationClass::kTitle, false}, {"Messrs", AbbreviationClass::kTitle, false},
    {"Mr", AbbreviationClass::kTitle, false}, {"Mrs", AbbreviationClass::kTitle, false},
    {"Ms", AbbreviationClass::kTitle, false}, {"Mt", AbbreviationClass::kTitle, false},
    {"Pres", AbbreviationClass::kTitle, false}, {"Prof", AbbreviationClass::kTitle, false},
    {"Pvt", AbbreviationClass::kTitle, false}, {"Rep", AbbreviationClass::kTitle, false},
    {"Reps", AbbreviationClass::kTitle, false}, {"Rev", AbbreviationClass::kTitle, false},
    {"Sen", AbbreviationClass::kTitle, false}, {"Sens", AbbreviationClass::kTitle, false},
    {"Sgt", AbbreviationClass::kTitle, false},
    {"St", AbbreviationClass::kOther, false},  // Saint, but also Street at a sentence end
    {"Supt", AbbreviationClass::kTitle, false},
    // Months and days.
    {"Jan", AbbreviationClass::kOther, false}, {"Feb", AbbreviationClass::kOther, false},
    {"Mar", AbbreviationClass::kOther, false}, {"Apr", AbbreviationClass::kOther, false},
    {"Jun", AbbreviationClass::kOther, false}, {"Jul", AbbreviationClass::kOther, false},
    {"Aug", AbbreviationClass::kOther, false}, {"Sep", AbbreviationClass::kOther, false},
    {"Sept", AbbreviationClass::kOther, false}, {"Oct", AbbreviationClass::kOther, false},
    {"Nov", AbbreviationClass::kOther, false}, {"Dec", AbbreviationClass::kOther, false},
    {"Mon", AbbreviationClass::kOther, false}, {"Tue", AbbreviationClass::kOther, false},
    {"Tues", AbbreviationClass::kOther, false}, {"Wed", AbbreviationClass::kOther, false},
    {"Thu", AbbreviationClass::kOther, false}, {"Thur", AbbreviationClass::kOther, false},
    {"Thurs", AbbreviationClass::kOther, false}, {"Fri", AbbreviationClass::kOther, false},
    // Companies, names, references.
    {"Bros", AbbreviationClass::kOther, false}, {"Co", AbbreviationClass::kOther, false},
    {"Corp", AbbreviationClass::kOther, false}, {"Inc", AbbreviationClass::kOther, false},
    {"Jr", AbbreviationClass::kOther, false}, {"Ltd", AbbreviationClass::kOther, false},
    {"Plc", AbbreviationClass::kOther, false}, {"Sr", AbbreviationClass::kOther, false},
    {"Dept", AbbreviationClass::kOther, false}, {"Univ", AbbreviationClass::kOther, false},
    {"Assn", AbbreviationClass::kOther, false}, {"Ave", AbbreviationClass::kOther, false},
    {"Blvd", AbbreviationClass::kOther, false}, {"Fig", AbbreviationClass::kOther, false},
    {"Vol", AbbreviationClass::kOther, false}, {"Ph", AbbreviationClass::kOther, false},
    {"al", AbbreviationClass::kOther, false}, {"approx", AbbreviationClass::kOther, false},
    {"cf", AbbreviationClass::kOther, false}, {"est", AbbreviationClass::kOther, false},
    {"etc", AbbreviationClass::kOther, false}, {"vs", AbbreviationClass::kOther, false},
    {"No", AbbreviationClass::kOther, true}, {"Nos", AbbreviationClass::kOther, true},
    {"Nr", AbbreviationClass::kOther, true}, {"pp", AbbreviationClass::kOther, true},
    // US states as news datelines write them (AP style).
    {"Ala", AbbreviationClass::kOther, false}, {"Ariz", AbbreviationClass::kOther, false},
    {"Ark", AbbreviationClass::kOther, false}, {"Calif", AbbreviationClass::kOther, false},
    {"Colo", AbbreviationClass::kOther, false}, {"Conn", AbbreviationClass::kOther, false},
    {"Fla", AbbreviationClass::kOther, false}, {"Ga", AbbreviationClass::kOther, false},
    {"Ill", AbbreviationClass::kOther, false}, {"Ind", AbbreviationClass::kOther, false},
    {"Kan", AbbreviationClass::kOther, false}, {"Ky", AbbreviationClass::kOther, false},
    {"La", AbbreviationClass::kOther, false}, {"Mass", AbbreviationClass::kOther, false},
    {"Md", AbbreviationClass::kOther, false}, {"Mich", AbbreviationClass::kOther, false},
    {"Minn", AbbreviationClass::kOther, false}, {"Miss", AbbreviationClass::kOther, false},
    {"Mo", AbbreviationClass::kOther, false}, {"Mont", AbbreviationClass::kOther, false},
    {"Neb", AbbreviationClass::kOther, false}, {"Nev", AbbreviationClass::kOther, false},
    {"Okla", AbbreviationClass::kOther, false}, {"Ore", AbbreviationClass::kOther, false},
    {"Pa", AbbreviationClass::kOther, false}, {"Tenn", AbbreviationClass::kOther, false},
    {"Tex", AbbreviationClass::kOther, false}, {"Va", AbbreviationClass::kOther, false},
    {"Vt", AbbreviationClass::kOther, false}, {"Wash", AbbreviationClass::kOther, false},
    {"Wis", AbbreviationClass::kOther, false}, {"Wyo", AbbreviationClass::kOther, false},
};

const Abbreviation* LookupAbbreviation(std::string_view word) {
  if (word.size() < 2 || word.size() > 6) return nullptr;
  for (const Abbreviation& a : kAbbreviations) {
    if (a.text == word) return &a;
  }
  return nullptr;
}

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<RawToken>* tokens)
      : text_(text), tokens_(tokens) {}

  void Run() {
    uint32_t pos = 0;
    const uint32_t n = static_cast<uint32_t>(text_.size());
    while (pos < n) {
      Char c = At(pos);
      switch (c.cls) {
        case CharClass::kSpace:
          if (newlines_ > 0) indented_ = true;
          space_ = true;
          pos = c.end;
          break;
        case CharClass::kNewline:
          // "\r\n" is one line break: count its "\n" only.
          if (!(c.cp == '\r' && c.end < n && text_[c.end] == '\n')) ++newlines_;
          space_ = true;
          indented_ = false;
          pos = c.end;
          break;
        case CharClass::kParagraph:
          newlines_ += 2;
          space_ = true;
          indented_ = false;
          pos = c.end;
          break;
        case CharClass::kIgnorable:
          pos = c.end;
          break;
        case CharClass::kUpper: case CharClass::kLower: case CharClass::kLetter:
        case CharClass::kDigit: case CharClass::kMark:
          pos = ScanWord(c);
          break;
        case CharClass::kApostrophe:
          pos = ScanApostrophe(c);
          break;
        case CharClass::kQuote:
          Emit(c.begin, c.end, NormalizedQuote(c.cp), TokenKind::kQuote).quote = c.cp;
          pos = c.end;
          break;
        case CharClass::kHyphen: case CharClass::kDash:
          pos = ScanRun(c, [](CharClass k) { return k == CharClass::kHyphen || k == CharClass::kDash; },
                        TokenKind::kOther);
          break;
        case CharClass::kPeriod: case CharClass::kBang: case CharClass::kEllipsis:
          pos = ScanTerminal(c);
          break;
        case CharClass::kOpen:
          Emit(c.begin, c.end, std::string(Bytes(c)), TokenKind::kOpenBracket);
          pos = c.end;
          break;
        case CharClass::kClose:
          Emit(c.begin, c.end, std::string(Bytes(c)), TokenKind::kCloseBracket);
          pos = c.end;
          break;
        case CharClass::kOther: case CharClass::kInvalid:
          Emit(c.begin, c.end, std::string(Bytes(c)), TokenKind::kOther);
          pos = c.end;
          break;
      }
    }
  }

 private:
  Char At(uint32_t pos) const {
    Char c;
    c.begin = pos;
    if (pos >= text_.size()) {
      c.end = pos;
      return c;
    }
    unsigned char b = static_cast<unsigned char>(text_[pos]);
    if (b < 0x80) {
      c.cp = b;
      c.end = pos + 1;
      c.cls = kAsciiClass[b];
      return c;
    }
    int32_t i = static_cast<int32_t>(pos);
    UChar32 cp;
    U8_NEXT(reinterpret_cast<const uint8_t*>(text_.data()), i,
            static_cast<int32_t>(text_.size()), cp);
    c.end = static_cast<uint32_t>(i);
    if (cp < 0) {
      c.cp = 0xFFFD;
      c.cls = CharClass::kInvalid;
      return c;
    }
    c.cp = static_cast<char32_t>(cp);
    c.cls = ClassifyNonAscii(c.cp);
    return c;
  }

  std::string_view Bytes(const Char& c) const { return text_.substr(c.begin, c.end - c.begin); }

  static std::string NormalizedQuote(char32_t cp) {
    switch (cp) {
      case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2039:
      case 0x203A: case 0x02BC:
        return "'";
      default:
        return "\"";
    }
  }

  RawToken& Emit(uint32_t begin, uint32_t end, std::string text, TokenKind kind) {
    RawToken& t = tokens_->emplace_back();
    t.token.begin = begin;
    t.token.end = end;
    t.token.text = std::move(text);
    t.token.space_before = space_;
    t.kind = kind;
    t.newlines_before = static_cast<uint8_t>(std::min(newlines_, 2));
    t.indented = newlines_ > 0 && indented_;
    space_ = false;
    newlines_ = 0;
    indented_ = false;
    return t;
  }

  // The first character after `pos` that is not ignorable.
  Char SkipIgnorable(uint32_t pos) const {
    Char c = At(pos);
    while (c.cls == CharClass::kIgnorable) c = At(c.end);
    return c;
  }

  // Words: letters, digits and marks; inner hyphens, apostrophes between letters, separators
  // between digits ("1,000", "3.5", "10:30", "9/11") and the periods of initialisms (U.S.)
  // and known abbreviations (Gen.).
  uint32_t ScanWord(Char first) {
    std::string norm;
    const uint32_t begin = first.begin;
    const bool numeric = first.cls == CharClass::kDigit;
    AbbreviationClass abbreviation = AbbreviationClass::kNone;
    bool initialism = false;      // saw "X." followed by another letter segment
    size_t segment_length = 0;    // characters since the last period or hyphen
    size_t segment_start = 0;     // in norm
    CharClass last = first.cls;
    uint32_t end = first.begin;
    bool has_lower = false;
    Char c = first;
    for (;;) {
      if (IsWordClass(c.cls)) {
        has_lower |= c.cls == CharClass::kLower;
        norm.append(Bytes(c));
        end = c.end;
        last = c.cls;
        ++segment_length;
        c = At(c.end);
        continue;
      }
      if (c.cls == CharClass::kIgnorable) {
        Char d = SkipIgnorable(c.end);
        if (!IsWordClass(d.cls)) break;
        c = d;
        continue;
      }
      Char d = At(c.end);
      if (c.cls == CharClass::kHyphen && IsWordClass(d.cls)) {
        norm.push_back('-');
        segment_length = 0;
        segment_start = norm.size();
        c = d;
        continue;
      }
      if (c.cls == CharClass::kApostrophe && IsLetterClass(last) && IsLetterClass(d.cls)) {
        Char after = At(d.end);
        bool possessive = (d.cp == 's' || d.cp == 'S') && !IsWordClass(after.cls) &&
                          after.cls != CharClass::kIgnorable;
        if (possessive) break;  // "'s" becomes a token of its own
        norm.push_back('\'');
        c = d;
        continue;
      }
      if (numeric && last == CharClass::kDigit && d.cls == CharClass::kDigit &&
          (c.cp == '.' || c.cp == ',' || c.cp == ':' || c.cp == '/')) {
        norm.push_back(static_cast<char>(c.cp));
        c = d;
        continue;
      }
      if (c.cls != CharClass::kPeriod || numeric) break;
      // A period: part of an initialism or an abbreviation, or the end of the sentence.
      if (segment_length == 1 && IsLetterClass(last) && IsLetterClass(d.cls)) {
        Char after = At(d.end);
        if (after.cls == CharClass::kPeriod) {  // "U.S.": the next segment is one letter
          norm.push_back('.');
          initialism = true;
          segment_length = 0;
          segment_start = norm.size();
          c = d;
          continue;
        }
      }
      if (initialism && segment_length == 1) {
        norm.push_back('.');
        end = c.end;
        abbreviation = AbbreviationClass::kOther;
        // "U.S.-led": the compound goes on.
        Char after = At(d.end);
        if (d.cls == CharClass::kHyphen && IsWordClass(after.cls)) {
          norm.push_back('-');
          segment_length = 0;
          segment_start = norm.size();
          initialism = false;
          abbreviation = AbbreviationClass::kNone;
          c = after;
          continue;
        }
        break;
      }
      if (segment_start == 0) {
        if (const Abbreviation* a = LookupAbbreviation(norm)) {
          if (!a->before_digit_only || NextIsDigit(c.end)) {
            norm.push_back('.');
            end = c.end;
            abbreviation = a->cls;
          }
          break;
        }
        if (segment_length == 1 && last == CharClass::kUpper) {  // an initial: "W."
          norm.push_back('.');
          end = c.end;
          abbreviation = AbbreviationClass::kOther;
        }
      }
      break;
    }
    TokenKind kind = abbreviation != AbbreviationClass::kNone ? TokenKind::kAbbreviation
                     : numeric                                ? TokenKind::kNumber
                                                              : TokenKind::kWord;
    RawToken& t = Emit(begin, end, std::move(norm), kind);
    t.abbreviation = abbreviation;
    t.has_lower = has_lower;
    t.upper_initial = first.cls == CharClass::kUpper;
    t.lower_initial = first.cls == CharClass::kLower;
    return end;
  }

  bool NextIsDigit(uint32_t pos) const {
    Char c = At(pos);
    while (c.end > c.begin && c.cls == CharClass::kSpace) c = At(c.end);
    return c.cls == CharClass::kDigit;
  }

  // An apostrophe not inside a word: the possessive "'s" (or the bare "'" of "nations'")
  // right after a word, else a single quotation mark.
  uint32_t ScanApostrophe(Char c) {
    const bool after_word = !space_ && newlines_ == 0 && !tokens_->empty() &&
                            tokens_->back().token.end == c.begin &&
                            (tokens_->back().kind == TokenKind::kWord ||
                             tokens_->back().kind == TokenKind::kNumber ||
                             tokens_->back().kind == TokenKind::kAbbreviation);
    if (after_word) {
      Char d = At(c.end);
      Char after = At(d.end);
      if ((d.cp == 's' || d.cp == 'S') && !IsWordClass(after.cls)) {
        std::string norm = "'";
        norm.push_back(static_cast<char>(d.cp));
        RawToken& t = Emit(c.begin, d.end, std::move(norm), TokenKind::kWord);
        t.lower_initial = t.has_lower = d.cp == 's';
        return d.end;
      }
      const std::string& prev = tokens_->back().token.text;
      if (!prev.empty() && (prev.back() == 's' || prev.back() == 'S') && !IsWordClass(d.cls)) {
        Emit(c.begin, c.end, "'", TokenKind::kOther);
        return c.end;
      }
    }
    Emit(c.begin, c.end, "'", TokenKind::kQuote).quote = c.cp;
    return c.end;
  }

  template <typename Pred>
  uint32_t ScanRun(Char c, Pred in_run, TokenKind kind) {
    const uint32_t begin = c.begin;
    std::string norm;
    uint32_t end = c.begin;
    while (c.end > c.begin && in_run(c.cls)) {
      norm.push_back('-');
      end = c.end;
      c = At(c.end);
    }
    Emit(begin, end, std::move(norm), kind);
    return end;
  }

  // Runs of . ! ? and ellipses. Four or more periods are a leader ("Total.......5"), not the
  // end of a sentence.
  uint32_t ScanTerminal(Char c) {
    const uint32_t begin = c.begin;
    std::string norm;
    uint32_t end = c.begin;
    size_t periods = 0;
    bool other = false;
    while (c.end > c.begin && (c.cls == CharClass::kPeriod || c.cls == CharClass::kBang ||
                               c.cls == CharClass::kEllipsis)) {
      if (c.cls == CharClass::kEllipsis) {
        norm += "...";
        other = true;
      } else if (c.cls == CharClass::kPeriod) {
        norm.push_back('.');
        ++periods;
      } else {
        norm.append(Bytes(c));
        other = true;
      }
      end = c.end;
      c = At(c.end);
    }
    TokenKind kind = periods > 3 && !other ? TokenKind::kOther : TokenKind::kTerminal;
    Emit(begin, end, std::move(norm), kind);
    return end;
  }

  std::string_view text_;
  std::vector<RawToken>* tokens_;
  bool space_ = false;
  bool indented_ = false;
  int newlines_ = 0;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<RawToken>* tokens) {
  tokens->clear();
  Scanner(text, tokens).Run();
}

}  // namespace actorgraph::text_internal
