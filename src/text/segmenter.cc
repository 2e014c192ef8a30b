#include "actorgraph/text/segmenter.h"

#include <unicode/uclean.h>
#include <unicode/utypes.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "text/tokenizer.h"

namespace actorgraph {

using text_internal::AbbreviationClass;
using text_internal::RawToken;
using text_internal::TokenKind;

namespace {

// Pairs longer than this (in tokens) do not hold their sentences together: an unbalanced
// quotation mark must not swallow a paragraph.
constexpr size_t kMaxShieldTokens = 120;

// Capitalised words that open sentences far more often than they follow "U.S." or
// "Inc." inside one: after an abbreviation, the sentence ends only before one of them.
constexpr std::string_view kSentenceOpeners[] = {
    "A",      "According", "After",  "Also",    "Although", "An",    "And",    "As",
    "At",     "Before",    "Both",   "But",     "By",       "During", "Each",  "Earlier",
    "For",    "From",      "He",     "Her",     "Here",     "His",   "However", "I",
    "If",     "In",        "It",     "Its",     "Last",     "Later", "Many",   "Meanwhile",
    "Most",   "My",        "Next",   "On",      "Or",       "Our",   "She",    "Since",
    "So",     "Some",      "That",   "The",     "Their",    "There", "These",  "They",
    "This",   "Those",     "Though", "Under",   "We",       "When",  "While",  "With",
    "Yet",    "You",
};

bool IsSentenceOpener(const RawToken& t) {
  if (!t.upper_initial) return false;
  const std::string& w = t.token.text;
  return std::find(std::begin(kSentenceOpeners), std::end(kSentenceOpeners), w) !=
         std::end(kSentenceOpeners);
}

bool IsOpeningQuote(char32_t q) {
  return q == 0x201C || q == 0x201E || q == 0x00AB || q == 0x2018 || q == 0x201A;
}

bool IsFinalPunctuation(const RawToken& t) {
  if (t.kind == TokenKind::kTerminal) return true;
  const std::string& s = t.token.text;
  return t.kind == TokenKind::kOther && (s == "," || s == ";" || s == ":");
}

// Whether `t` may open a sentence after a full stop: not a lower-case word and not
// punctuation that continues one (", ; : ) %").
bool CanOpenSentence(const RawToken& t) {
  if (t.lower_initial || t.kind == TokenKind::kCloseBracket) return false;
  if (t.kind == TokenKind::kOther) {
    const std::string& s = t.token.text;
    return !(s == "," || s == ";" || s == ":" || s == "%" || s == "'");
  }
  return true;
}

}  // namespace

struct Segmenter::Impl {
  enum Role : uint8_t { kNone, kOpening, kClosing };

  std::vector<RawToken> raw;
  std::vector<Role> role;       // of each quotation mark and bracket, paired on its line
  std::vector<int> shield;      // difference array: > 0 inside a quotation or parenthesis
  std::vector<size_t> starts;   // first token of each sentence
  std::vector<size_t> open_stack;
  std::vector<bool> caps_line;  // the token's line has letters, all of them capitals

  void Tokenize(std::string_view text) { text_internal::Tokenize(text, &raw); }

