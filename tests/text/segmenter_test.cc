#include "actorgraph/text/segmenter.h"

#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "actorgraph/text/document_reader.h"

namespace actorgraph {
namespace {

Segmenter MakeSegmenter() {
  Result<Segmenter> segmenter = Segmenter::Create();
  EXPECT_TRUE(segmenter.ok()) << segmenter.status().ToString();
  return std::move(segmenter).value();
}

Document MakeDocument(std::string text) {
  Document document;
  document.id = "test";
  document.text = std::move(text);
  return document;
}

// The sentences of `text` as they stand in it, joined by " || "; headings are marked "#".
std::string Split(const std::string& text) {
  Segmenter segmenter = MakeSegmenter();
  Document document = MakeDocument(text);
  std::string out;
  for (const Sentence& s : segmenter.Segment(document)) {
    if (!out.empty()) out += " || ";
    if (s.heading) out += "#";
    out += text.substr(s.begin, s.end - s.begin);
  }
  return out;
}

// The normalised tokens of `text`, joined by "|".
std::string Tokens(const std::string& text) {
  Segmenter segmenter = MakeSegmenter();
  Document document = MakeDocument(text);
  std::string out;
  for (const Sentence& s : segmenter.Segment(document)) {
    for (const Token& t : s.tokens) {
      if (!out.empty()) out += "|";
      out += t.text;
    }
  }
  return out;
}

struct SplitCase {
  const char* rule;
  const char* text;
  const char* sentences;
};

const SplitCase kSplitCases[] = {
    {"full stop", "Iran rejected the offer. Washington said it would wait.",
     "Iran rejected the offer. || Washington said it would wait."},
    {"question and exclamation", "Will Tehran answer? Diplomats doubt it! The region waits.",
     "Will Tehran answer? || Diplomats doubt it! || The region waits."},
    {"initialisms", "U.S. officials met U.N. envoys in Geneva. The talks ended late.",
     "U.S. officials met U.N. envoys in Geneva. || The talks ended late."},
    {"initialism before a name", "The U.S. Senate voted on the bill. It passed.",
     "The U.S. Senate voted on the bill. || It passed."},
    {"initialism ending a sentence", "The sanctions were imposed by the U.S. The move angered Tehran.",
     "The sanctions were imposed by the U.S. || The move angered Tehran."},
    {"rank and month", "Gen. Hossein Salami spoke in Jan. 2020 near Tehran. Iran vowed revenge.",
     "Gen. Hossein Salami spoke in Jan. 2020 near Tehran. || Iran vowed revenge."},
    {"titles", "Mr. Haddad and Mrs. Okafor left early. Dr. Lindqvist stayed.",
     "Mr. Haddad and Mrs. Okafor left early. || Dr. Lindqvist stayed."},
    {"two ranks", "Lt. Col. Marta Ruiz testified on Tuesday. She was thanked.",
     "Lt. Col. Marta Ruiz testified on Tuesday. || She was thanked."},
    {"saint", "The envoys flew to St. Petersburg. Talks began there.",
     "The envoys flew to St. Petersburg. || Talks began there."},
    {"street", "The embassy is on Elm St. The gates were shut.",
     "The embassy is on Elm St. || The gates were shut."},
    {"middle initials", "George W. Bush called Jacques R. Dupont on Monday. They spoke briefly.",
     "George W. Bush called Jacques R. Dupont on Monday. || They spoke briefly."},
    {"company before verb", "Northwind Inc. said on Monday it would leave Iran. Shares fell.",
     "Northwind Inc. said on Monday it would leave Iran. || Shares fell."},
    {"company ending a sentence", "The contract went to Northwind Inc. The bid was lower.",
     "The contract went to Northwind Inc. || The bid was lower."},
    {"number abbreviation", "Officials at No. 10 declined to comment. The talks went on.",
     "Officials at No. 10 declined to comment. || The talks went on."},
    {"no as a word", "The answer was No. The talks ended.", "The answer was No. || The talks ended."},
    {"latin abbreviation", "Several states, e.g. France and Germany, objected. Others abstained.",
     "Several states, e.g. France and Germany, objected. || Others abstained."},
    {"lower case after a period", "Exports rose 5 pct. in January, the ministry said.",
     "Exports rose 5 pct. in January, the ministry said."},
    {"decimals and thousands", "Oil rose 3.5 percent to $1,000.50 a barrel. Gold fell 2.1 percent.",
     "Oil rose 3.5 percent to $1,000.50 a barrel. || Gold fell 2.1 percent."},
    {"quotation with comma", "\"We will respond,\" the minister said. \"We are ready.\"",
     "\"We will respond,\" the minister said. || \"We are ready.\""},
    {"question inside quotation", "\"Why now?\" asked the envoy. Nobody answered.",
     "\"Why now?\" asked the envoy. || Nobody answered."},
    {"quotation of two sentences", "“We will respond. We are ready,” the minister said. Talks resume Monday.",
     "“We will respond. We are ready,” the minister said. || Talks resume Monday."},
    {"quotation ending in a full stop", "He said: “Iran will respond.” The envoy left.",
     "He said: “Iran will respond.” || The envoy left."},
    {"closing quotation mark after a thin space",
     "He wrote: \"Trump said, 'Let us talk tomorrow.'\u2009\"\n\nBolton disagreed.",
     "He wrote: \"Trump said, 'Let us talk tomorrow.'\u2009\" || Bolton disagreed."},
    {"closing quotation mark after a space at the end of a paragraph",
     "\"Troops should leave. Talks should start. \"\n\nThe envoy nodded.",
     "\"Troops should leave. || Talks should start. \" || The envoy nodded."},
    {"parenthesis", "The Quds Force (an elite unit) operates abroad. It reports to Tehran.",
     "The Quds Force (an elite unit) operates abroad. || It reports to Tehran."},
    {"parenthesis holding a full stop", "The deal (signed in Vienna. Ratified later) was praised. Critics disagreed.",
     "The deal (signed in Vienna. Ratified later) was praised. || Critics disagreed."},
    {"sentence in parentheses", "Talks resumed. (Both sides confirmed this.) Markets rose.",
     "Talks resumed. || (Both sides confirmed this.) || Markets rose."},
    {"ellipsis before a capital", "The talks stalled... Then they resumed.",
     "The talks stalled... || Then they resumed."},
    {"ellipsis inside a sentence", "He paused … and went on.", "He paused … and went on."},
    {"headline line", "Iran and US Resume Talks\nThe two countries met in Oman on Sunday.",
     "#Iran and US Resume Talks || The two countries met in Oman on Sunday."},
    {"headings between paragraphs",
     "The talks began.\n\nThe Road Ahead\n\nBoth sides want a deal.",
     "The talks began. || #The Road Ahead || Both sides want a deal."},
    {"paragraph break without punctuation", "The talks were held in Oman\n\nOfficials said little",
     "#The talks were held in Oman || #Officials said little"},
    {"line ending with a colon", "These include:\nNuclear Non-Proliferation\nThe issue is old.",
     "These include: || #Nuclear Non-Proliferation || The issue is old."},
    {"line running on in lower case", "Officials from both sides met\nin Muscat on Sunday.",
     "Officials from both sides met\nin Muscat on Sunday."},
    {"line break after a title", "The statement was read by Mr.\nHaddad on Friday.",
     "The statement was read by Mr.\nHaddad on Friday."},
    {"dateline", "WASHINGTON (Reuters) - The United States said on Friday it would talk.",
     "WASHINGTON (Reuters) - The United States said on Friday it would talk."},
    {"windows line breaks", "Iran Talks\r\nThe envoys met.\r\n\r\nThey left.",
     "#Iran Talks || The envoys met. || They left."},
    {"paragraph separator", "The envoys met.\u2029They left.", "The envoys met. || They left."},
    {"danda", "हम लोग काम कर रहे हैं। बहुत लोग आए।", "हम लोग काम कर रहे हैं। || बहुत लोग आए।"},
    {"no text", " \n\t ", ""},
};

TEST(SegmenterTest, SplitsNewsSentences) {
  for (const SplitCase& c : kSplitCases) {
    EXPECT_EQ(Split(c.text), c.sentences) << c.rule;
  }
}

TEST(SegmenterTest, HardWrappedTextJoinsItsLines) {
  std::string text =
      "Iran and the United States held talks in Oman on Sunday, officials\n"
      "said, in a bid to cool tensions that have risen sharply since the\n"
      "killing of a senior commander. Both sides described the meeting as\n"
      "constructive and agreed to meet again.\n"
      "\n"
      "Next Round\n"
      "\n"
      "A second round is planned for next month in\n"
      "Muscat.\n";
  EXPECT_EQ(Split(text),
            "Iran and the United States held talks in Oman on Sunday, officials\n"
            "said, in a bid to cool tensions that have risen sharply since the\n"
            "killing of a senior commander. || Both sides described the meeting as\n"
            "constructive and agreed to meet again. || #Next Round || "
            "A second round is planned for next month in\nMuscat.");
}

TEST(SegmenterTest, HardWrappedWireStoryKeepsHeadlineAndIndentedParagraphs) {
  std::string text =
      "OMAN HOSTS IRAN-US TALKS\n"
      "    MUSCAT, March 3 - Oman said it would host talks between\n"
      "the two countries later this month, officials said on\n"
      "Tuesday\n"
      "    Diplomats from both sides are expected to attend the\n"
      "meeting, which was arranged after weeks of contacts in\n"
      "the region.\n";
  EXPECT_EQ(Split(text),
            "#OMAN HOSTS IRAN-US TALKS || "
            "MUSCAT, March 3 - Oman said it would host talks between\n"
            "the two countries later this month, officials said on\nTuesday || "
            "Diplomats from both sides are expected to attend the\n"
            "meeting, which was arranged after weeks of contacts in\nthe region.");
}

struct TokenCase {
  const char* text;
  const char* tokens;
};

const TokenCase kTokenCases[] = {
    {"Iran’s nuclear program", "Iran|'s|nuclear|program"},
    {"Iran's program", "Iran|'s|program"},
    {"the US's presence", "the|US|'s|presence"},
    {"the U.S.'s allies", "the|U.S.|'s|allies"},
    {"the nations’ leaders", "the|nations|'|leaders"},
    {"US-Iran talks", "US-Iran|talks"},
    {"US–Iran talks", "US-Iran|talks"},
    {"de-escalating Turkish-Libyan ties", "de-escalating|Turkish-Libyan|ties"},
    {"a U.S.-led coalition", "a|U.S.-led|coalition"},
    {"U.S. and U.N. envoys", "U.S.|and|U.N.|envoys"},
    {"Gen. Soleimani, Jan. 3", "Gen.|Soleimani|,|Jan.|3"},
    {"George W. Bush", "George|W.|Bush"},
    {"1,000 troops and 3.5 percent", "1,000|troops|and|3.5|percent"},
    {"at 10:30 a.m. on 9/11", "at|10:30|a.m.|on|9/11"},
    {"“We will respond,” he said", "\"|We|will|respond|,|\"|he|said"},
    {"a mutual ‘understanding’", "a|mutual|'|understanding|'"},
    {"don’t and O’Brien", "don't|and|O'Brien"},
    {"talks—and threats", "talks|-|and|threats"},
    {"talks -- and threats", "talks|--|and|threats"},
    {"−5 degrees", "-|5|degrees"},
    {"10\u00a0km and 5\u202fkm", "10|km|and|5|km"},
    {"the Ira\u00adnian side\u200b", "the|Iranian|side"},
    {"Why?! Really…", "Why|?!|Really|..."},
    {"the (JCPOA) deal", "the|(|JCPOA|)|deal"},
    {"Total.......5", "Total|.......|5"},
    {"Erdoğan met Zelenskyy", "Erdoğan|met|Zelenskyy"},
    {"Ankara-Tripoli: 2019–2020", "Ankara-Tripoli|:|2019-2020"},
};

TEST(SegmenterTest, TokensAreNormalisedForMatching) {
  for (const TokenCase& c : kTokenCases) {
    EXPECT_EQ(Tokens(c.text), c.tokens) << c.text;
  }
}

TEST(SegmenterTest, SpaceBeforeMarksWhiteSpace) {
  Segmenter segmenter = MakeSegmenter();
  Document document = MakeDocument("Iran’s envoy (Zarif) left.");
  std::vector<Sentence> sentences = segmenter.Segment(document);
  ASSERT_EQ(sentences.size(), 1u);
  std::string marks;
  for (const Token& t : sentences[0].tokens) marks += t.space_before ? 'S' : '-';
  EXPECT_EQ(marks, "--SS--S-");  // Iran 's envoy ( Zarif ) left .
}

// What a token's text must be, given its bytes in the document: the normalisation written
// out independently of the tokenizer.
std::string NormaliseSurface(std::string s) {
  const std::pair<const char*, const char*> kReplace[] = {
      {"\u2019", "'"},  {"\u2018", "'"},  {"\u201c", "\""}, {"\u201d", "\""},
      {"\u2013", "-"},  {"\u2014", "-"},  {"\u2212", "-"},  {"\u2010", "-"},
      {"\u2026", "..."}, {"\u00ad", ""},  {"\u200b", ""},   {"\u200d", ""},
      {"\ufeff", ""},
  };
  for (const auto& [from, to] : kReplace) {
    size_t pos = 0;
    while ((pos = s.find(from, pos)) != std::string::npos) {
      s.replace(pos, std::strlen(from), to);
      pos += std::strlen(to);
    }
  }
  return s;
}

void ExpectOffsetsHold(const Document& document, const std::vector<Sentence>& sentences) {
  uint32_t previous_end = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Sentence& s = sentences[i];
    EXPECT_EQ(s.index, static_cast<int>(i));
    ASSERT_FALSE(s.tokens.empty());
    EXPECT_GE(s.begin, previous_end);
    EXPECT_EQ(s.begin, s.tokens.front().begin);
    EXPECT_EQ(s.end, s.tokens.back().end);
    ASSERT_LE(s.end, document.text.size());
    std::string span = document.text.substr(s.begin, s.end - s.begin);
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(span.front()))) << span;
    EXPECT_FALSE(std::isspace(static_cast<unsigned char>(span.back()))) << span;
    uint32_t token_end = s.begin;
    for (const Token& t : s.tokens) {
      EXPECT_GE(t.begin, token_end);
      EXPECT_LT(t.begin, t.end);
      EXPECT_EQ(NormaliseSurface(document.text.substr(t.begin, t.end - t.begin)), t.text)
          << "at byte " << t.begin << " of " << document.id;
      token_end = t.end;
    }
    previous_end = s.end;
  }
}

