#include "extract/link_parser.h"

#include <link-grammar/link-includes.h>

#include <algorithm>
#include <memory>
#include <string_view>
#include <mutex>

namespace actorgraph::extract {
namespace {

// Link Grammar reports locale and dictionary notes on stderr; the pipeline's diagnostics
// are its own, so they are dropped here.
void IgnoreMessage(lg_errinfo*, void*) {}

struct OptionsDeleter {
  void operator()(Parse_Options_s* options) const { parse_options_delete(options); }
};

// Parse_Options carry per-parse state (timers, resources), so each thread has its own.
Parse_Options ThreadOptions(const LinkParserOptions& o) {
  thread_local std::unique_ptr<Parse_Options_s, OptionsDeleter> options;
  if (!options) {
    options.reset(parse_options_create());
    Parse_Options p = options.get();
    parse_options_set_verbosity(p, 0);
    parse_options_set_linkage_limit(p, o.linkage_limit);
    parse_options_set_max_parse_time(p, o.max_parse_time);
    parse_options_set_islands_ok(p, false);
    parse_options_set_spell_guess(p, 0);
    parse_options_set_short_length(p, o.short_length);
    parse_options_set_repeatable_rand(p, true);
    parse_options_set_min_null_count(p, 0);
    parse_options_set_max_null_count(p, 0);
  }
  return options.get();
}

}  // namespace

const LinkParser* LinkParser::Shared(std::string* error) {
  static std::once_flag once;
  static LinkParser* parser = nullptr;
  static std::string failure;
  std::call_once(once, [] {
    lg_error_set_handler(IgnoreMessage, nullptr);
    Dictionary dictionary = dictionary_create_lang("en");
    if (dictionary == nullptr) {
      failure = "link grammar: cannot open the English dictionary";
      return;
    }
    parser = new LinkParser(dictionary);  // lives for the whole process
  });
  if (parser == nullptr && error) *error = failure;
  return parser;
}

bool LinkParser::Parse(std::string_view text, Linkage* out) const {
  out->words.clear();
  out->links.clear();
  out->null_count = 0;
  Parse_Options options = ThreadOptions(options_);
  std::string input(text);
  ::Sentence sentence = sentence_create(input.c_str(), static_cast<Dictionary>(dictionary_));
  if (sentence == nullptr) return false;
  parse_options_set_min_null_count(options, 0);
  parse_options_set_max_null_count(options, 0);
  int found = sentence_parse(sentence, options);
  if (found <= 0 && options_.max_null_count > 0 && !parse_options_timer_expired(options)) {
    parse_options_set_min_null_count(options, 1);
    parse_options_set_max_null_count(options, options_.max_null_count);
    found = sentence_parse(sentence, options);
  }
  bool ok = false;
  if (found > 0) {
    // The best linkage sometimes reads a whole clause as one noun phrase ("X and Y met on
    // Friday" as "X and Y [who were] met"): prefer the first of the next few that has a
    // finite clause (no "Wa" link from the left wall).
    int pick = 0;
    int valid = sentence_num_valid_linkages(sentence);
    for (int i = 0; i < std::min(valid, 5); ++i) {
      ::Linkage candidate = linkage_create(i, sentence, options);
      if (candidate == nullptr) continue;
      bool fragment = false;
      for (size_t k = 0; k < linkage_get_num_links(candidate); ++k)
        if (linkage_get_link_lword(candidate, k) == 0 &&
            std::string_view(linkage_get_link_label(candidate, k)).starts_with("Wa"))
          fragment = true;
      linkage_delete(candidate);
      if (!fragment) {
        pick = i;
        break;
      }
    }
    ::Linkage linkage = linkage_create(pick, sentence, options);
    if (linkage != nullptr) {
      int words = linkage_get_num_words(linkage);
      for (int w = 0; w < words; ++w) {
        LinkWord word;
        const char* t = linkage_get_word(linkage, w);
        word.text = t ? t : "";
        if (w != 0 && w + 1 != words) {
          word.begin = static_cast<size_t>(linkage_get_word_byte_start(linkage, w));
          word.end = static_cast<size_t>(linkage_get_word_byte_end(linkage, w));
        }
        out->words.push_back(std::move(word));
      }
      int links = linkage_get_num_links(linkage);
      for (int k = 0; k < links; ++k) {
        const char* label = linkage_get_link_label(linkage, k);
        out->links.push_back(Link{label ? label : "",
                                  static_cast<int>(linkage_get_link_lword(linkage, k)),
                                  static_cast<int>(linkage_get_link_rword(linkage, k))});
      }
      out->null_count = sentence_null_count(sentence);
      linkage_delete(linkage);
      ok = true;
    }
  }
  sentence_delete(sentence);
  return ok;
}

}  // namespace actorgraph::extract