  // Marks the tokens strictly inside quotations and parentheses that close on the same line
  // and do not end with their own full stop ("We will respond. We are ready," he said).
  void FindShields() {
    const size_t n = raw.size();
    shield.assign(n + 1, 0);
    role.assign(n, kNone);
    open_stack.clear();
    size_t open_quote = n;  // index of the pending opening quotation mark, n if none
    auto protect = [&](size_t open, size_t close) {
      if (close - open < 2 || close - open > kMaxShieldTokens) return;
      if (raw[close - 1].kind == TokenKind::kTerminal) return;
      shield[open + 1] += 1;
      shield[close] -= 1;
    };
    for (size_t i = 0; i < n; ++i) {
      const RawToken& t = raw[i];
      if (t.newlines_before > 0) {
        open_stack.clear();
        open_quote = n;
      }
      if (t.kind == TokenKind::kOpenBracket) {
        open_stack.push_back(i);
        role[i] = kOpening;
      } else if (t.kind == TokenKind::kCloseBracket) {
        role[i] = kClosing;
        if (!open_stack.empty()) {
          protect(open_stack.back(), i);
          open_stack.pop_back();
        }
      } else if (t.kind == TokenKind::kQuote) {
        bool opening = IsOpeningQuote(t.quote) || (t.quote == '"' && open_quote == n) ||
                       (t.quote == '\'' && t.token.space_before);
        role[i] = opening ? kOpening : kClosing;
        if (t.token.text != "\"") continue;  // single quotes double as apostrophes
        if (opening) {
          open_quote = i;
        } else if (open_quote != n) {
          protect(open_quote, i);
          open_quote = n;
        }
      }
    }
    int depth = 0;
    for (size_t i = 0; i <= n; ++i) {
      depth += shield[i];
      shield[i] = depth;
    }
  }

  // A quotation mark or bracket that closes what it touches (." .) .”), or a closing
  // quotation mark set off by a space at the end of its line (." with a thin space).
  bool IsAttachedCloser(size_t i) const {
    const RawToken& t = raw[i];
    if (t.newlines_before > 0 || role[i] != kClosing) return false;
    if (!t.token.space_before) return true;
    return t.kind == TokenKind::kQuote && (i + 1 == raw.size() || raw[i + 1].newlines_before > 0);
  }

  // The token a sentence really ends with: `i`, or what precedes the closing quotation
  // marks and brackets attached to it.
  size_t CoreOfEnd(size_t i, size_t first) const {
    while (i > first && IsAttachedCloser(i)) --i;
    return i;
  }

  // Whether the text is hard-wrapped: most of its single line breaks that neither follow
  // final punctuation nor open an indented line run on into a lower-case word.
  bool IsHardWrapped() const {
    size_t breaks = 0, run_on = 0;
    for (size_t i = 1; i < raw.size(); ++i) {
      // An indented line opens a paragraph; it says nothing about wrapping.
      if (raw[i].newlines_before != 1 || raw[i].indented) continue;
      if (IsFinalPunctuation(raw[CoreOfEnd(i - 1, 0)])) continue;
      ++breaks;
      if (raw[i].lower_initial) ++run_on;
    }
    return breaks >= 3 && run_on * 2 > breaks;
  }

  // Whether a sentence ends between raw[i - 1] and raw[i] (both on one line).
  bool EndsWithinLine(size_t i, size_t sentence_start) const {
    if (shield[i] > 0 || IsAttachedCloser(i)) return false;
    const RawToken& next = raw[i];
    if (!next.token.space_before) return false;
    size_t core = CoreOfEnd(i - 1, sentence_start);
    const RawToken& end = raw[core];
    if (end.kind == TokenKind::kTerminal) {
      if (!CanOpenSentence(next)) return false;
      // An ellipsis trails off inside a sentence unless a capital follows.
      if (end.token.text.starts_with("..") && !next.upper_initial &&
          next.kind != TokenKind::kQuote && next.kind != TokenKind::kOpenBracket) {
        return false;
      }
      return true;
    }
    if (end.kind == TokenKind::kAbbreviation) {
      return end.abbreviation == AbbreviationClass::kOther && IsSentenceOpener(next);
    }
    return false;
  }

  // Marks the lines written in capitals ("USDA LIFTS CROSS-COMPLIANCE FOR OATS").
  void FindCapitalLines() {
    const size_t n = raw.size();
    caps_line.assign(n, false);
    size_t line_start = 0;
    for (size_t i = 0; i <= n; ++i) {
      if (i < n && (i == 0 || raw[i].newlines_before == 0)) continue;
      bool letters = false, lower = false;
      for (size_t j = line_start; j < i; ++j) {
        letters |= raw[j].upper_initial || raw[j].has_lower;
        lower |= raw[j].has_lower;
      }
      if (letters && !lower) std::fill(caps_line.begin() + line_start, caps_line.begin() + i, true);
      line_start = i;
    }
  }

