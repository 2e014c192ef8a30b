#include "actorgraph/actors/dictionary_writer.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "actorgraph/actors/actor_dictionary.h"
#include "embedded_data.h"

namespace actorgraph {
namespace {

constexpr char kSmall[] = R"({"format": "actorgraph-actors", "version": 1, "actors": [
{"id": "fooland", "name": "Fooland", "type": "country", "code": "FOO",
 "names": ["Republic of \"Foo\""], "acronyms": ["FL"], "capitals": ["Foo City"],
 "demonyms": ["Foolander", "Foolanders"]},
{"name": "Foo Council", "type": "organization", "parent": "fooland", "members": ["fooland"]},
{"name": "Ann Bar", "type": "person", "names": ["Ann\tBar"], "affiliation": "fooland"}
]})";

ActorDictionary Small() {
  ActorDictionary dictionary;
  Status status = dictionary.AddJson(kSmall, "small.json");
  EXPECT_TRUE(status.ok()) << status.ToString();
  return dictionary;
}

TEST(DictionaryWriterTest, JsonIsOneEntryALineInFieldOrder) {
  std::ostringstream out;
  WriteDictionaryJson(Small(), out);
  EXPECT_EQ(out.str(),
            "{\"format\": \"actorgraph-actors\", \"version\": 1, \"actors\": [\n"
            "{\"id\": \"fooland\", \"name\": \"Fooland\", \"type\": \"country\", \"code\": "
            "\"FOO\", \"names\": [\"Republic of \\\"Foo\\\"\"], \"acronyms\": [\"FL\"], "
            "\"capitals\": [\"Foo City\"], \"demonyms\": [\"Foolander\", \"Foolanders\"]},\n"
            "{\"id\": \"foo_council\", \"name\": \"Foo Council\", \"type\": \"organization\", "
            "\"parent\": \"fooland\", \"members\": [\"fooland\"]},\n"
            "{\"id\": \"ann_bar\", \"name\": \"Ann Bar\", \"type\": \"person\", \"names\": "
            "[\"Ann\\tBar\"], \"affiliation\": \"fooland\"}\n"
            "]}\n");
}

TEST(DictionaryWriterTest, EmptyDictionaryIsAValidFile) {
  std::ostringstream out;
  WriteDictionaryJson(ActorDictionary(), out);
  EXPECT_EQ(out.str(), "{\"format\": \"actorgraph-actors\", \"version\": 1, \"actors\": [\n]}\n");
  ActorDictionary reread;
  EXPECT_TRUE(reread.AddJson(out.str(), "out.json").ok());
}

void ExpectSameEntries(const ActorDictionary& a, const ActorDictionary& b) {
  ASSERT_EQ(a.entries().size(), b.entries().size());
  for (size_t i = 0; i < a.entries().size(); ++i) {
    const DictionaryEntry& x = a.entries()[i];
    const DictionaryEntry& y = b.entries()[i];
    EXPECT_EQ(x.actor.id, y.actor.id);
    EXPECT_EQ(x.actor.name, y.actor.name);
    EXPECT_EQ(x.actor.type, y.actor.type);
    EXPECT_EQ(x.actor.code, y.actor.code);
    EXPECT_EQ(x.actor.affiliation, y.actor.affiliation);
    EXPECT_EQ(x.actor.aliases, y.actor.aliases);
    EXPECT_EQ(x.names, y.names);
    EXPECT_EQ(x.acronyms, y.acronyms);
    EXPECT_EQ(x.capitals, y.capitals);
    EXPECT_EQ(x.demonyms, y.demonyms);
    EXPECT_EQ(x.parent, y.parent);
    EXPECT_EQ(x.members, y.members);
  }
}

TEST(DictionaryWriterTest, DefaultDictionaryRoundTrips) {
  Result<ActorDictionary> dictionary = ActorDictionary::LoadDefault();
  ASSERT_TRUE(dictionary.ok());
  std::ostringstream out;
  WriteDictionaryJson(*dictionary, out);
  ActorDictionary reread;
  Status status = reread.AddJson(out.str(), "out.json");
  ASSERT_TRUE(status.ok()) << status.ToString();
  ExpectSameEntries(*dictionary, reread);
}

TEST(DictionaryWriterTest, DefaultDataFileIsInTheWrittenForm) {
  // Keeps src/actors/default_actors.json one actor a line in field order. To reformat it:
  //   actorgraph dictionary --format json -o src/actors/default_actors.json
  // (then take the regions of src/actors/regions.json out again; they load after it).
  ActorDictionary dictionary;
  ASSERT_TRUE(dictionary.AddJson(data::default_actors(), "default_actors.json").ok());
  std::ostringstream out;
  WriteDictionaryJson(dictionary, out);
  EXPECT_TRUE(out.str() == data::default_actors())
      << "src/actors/default_actors.json is not in the form WriteDictionaryJson writes";
}

TEST(DictionaryWriterTest, OverriddenDictionaryRoundTrips) {
  ActorDictionary dictionary = Small();
  ASSERT_TRUE(dictionary
                  .AddJson(R"({"format": "actorgraph-actors", "version": 1, "actors": [
                      {"id": "fooland", "name": "Foo Republic", "names": ["Foo"]}]})",
                           "more.json")
                  .ok());
  std::ostringstream out;
  WriteDictionaryJson(dictionary, out);
  ActorDictionary reread;
  ASSERT_TRUE(reread.AddJson(out.str(), "out.json").ok());
  ExpectSameEntries(dictionary, reread);
  EXPECT_EQ(reread.FindById("fooland")->actor.name, "Foo Republic");
}

TEST(DictionaryWriterTest, TsvHasAHeaderAndOneLinePerEntry) {
  std::ostringstream out;
  WriteDictionaryTsv(Small(), out);
  EXPECT_EQ(out.str(),
            "id\tname\ttype\tcode\tparent\taffiliation\tmembers\tnames\tacronyms\tcapitals\t"
            "demonyms\n"
            "fooland\tFooland\tcountry\tFOO\t\t\t\tRepublic of \"Foo\"\tFL\tFoo City\t"
            "Foolander | Foolanders\n"
            "foo_council\tFoo Council\torganization\t\tfooland\t\tfooland\t\t\t\t\n"
            "ann_bar\tAnn Bar\tperson\t\t\tfooland\t\tAnn Bar\t\t\t\n");
}

}  // namespace
}  // namespace actorgraph
