#include "actorgraph/extract/pipeline.h"

#include <chrono>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include "actorgraph/graph/triple_io.h"
#include "actorgraph/text/document_reader.h"

namespace actorgraph {
namespace {

const ActorDictionary& Dictionary() {
  static const auto* dictionary = new ActorDictionary(ActorDictionary::LoadDefault().value());
  return *dictionary;
}

Document MakeDocument(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  d.date = "2020-01-05";
  return d;
}

std::string Lines(const std::vector<Triple>& triples) {
  std::string out;
  for (const Triple& t : triples)
    out += t.subject.name + " -[" + (t.relation.negated ? "not " : "") + t.relation.text + "]" +
           (t.relation.symmetric ? "- " : "-> ") + t.object.name + "\n";
  return out;
}

TEST(ExtractDocumentsTest, DesignCardExampleComesOutExactly) {
  std::vector<Document> docs = {MakeDocument(
      "card",
      "Russia and China, both of which are permanent members of the UN Security Council, have "
      "been vocal in their support for diplomatic engagement with Iran.")};
  auto triples = ExtractDocuments(docs, Dictionary());
  ASSERT_TRUE(triples.ok()) << triples.status().message();
  std::string lines = Lines(*triples);
  EXPECT_NE(lines.find("Russia -[support diplomatic engagement with]-> Iran\n"), std::string::npos)
      << lines;
  EXPECT_NE(lines.find("China -[support diplomatic engagement with]-> Iran\n"), std::string::npos)
      << lines;
  EXPECT_NE(lines.find("Russia -[be a permanent member of]->"), std::string::npos) << lines;
  EXPECT_NE(lines.find("China -[be a permanent member of]->"), std::string::npos) << lines;
  EXPECT_EQ(triples->size(), 4u) << lines;
}

TEST(ExtractDocumentsTest, TriplesCarryEvidenceDownToByteSpans) {
  std::string text = "Turkey invaded Syria in October.";
  std::vector<Document> docs = {MakeDocument("d1", text)};
  auto triples = ExtractDocuments(docs, Dictionary()).value();
  ASSERT_EQ(triples.size(), 1u) << Lines(triples);
  const Triple& t = triples[0];
  EXPECT_EQ(t.relation.text, "invade");
  EXPECT_EQ(t.relation.lemma, "invade");
  EXPECT_EQ(t.relation.category, Category::kMaterialConflict);
  EXPECT_EQ(t.relation.cameo_root, 19);
  EXPECT_EQ(t.extractor, "clause");
  EXPECT_EQ(t.evidence.doc, "d1");
  EXPECT_EQ(t.evidence.date, "2020-01-05");
  EXPECT_EQ(t.evidence.sentence_index, 0);
  EXPECT_EQ(t.evidence.sentence, text);
  auto part = [&](Span s) { return text.substr(s.begin, s.end - s.begin); };
  EXPECT_EQ(part(t.evidence.subject), "Turkey");
  EXPECT_EQ(part(t.evidence.relation), "invaded");
  EXPECT_EQ(part(t.evidence.object), "Syria");
}

TEST(ExtractDocumentsTest, OutputIsTheSameForEveryThreadCount) {
  std::ifstream in(ACTORGRAPH_SOURCE_DIR "/tests/extract/testdata/articles.jsonl");
  ASSERT_TRUE(in) << "testdata missing";
  std::vector<Document> docs;
  ASSERT_TRUE(ReadJsonlDocuments(in, "articles.jsonl", {}, [&](Document&& d) {
                docs.push_back(std::move(d));
                return Status::OK();
              }).ok());
  ASSERT_GE(docs.size(), 3u);
  std::string reference;
  for (size_t threads : {1, 2, 3, 8}) {
    ExtractOptions options;
    options.threads = threads;
    auto triples = ExtractDocuments(docs, Dictionary(), options).value();
    std::string out;
    for (const Triple& t : triples) out += TripleToJsonLine(t);
    if (threads == 1) {
      reference = out;
      EXPECT_FALSE(reference.empty());
    } else {
      EXPECT_EQ(out, reference) << threads << " threads";
    }
  }
}

TEST(ExtractDocumentsTest, BadInputFinishesQuicklyWithWarnings) {
  std::string junk;
  for (int i = 0; i < 20000; ++i) junk += static_cast<char>(1 + (i * 7919) % 126);
  std::string many;
  for (int i = 0; i < 170; ++i) many += "Iran attacked Iraq ";
  std::string huge;
  while (huge.size() < (1 << 20)) huge += "Iran attacked Iraq and ";
  std::vector<Document> docs = {MakeDocument("empty", ""), MakeDocument("junk", junk),
                                MakeDocument("500-tokens", many + "."),
                                MakeDocument("1mb", huge)};
  std::vector<std::string> warnings;
  ExtractOptions options;
  options.warn = [&](const std::string& w) { warnings.push_back(w); };
  auto start = std::chrono::steady_clock::now();
  auto triples = ExtractDocuments(docs, Dictionary(), options);
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_TRUE(triples.ok());
  EXPECT_LT(seconds, 20.0);
  EXPECT_TRUE(triples->empty()) << Lines(*triples);
  ASSERT_EQ(warnings.size(), 2u);
  EXPECT_EQ(warnings[0],
            "500-tokens: sentence 0 (byte 0): 511 tokens, more than 150; not read for relations");
  EXPECT_TRUE(warnings[1].starts_with("1mb: sentence 0 (byte 0): ")) << warnings[1];
}

TEST(ExtractDocumentsTest, StatsCountWhatWasRead) {
  std::vector<Document> docs = {
      MakeDocument("a", "Turkey invaded Syria. The weather was fine. Iran met Iraq."),
      MakeDocument("b", "")};
  ExtractStats stats;
  auto triples = ExtractDocuments(docs, Dictionary(), {}, &stats).value();
  EXPECT_EQ(stats.documents, 2u);
  EXPECT_EQ(stats.sentences, 3u);
  EXPECT_EQ(stats.sentences_read, 2u);
  EXPECT_EQ(stats.triples, triples.size());
  EXPECT_EQ(Lines(triples), "Turkey -[invade]-> Syria\nIran -[meet]- Iraq\n");
}

TEST(ExtractDocumentsTest, StatsCountLinkGrammarParses) {
  // The pattern extractors leave "Iraq suddenly and brutally crossed into Kuwait" (two
  // adverbs joined before the verb) to the parser; "Turkey invaded Syria" they read.
  std::vector<Document> docs = {MakeDocument(
      "a", "Turkey invaded Syria. Iraq suddenly and brutally crossed into Kuwait on Monday.")};
  ExtractStats stats;
  ASSERT_TRUE(ExtractDocuments(docs, Dictionary(), {}, &stats).ok());
  EXPECT_EQ(stats.parsing.sentences_parsed, 1u);
  EXPECT_EQ(stats.parsing.parses, 1u);
  EXPECT_EQ(stats.parsing.parses_by_length[0], 1u);
  ExtractOptions patterns_only;
  patterns_only.link_grammar = false;
  ExtractStats none;
  ASSERT_TRUE(ExtractDocuments(docs, Dictionary(), patterns_only, &none).ok());
  EXPECT_EQ(none.parsing.parses, 0u);
}

// The seed articles, scored against the shared gold with the rules of its README: subject
// and object (or their alternatives; either direction when symmetric), negation, and a
// relation word starting with one of the gold heads; one-to-one per document.
TEST(ExtractDocumentsTest, SeedArticlesReachTheQualityBar) {
  std::ifstream seeds("/work/shared/corpus/seeds/seeds.jsonl");
  std::ifstream gold_file("/work/shared/gold/seed-triples.jsonl");
  if (!seeds || !gold_file) GTEST_SKIP() << "shared seed corpus not available";
  std::vector<Document> docs;
  ASSERT_TRUE(ReadJsonlDocuments(seeds, "seeds.jsonl", {}, [&](Document&& d) {
                docs.push_back(std::move(d));
                return Status::OK();
              }).ok());
  auto triples = ExtractDocuments(docs, Dictionary()).value();

  struct Gold {
    std::string doc;
    std::set<std::string> subjects, objects;
    std::vector<std::string> heads;
    bool symmetric, optional, negated;
  };
  std::vector<Gold> gold;
  std::string line;
  while (std::getline(gold_file, line)) {
    rapidjson::Document j;
    j.Parse(line.c_str());
    ASSERT_FALSE(j.HasParseError());
    Gold g;
    g.doc = j["doc"].GetString();
    g.subjects.insert(j["subject"].GetString());
    g.objects.insert(j["object"].GetString());
    if (j.HasMember("subject_alt"))
      for (auto& v : j["subject_alt"].GetArray()) g.subjects.insert(v.GetString());
    if (j.HasMember("object_alt"))
      for (auto& v : j["object_alt"].GetArray()) g.objects.insert(v.GetString());
    for (auto& v : j["heads"].GetArray()) g.heads.push_back(v.GetString());
    g.symmetric = j["symmetric"].GetBool();
    g.optional = j["optional"].GetBool();
    g.negated = std::string_view(j["relation"].GetString()).starts_with("not ");
    gold.push_back(g);
  }
  auto matches = [](const Triple& t, const Gold& g) {
    if (t.evidence.doc != g.doc || t.relation.negated != g.negated) return false;
    bool forward = g.subjects.count(t.subject.name) && g.objects.count(t.object.name);
    bool backward = g.symmetric && g.subjects.count(t.object.name) && g.objects.count(t.subject.name);
    if (!forward && !backward) return false;
    std::istringstream words(t.relation.text);
    std::string word;
    while (words >> word)
      for (const auto& head : g.heads)
        if (head == "*" || word.starts_with(head)) return true;
    return false;
  };
  std::vector<bool> used(gold.size(), false);
  int tp = 0, fp = 0, required = 0;
  std::string false_positives;
  for (const Triple& t : triples) {
    int found = -1;
    for (int pass = 0; pass < 2 && found < 0; ++pass)
      for (size_t i = 0; i < gold.size() && found < 0; ++i)
        if (!used[i] && gold[i].optional == (pass == 1) && matches(t, gold[i])) found = i;
    if (found < 0) {
      ++fp;
      false_positives += t.subject.name + " -[" + t.relation.text + "]-> " + t.object.name + "\n";
    } else {
      used[found] = true;
      if (!gold[found].optional) ++tp;
    }
  }
  for (const Gold& g : gold) required += g.optional ? 0 : 1;
  double precision = tp + fp ? static_cast<double>(tp) / (tp + fp) : 0;
  double recall = static_cast<double>(tp) / required;
  EXPECT_GE(recall, 0.90);
  EXPECT_GE(precision, 0.80) << false_positives;
}

}  // namespace
}  // namespace actorgraph