  // In hard-wrapped text, where a line break does not end a sentence by itself: an indented
  // line opens a paragraph, and a line in capitals is a headline.
  bool StartsBlockWhenWrapped(size_t i) const {
    return raw[i].indented || caps_line[i] || caps_line[i - 1];
  }

  void FindStarts(const Document& document) {
    const size_t n = raw.size();
    starts.clear();
    if (n == 0) return;
    starts.push_back(0);
    const bool hard_wrapped = IsHardWrapped();
    if (hard_wrapped) FindCapitalLines();
    for (size_t i = 1; i < n; ++i) {
      const RawToken& t = raw[i];
      bool boundary;
      if (document.title_end > 0 && raw[i - 1].token.end <= document.title_end &&
          t.token.begin >= document.title_end) {
        boundary = true;
      } else if (t.newlines_before >= 2) {
        boundary = true;
      } else if (t.newlines_before == 1) {
        // A line of its own (a headline, a heading, a table row) is a sentence, unless the
        // text is hard-wrapped, a title waits for its name or the line runs on in lower case.
        const RawToken& prev = raw[i - 1];
        boundary = !hard_wrapped && prev.abbreviation != AbbreviationClass::kTitle &&
                   !(t.lower_initial && !IsFinalPunctuation(raw[CoreOfEnd(i - 1, 0)]));
        if (!boundary && hard_wrapped) {
          boundary = StartsBlockWhenWrapped(i) || EndsWithinLine(i, starts.back());
        }
      } else {
        boundary = EndsWithinLine(i, starts.back());
      }
      if (boundary) starts.push_back(i);
    }
  }

  bool IsHeading(size_t first, size_t last, const Document& document) const {
    if (document.title_end > 0 && raw[first].token.begin < document.title_end) return true;
    bool line_start = first == 0 || raw[first].newlines_before > 0;
    bool line_end = last + 1 == raw.size() || raw[last + 1].newlines_before > 0;
    if (!line_start || !line_end) return false;
    for (size_t i = first + 1; i <= last; ++i) {
      if (raw[i].newlines_before > 0) return false;  // lines joined in hard-wrapped text
    }
    return !IsFinalPunctuation(raw[CoreOfEnd(last, first)]);
  }
};

Segmenter::Segmenter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

Result<Segmenter> Segmenter::Create() {
  // Character classes come from ICU's property tables; make sure its data is there.
  UErrorCode status = U_ZERO_ERROR;
  u_init(&status);
  if (U_FAILURE(status)) {
    return Status::Internal(std::string("ICU could not load its data: ") + u_errorName(status));
  }
  return Segmenter(std::make_unique<Impl>());
}

std::vector<Sentence> Segmenter::Segment(const Document& document) {
  Impl& impl = *impl_;
  impl.Tokenize(document.text);
  impl.FindShields();
  impl.FindStarts(document);
  std::vector<Sentence> sentences;
  sentences.reserve(impl.starts.size());
  for (size_t s = 0; s < impl.starts.size(); ++s) {
    size_t first = impl.starts[s];
    size_t end = s + 1 < impl.starts.size() ? impl.starts[s + 1] : impl.raw.size();
    Sentence& sentence = sentences.emplace_back();
    sentence.index = static_cast<int>(s);
    sentence.begin = impl.raw[first].token.begin;
    sentence.end = impl.raw[end - 1].token.end;
    sentence.heading = impl.IsHeading(first, end - 1, document);
    sentence.tokens.reserve(end - first);
    for (size_t i = first; i < end; ++i) {
      sentence.tokens.push_back(std::move(impl.raw[i].token));
    }
  }
  return sentences;
}

}  // namespace actorgraph