TEST(SegmenterTest, TokenBytesAreTheirSurfaceForm) {
  Segmenter segmenter = MakeSegmenter();
  Document document = MakeDocument(
      "Iran’s envoy said: “We won’t back down — not now.” The U.S.-led talks\u00a0resumed "
      "in Jan. 2020 with 1,000 pages… (The Ira\u00adnian side agreed.)\n\nRoad Ahead\n");
  std::vector<Sentence> sentences = segmenter.Segment(document);
  EXPECT_EQ(sentences.size(), 4u);
  ExpectOffsetsHold(document, sentences);
}

// Random text made of the pieces the rules care about, including bytes that are not UTF-8:
// whatever comes in, spans stay ordered and inside the text, and no token is empty.
TEST(SegmenterTest, RandomTextKeepsSpansInOrder) {
  const char* kPieces[] = {"Iran", "U", "S", ".", ". ", "?", "!", "...", "…", " ", "\n", "\n\n",
                           "\r\n", "\"", "“", "”", "'", "’", "(", ")", "-", "–", "1", ",", "Gen",
                           "a", "\u00ad", "\u200b", "\u00a0", "\xff", "\xe2\x80", "é", "।", "s"};
  std::mt19937 random(20261201);
  Segmenter segmenter = MakeSegmenter();
  for (int round = 0; round < 2000; ++round) {
    Document document;
    int pieces = std::uniform_int_distribution<int>(0, 60)(random);
    for (int i = 0; i < pieces; ++i) {
      document.text += kPieces[std::uniform_int_distribution<size_t>(0, std::size(kPieces) - 1)(random)];
    }
    uint32_t last = 0;
    for (const Sentence& s : segmenter.Segment(document)) {
      ASSERT_FALSE(s.tokens.empty()) << document.text;
      ASSERT_EQ(s.begin, s.tokens.front().begin) << document.text;
      ASSERT_EQ(s.end, s.tokens.back().end) << document.text;
      for (const Token& t : s.tokens) {
        ASSERT_GE(t.begin, last) << document.text;
        ASSERT_LT(t.begin, t.end) << document.text;
        ASSERT_FALSE(t.text.empty()) << document.text;
        ASSERT_LE(t.end, document.text.size()) << document.text;
        last = t.end;
      }
    }
  }
}

