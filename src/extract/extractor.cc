#include "actorgraph/extract/extractor.h"

#include <algorithm>
#include <cctype>

#include "extract/affiliation_extractor.h"
#include "extract/apposition_extractor.h"
#include "extract/clause_extractor.h"
#include "extract/compound_extractor.h"
#include "extract/group_extractor.h"
#include "extract/link_grammar_extractor.h"
#include "extract/media_extractor.h"
#include "extract/nominal_extractor.h"
#include "extract/noun_phrase_extractor.h"
#include "extract/passive_extractor.h"
#include "extract/reach_extractor.h"

namespace actorgraph {

AnalyzedSentence AnalyzeSentence(const Document& document, const Sentence& sentence,
                                 std::vector<Mention> mentions) {
  AnalyzedSentence s;
  s.document = &document;
  s.sentence = &sentence;
  std::stable_sort(mentions.begin(), mentions.end(), [](const Mention& a, const Mention& b) {
    if (a.token_begin != b.token_begin) return a.token_begin < b.token_begin;
    return a.span.begin < b.span.begin;
  });
  s.mentions = std::move(mentions);
  s.lower.reserve(sentence.tokens.size());
  for (const Token& token : sentence.tokens) {
    std::string lower = token.text;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    s.lower.push_back(std::move(lower));
  }
  s.mention_at.assign(sentence.tokens.size(), -1);
  for (size_t k = 0; k < s.mentions.size(); ++k) {
    const Mention& m = s.mentions[k];
    for (size_t t = m.token_begin; t < m.token_end && t < s.mention_at.size(); ++t)
      if (s.mention_at[t] < 0) s.mention_at[t] = static_cast<int>(k);
  }
  return s;
}

void ParseCounters::Add(const ParseCounters& o) {
  sentences_parsed += o.sentences_parsed;
  parses += o.parses;
  parses_failed += o.parses_failed;
  parse_seconds += o.parse_seconds;
  for (int i = 0; i < 5; ++i) {
    parses_by_length[i] += o.parses_by_length[i];
    seconds_by_length[i] += o.seconds_by_length[i];
  }
}

std::vector<std::unique_ptr<Extractor>> MakeDefaultExtractors(const ExtractorContext& context) {
  std::vector<std::unique_ptr<Extractor>> extractors;
  // Most precise first: later extractors skip what earlier ones already read.
  extractors.push_back(extract::MakeNominalExtractor(context));
  extractors.push_back(extract::MakeClauseExtractor(context));
  // "Iran-backed Houthis": a relation inside a compound before an actor.
  extractors.push_back(extract::MakeCompoundExtractor(context));
  extractors.push_back(extract::MakeAffiliationExtractor(context));
  // What a medium reports of a speaker and what a speaker says to a medium ("X was quoted
  // by M", "In remarks to M, X said", "X stated to M").
  extractors.push_back(extract::MakeMediaExtractor(context));
  // Symmetric relations of groups the extractors above leave unread ("ministers of A, B
  // and C met", "a deal signed between A and B", "A and B held talks with C").
  extractors.push_back(extract::MakeGroupExtractor(context));
  // What the subject undergoes or does beyond its first predicate: "under US sanctions",
  // "..., and was criticised by X", "posted a message blaming X".
  extractors.push_back(extract::MakePassiveExtractor(context));
  // Relations inside longer noun phrases ("the Turkish-Libyan maritime border agreement",
  // "the US withdrawal from"), for pairs the extractors above left unrelated.
  extractors.push_back(extract::MakeNounPhraseExtractor(context));
  // Subjects and second objects the clause extractor does not reach from a mention ("The
  // president of Turkey vowed ...", "met with X on Tuesday, then with Y").
  extractors.push_back(extract::MakeReachExtractor(context));
  // Appositions, kin phrases and list asides that describe an actor ("X, a lawyer
  // representing Y,", "X and his son, Y", "A, B and C, all Republicans").
  extractors.push_back(extract::MakeAppositionExtractor(context));
  // Open vocabulary, parser-based: only the pairs the patterns above left unread.
  if (context.link_grammar) extractors.push_back(extract::MakeLinkGrammarExtractor(context));
  // Last, so that a rival or critic named beside a clause ("attacked his rival X") leaves
  // the pair to the parser too.
  extractors.push_back(extract::MakeStandingRelationExtractor(context));
  return extractors;
}

}  // namespace actorgraph