namespace actorgraph {
namespace {

// A sentence naming one actor and a pronoun for another is now read, and the triple's
// subject evidence is the pronoun as written; the alias list does not take "he".
TEST(ExtractDocumentsTest, PronounSentenceYieldsItsTriple) {
  std::string text = "Recep Tayyip Erdoğan spoke in parliament on Monday. He accused Iran of "
                     "arming the rebels.";
  std::vector<Document> docs = {MakeDocument("p", text)};
  auto triples = ExtractDocuments(docs, Dictionary()).value();
  std::string lines = Lines(triples);
  const Triple* found = nullptr;
  for (const Triple& t : triples) {
    if (t.subject.id == "recep_tayyip_erdogan" && t.object.id == "iran") found = &t;
  }
  ASSERT_NE(found, nullptr) << lines;
  EXPECT_EQ(text.substr(found->evidence.subject.begin,
                        found->evidence.subject.end - found->evidence.subject.begin),
            "He");
  for (const std::string& alias : found->subject.aliases) EXPECT_NE(alias, "He") << lines;
}

// "Erdoğan said he ...": the person and the pronoun are one actor, never a triple.
TEST(ExtractDocumentsTest, NoTripleLinksAnActorToItsOwnReference) {
  std::vector<Document> docs = {
      MakeDocument("s", "Recep Tayyip Erdoğan said he would meet himself in Ankara. Iran said "
                        "the country would defend its interests."),
  };
  auto triples = ExtractDocuments(docs, Dictionary()).value();
  for (const Triple& t : triples) EXPECT_NE(t.subject.id, t.object.id) << Lines(triples);
}

}  // namespace
}  // namespace actorgraph