TEST(SegmenterTest, TitleIsAHeadingSentence) {
  Segmenter segmenter = MakeSegmenter();
  Document document = MakeDocument("Iran Says It Will Talk.\n\nThe envoy met officials.");
  document.title_end = 23;
  std::vector<Sentence> sentences = segmenter.Segment(document);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_TRUE(sentences[0].heading);
  EXPECT_FALSE(sentences[1].heading);
}

TEST(SegmenterTest, InvalidBytesBecomeTokensOfTheirOwn) {
  Segmenter segmenter = MakeSegmenter();
  Document document = MakeDocument("Iran\xff talks\xe2\x80");
  std::vector<Sentence> sentences = segmenter.Segment(document);
  ASSERT_EQ(sentences.size(), 1u);
  ASSERT_EQ(sentences[0].tokens.size(), 4u);
  EXPECT_EQ(sentences[0].tokens[0].text, "Iran");
  EXPECT_EQ(sentences[0].end, document.text.size());
}

// The seed articles of the project, when the shared corpus is on this machine.
std::filesystem::path SeedDir() { return "/work/shared/corpus/seeds"; }

std::vector<Document> ReadSeed(const std::string& name) {
  std::vector<Document> documents;
  Status status = ReadInputs({(SeedDir() / name).string()}, std::cin, ReadOptions{},
                             [&](Document&& d) {
                               documents.push_back(std::move(d));
                               return Status::OK();
                             });
  EXPECT_TRUE(status.ok()) << status.ToString();
  return documents;
}

std::vector<std::string> HeadingsOf(const Document& document, const std::vector<Sentence>& sentences) {
  std::vector<std::string> headings;
  for (const Sentence& s : sentences) {
    if (s.heading) headings.push_back(document.text.substr(s.begin, s.end - s.begin));
  }
  return headings;
}

TEST(SegmenterTest, SeedArticleHeadingsAreSentencesOfTheirOwn) {
  if (!std::filesystem::exists(SeedDir())) GTEST_SKIP() << "no seed corpus at " << SeedDir();
  std::vector<Document> documents = ReadSeed("us-iran-understanding.txt");
  ASSERT_EQ(documents.size(), 1u);
  Segmenter segmenter = MakeSegmenter();
  std::vector<Sentence> sentences = segmenter.Segment(documents[0]);
  ExpectOffsetsHold(documents[0], sentences);
  std::vector<std::string> headings = HeadingsOf(documents[0], sentences);
  ASSERT_GE(headings.size(), 3u);
  EXPECT_EQ(headings[0], "US, Iran in Talks to Cool Tensions with a Mutual Understanding");
  EXPECT_EQ(headings[1], "The Significance of the US-Iran Talks");
  EXPECT_EQ(headings[2], "Exploring a Mutual 'Understanding'");
  const Sentence& significance = sentences[4];
  EXPECT_EQ(documents[0].text.substr(significance.begin, significance.end - significance.begin),
            "The Significance of the US-Iran Talks");
  EXPECT_EQ(significance.tokens.back().text, "Talks");
  EXPECT_EQ(significance.tokens[4].text, "US-Iran");
}

TEST(SegmenterTest, SeedArticlePossessiveSplitsOff) {
  if (!std::filesystem::exists(SeedDir())) GTEST_SKIP() << "no seed corpus at " << SeedDir();
  std::vector<Document> documents = ReadSeed("us-iran-critical-step.txt");
  ASSERT_EQ(documents.size(), 1u);
  Segmenter segmenter = MakeSegmenter();
  std::vector<Sentence> sentences = segmenter.Segment(documents[0]);
  ExpectOffsetsHold(documents[0], sentences);
  bool found = false;
  for (const Sentence& s : sentences) {
    const std::string text = documents[0].text.substr(s.begin, s.end - s.begin);
    if (!text.starts_with("Iran’s support for militant groups")) continue;
    found = true;
    ASSERT_GE(s.tokens.size(), 2u);
    EXPECT_EQ(s.tokens[0].text, "Iran");
    EXPECT_EQ(s.tokens[1].text, "'s");
    EXPECT_EQ(documents[0].text.substr(s.tokens[1].begin, s.tokens[1].end - s.tokens[1].begin), "’s");
  }
  EXPECT_TRUE(found);
  std::vector<std::string> headings = HeadingsOf(documents[0], sentences);
  ASSERT_GE(headings.size(), 3u);
  EXPECT_EQ(headings[0], "US and Iran Talks: A Critical Step to Prevent Direct Conflict");
  EXPECT_EQ(headings[1], "As Tensions Escalate, Diplomatic Dialogue Emerges as a Potential Path to Peace");
  EXPECT_EQ(headings[2], "The Context of Escalating Tensions");
}

TEST(SegmenterTest, SeedJsonlTitleIsNotRepeated) {
  if (!std::filesystem::exists(SeedDir())) GTEST_SKIP() << "no seed corpus at " << SeedDir();
  std::vector<Document> documents = ReadSeed("seeds.jsonl");
  ASSERT_EQ(documents.size(), 2u);
  Segmenter segmenter = MakeSegmenter();
  for (const Document& document : documents) {
    std::vector<Sentence> sentences = segmenter.Segment(document);
    ExpectOffsetsHold(document, sentences);
    ASSERT_GE(sentences.size(), 2u);
    EXPECT_TRUE(sentences[0].heading);
    EXPECT_EQ(sentences[0].end, document.title_end) << document.id;
    std::string first = document.text.substr(sentences[0].begin, sentences[0].end - sentences[0].begin);
    std::string second = document.text.substr(sentences[1].begin, sentences[1].end - sentences[1].begin);
    EXPECT_NE(first, second) << document.id;
  }
}

}  // namespace
}  // namespace actorgraph
