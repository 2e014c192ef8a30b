// The SQL exporter, loaded into a real PostgreSQL server that each test starts on a Unix
// socket in a temporary directory (no TCP port, nothing shared with other tests) and stops
// again, also when the test fails or its process is killed.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "actorgraph/graph/graph_file.h"
#include "export/export_test_util.h"

namespace actorgraph::testing {
namespace {

// The newest /usr/lib/postgresql/N/bin; "" if none.
std::string PostgresBinDir() {
  CliResult ls = RunShell("ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1");
  std::string dir = ls.out;
  while (!dir.empty() && dir.back() == '\n') dir.pop_back();
  return FileExists(dir + "/initdb") ? dir : "";
}

// A PostgreSQL server of its own, running as long as the object lives. initdb refuses to
// run as root, so as root the server runs as the system user "postgres".
class PostgresServer {
 public:
  PostgresServer() {
    bin_ = PostgresBinDir();
    if (bin_.empty()) {
      error_ = "no PostgreSQL server binaries under /usr/lib/postgresql";
      return;
    }
    if (::geteuid() == 0) {
      as_user_ = "runuser -u postgres -- ";
      CliResult chown = RunShell("chown postgres: " + Quote(dir_.path().string()));
      if (chown.exit_code != 0) {
        error_ = "cannot hand the server directory to user postgres: " + chown.err;
        return;
      }
    }
    const std::string data = dir_.File("data");
    CliResult init = RunShell(as_user_ + Quote(bin_ + "/initdb") + " -D " + Quote(data) +
                              " -U postgres -A trust -E UTF8 --locale=C --no-sync");
    if (init.exit_code != 0) {
      error_ = "initdb failed: " + init.err;
      return;
    }
    CliResult start = RunShell(as_user_ + Quote(bin_ + "/pg_ctl") + " -D " + Quote(data) +
                               " -l " + Quote(dir_.File("server.log")) + " -w -t 60 -o " +
                               Quote("-k " + dir_.path().string() +
                                     " -c listen_addresses= -c fsync=off") +
                               " start");
    if (start.exit_code != 0) {
      error_ = "pg_ctl start failed: " + start.err + ReadFile(dir_.File("server.log"));
      return;
    }
    started_ = true;
    // The destructor stops the server; if this process is killed instead (a ctest timeout,
    // Ctrl-C), a watchdog in its own session stops it and removes the directory.
    RunShell("setsid sh -c " +
             Quote("while kill -0 " + std::to_string(::getpid()) +
                   " 2>/dev/null; do sleep 1; done; " + as_user_ + Quote(bin_ + "/pg_ctl") +
                   " -D " + Quote(data) + " -m immediate -w stop; rm -rf " +
                   Quote(dir_.path().string())) +
             " </dev/null >/dev/null 2>&1 &");
  }

  ~PostgresServer() {
    if (!started_) return;
    RunShell(as_user_ + Quote(bin_ + "/pg_ctl") + " -D " + Quote(dir_.File("data")) +
             " -m immediate -w stop");
  }

  PostgresServer(const PostgresServer&) = delete;
  PostgresServer& operator=(const PostgresServer&) = delete;

  // "" when the server runs, else why not.
  const std::string& error() const { return error_; }
  // The directory of the server's socket and data (data/ in it).
  std::string socket_dir() const { return dir_.path().string(); }

  // Runs psql on database "postgres" with `args` (already shell-quoted).
  CliResult Psql(const std::string& args) const {
    return RunShell(Quote(bin_ + "/psql") + " -X -q -h " + Quote(dir_.path().string()) +
                    " -U postgres -d postgres " + args);
  }

  // The rows of `query`, one line each, fields separated by '|'.
  std::string Query(const std::string& query) const {
    CliResult result = Psql("-v ON_ERROR_STOP=1 -At -c " + Quote(query));
    EXPECT_EQ(result.exit_code, 0) << query << "\n" << result.err;
    return result.out;
  }

  // Loads the SQL script `sql` with psql -f, as the docs say.
  CliResult Load(const std::string& sql) const {
    const std::string file = dir_.File("load-" + std::to_string(loads_++) + ".sql");
    WriteFile(file, sql);
    return Psql("-f " + Quote(file));
  }

 private:
  TempDir dir_;
  std::string bin_;
  std::string as_user_;
  std::string error_;
  bool started_ = false;
  mutable int loads_ = 0;
};

#define ASSERT_SERVER_RUNS(server) ASSERT_EQ((server).error(), "")

std::string ExportSql(const KnowledgeGraph& graph, const ExportOptions& options = {}) {
  return Export("sql", graph, options);
}

TEST(SqlExporterTest, ServerStopsWhenTheTestProcessIsKilled) {
  // A child process starts a server and is killed with SIGKILL, so no destructor runs.
  TempDir dir;
  const std::string marker = dir.File("server-dir");
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    PostgresServer server;
    WriteFile(marker, server.error().empty() ? server.socket_dir() : "error: " + server.error());
    ::pause();
    ::_exit(0);
  }
  for (int i = 0; i < 600 && ReadFile(marker).empty(); ++i) ::usleep(100 * 1000);
  const std::string server_dir = ReadFile(marker);
  ::kill(child, SIGKILL);
  ::waitpid(child, nullptr, 0);
  ASSERT_EQ(server_dir.rfind("/", 0), 0u) << server_dir;
  ASSERT_TRUE(FileExists(server_dir + "/data/postmaster.pid"));
  for (int i = 0; i < 300 && FileExists(server_dir); ++i) ::usleep(100 * 1000);
  EXPECT_FALSE(FileExists(server_dir)) << "the watchdog did not stop the server";
}

TEST(SqlExporterTest, ScriptIsOneTransactionThatStopsOnTheFirstError) {
  const std::string sql = ExportSql(ExportGraph());
  EXPECT_NE(sql.find("\\set ON_ERROR_STOP on\n"), std::string::npos);
  EXPECT_LT(sql.find("BEGIN;\n"), sql.find("DROP TABLE IF EXISTS evidence, relations, actors;"));
  EXPECT_EQ(sql.substr(sql.size() - 8), "COMMIT;\n");
}

TEST(SqlExporterTest, CopyRowsEscapeBackslashesAndNewlines) {
  const std::string sql = ExportSql(ExportGraph());
  // kBackslashName: "Path\Finder \N\l" newline "Inc.", id path_finder_n_l_inc.
  EXPECT_NE(sql.find("\npath_finder_n_l_inc\tPath\\\\Finder \\\\N\\\\l\\nInc.\torganization\t"
                     "\\N\t\\N\t{}\t1\n"),
            std::string::npos)
      << sql;
}

TEST(SqlExporterTest, SchemaOptionCreatesAndUsesTheSchema) {
  ExportOptions options;
  options.sql_schema = "news \"2026\"";
  const std::string sql = ExportSql(ExportGraph(), options);
  EXPECT_NE(sql.find("BEGIN;\nCREATE SCHEMA IF NOT EXISTS \"news \"\"2026\"\"\";\n"
                     "SET LOCAL search_path TO \"news \"\"2026\"\"\";\n"),
            std::string::npos)
      << sql;
}

TEST(SqlExporterTest, LoadsIntoPostgresqlWithEveryValueIntact) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  const KnowledgeGraph graph = ExportGraph(/*malformed_utf8=*/false);
  CliResult load = server.Load(ExportSql(graph));
  ASSERT_EQ(load.exit_code, 0) << load.err;
  EXPECT_EQ(load.err, "");
  EXPECT_EQ(server.Query("SELECT count(*) FROM actors"), "7\n");
  EXPECT_EQ(server.Query("SELECT count(*) FROM relations"), "7\n");
  EXPECT_EQ(server.Query("SELECT count(*) FROM evidence"), "9\n");
  // Names come back byte for byte: quotes, '&', '<', backslashes, a newline, non-ASCII.
  std::string names;
  for (Vertex v : graph.ActorsInOrder()) names += graph.graph()[v].actor.name + "\x1f";
  EXPECT_EQ(server.Query("SELECT string_agg(name, chr(31) ORDER BY id COLLATE \"C\") || chr(31) "
                         "FROM actors"),
            names + "\n");
  EXPECT_EQ(server.Query("SELECT source_id, target_id, relation, negated, weight, documents, "
                         "first_date, last_date FROM relations WHERE type_name = 'NOT_ATTACK'"),
            "kessaria|valmoria|attack|t|1|{d2}|2026-03-04|2026-03-04\n");
  EXPECT_EQ(server.Query("SELECT is_symmetric, weight, array_length(documents, 1) FROM relations "
                         "WHERE relation = 'hold talks with'"),
            "t|2|2\n");
  // The evidence sentence with a control character and a backslash.
  EXPECT_EQ(server.Query("SELECT sentence = 'Path\\Finder' || chr(1) || ' funded Zoë Marčić.' "
                         "FROM evidence JOIN relations r ON r.id = relation_id "
                         "WHERE r.relation = 'fund'"),
            "t\n");
}

TEST(SqlExporterTest, ArraysRoundTripWithQuotesBackslashesAndBraces) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  KnowledgeGraph graph;
  Triple triple = MakeTriple("Arvel", "fund", "Brisk", "doc \"1\"", "Arvel funded Brisk.");
  triple.subject.aliases = {"say \"hi\"", "back\\slash", "a,b", "{braced}", "tab\there",
                            "two\nlines", "NULL", ""};
  graph.AddTriple(triple);
  ASSERT_EQ(server.Load(ExportSql(graph)).exit_code, 0);
  std::string expected;
  for (const std::string& alias : graph.graph()[*graph.FindActorById("arvel")].actor.aliases) {
    expected += "[" + alias + "]";
  }
  EXPECT_EQ(server.Query("SELECT string_agg('[' || coalesce(a, 'SQL NULL') || ']', '' ORDER BY n) "
                         "FROM actors, unnest(aliases) WITH ORDINALITY AS u (a, n) "
                         "WHERE id = 'arvel'"),
            expected + "\n");
  EXPECT_EQ(server.Query("SELECT documents[1] FROM relations"), "doc \"1\"\n");
}

TEST(SqlExporterTest, KeysAndIndexesAreInPlace) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  ASSERT_EQ(server.Load(ExportSql(ExportGraph(false))).exit_code, 0);
  EXPECT_EQ(server.Query("SELECT conrelid::regclass, contype, pg_get_constraintdef(oid) "
                         "FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                         "AND contype IN ('p', 'f', 'u') "
                         "ORDER BY conrelid::regclass::text, contype, 3"),
            "actors|p|PRIMARY KEY (id)\n"
            "evidence|f|FOREIGN KEY (relation_id) REFERENCES relations(id)\n"
            "evidence|p|PRIMARY KEY (relation_id, ordinal)\n"
            "relations|f|FOREIGN KEY (source_id) REFERENCES actors(id)\n"
            "relations|f|FOREIGN KEY (target_id) REFERENCES actors(id)\n"
            "relations|p|PRIMARY KEY (id)\n"
            "relations|u|UNIQUE (source_id, target_id, relation, negated)\n");
  EXPECT_EQ(server.Query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                         "AND indexname LIKE '%\\_idx' ORDER BY 1"),
            "actors_name_idx\nevidence_doc_idx\nrelations_lemma_idx\nrelations_source_idx\n"
            "relations_target_idx\n");
}

TEST(SqlExporterTest, LoadingAgainReplacesTheTables) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  ASSERT_EQ(server.Load(ExportSql(ExportGraph(false))).exit_code, 0);
  ASSERT_EQ(server.Load(ExportSql(AwkwardGraph())).exit_code, 0);
  EXPECT_EQ(server.Query("SELECT count(*) FROM actors"), "6\n");
}

TEST(SqlExporterTest, FailedLoadLeavesTheDatabaseAsItWas) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  ASSERT_EQ(server.Load(ExportSql(AwkwardGraph())).exit_code, 0);
  std::string broken = ExportSql(ExportGraph(false));
  const size_t end_of_actors = broken.find("\\.\n");
  broken.insert(end_of_actors, "not\tenough\tfields\n");
  CliResult load = server.Load(broken);
  EXPECT_EQ(load.exit_code, 3);  // psql: an error in a script with ON_ERROR_STOP
  EXPECT_NE(load.err.find("ERROR:  missing data for column"), std::string::npos) << load.err;
  EXPECT_EQ(server.Query("SELECT count(*) FROM actors"), "6\n");
}

TEST(SqlExporterTest, SchemaOptionLoadsBesideThePublicTables) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  ASSERT_EQ(server.Load(ExportSql(AwkwardGraph())).exit_code, 0);
  ExportOptions options;
  options.sql_schema = "run 2";
  CliResult load = server.Load(ExportSql(ExportGraph(false), options));
  ASSERT_EQ(load.exit_code, 0) << load.err;
  EXPECT_EQ(server.Query("SELECT count(*) FROM public.actors"), "6\n");
  EXPECT_EQ(server.Query("SELECT count(*) FROM \"run 2\".actors"), "7\n");
}

// Four routes between Arvel and Dunmoor so that ties, direction, symmetry, negation and
// self-loops all matter.
constexpr const char* kPathTriples =
    "Arvel\tsupply\tBrisk\n"
    "Brisk\tfund\tDunmoor\n"
    "Arvel\tpraise\tCorran\n"
    "Corran\tarm\tDunmoor\n"
    "Dunmoor\tthreaten\tArvel\n"
    "Esk\t~talk with\tArvel\n"
    "Esk\tnot attack\tFaro\n"
    "Faro\tpurge\tFaro\n"
    "Gale\tvisit\tHollin\n";

// The first path `actorgraph path` prints ("A -> B -> C"), or "" for none.
std::string CliPath(const std::string& graph, const std::string& from, const std::string& to) {
  CliResult path = RunCli({"path", graph, from, to, "--max-hops", "6"});
  EXPECT_EQ(path.exit_code, 0) << path.err;
  if (path.out.rfind("no path", 0) == 0) return "";
  return path.out.substr(0, path.out.find(" ("));
}

// What docs/sql/shortest_path.sql answers, in the same form.
std::string SqlPath(const PostgresServer& server, const std::string& from_id,
                    const std::string& to_id) {
  CliResult result = server.Psql(
      "-v ON_ERROR_STOP=1 -At -v from=" + Quote(from_id) + " -v to=" + Quote(to_id) +
      " -v max_hops=6 -f " +
      Quote(std::string(ACTORGRAPH_SOURCE_DIR) + "/docs/sql/shortest_path.sql"));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out.substr(0, result.out.find('|'));
}

TEST(SqlExporterTest, RecursivePathQueryAgreesWithActorgraphPath) {
  PostgresServer server;
  ASSERT_SERVER_RUNS(server);
  TempDir dir;
  WriteFile(dir.path() / "triples.tsv", kPathTriples);
  CliResult build = RunCli({"build", "--triples", dir.File("triples.tsv"), "-o",
                            dir.File("g.json"), "-q"});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  CliResult exported = RunCli({"export", dir.File("g.json"), "--to", "sql", "-o",
                               dir.File("g.sql")});
  ASSERT_EQ(exported.exit_code, 0) << exported.err;
  CliResult load = server.Load(ReadFile(dir.File("g.sql")));
  ASSERT_EQ(load.exit_code, 0) << load.err;

  struct Question {
    const char* from;
    const char* to;
    const char* path;  // expected from both
  };
  const Question questions[] = {
      {"arvel", "dunmoor", "Arvel -> Brisk -> Dunmoor"},  // tie: brisk < corran
      {"dunmoor", "corran", "Dunmoor -> Arvel -> Corran"},
      {"esk", "dunmoor", "Esk -> Arvel -> Brisk -> Dunmoor"},  // symmetric edge walked
      {"arvel", "esk", "Arvel -> Esk"},                       // ... in both directions
      {"esk", "faro", "Esk -> Faro"},                         // a negated relation connects
      {"faro", "esk", ""},                                    // against the arrow: none
      {"arvel", "hollin", ""},
      {"corran", "corran", "Corran"},
  };
  for (const Question& q : questions) {
    EXPECT_EQ(CliPath(dir.File("g.json"), q.from, q.to), q.path) << q.from << " " << q.to;
    EXPECT_EQ(SqlPath(server, q.from, q.to), q.path) << q.from << " " << q.to;
  }
}

TEST(SqlExporterTest, FormatsDocShowsThePathQueryAsTheFileHasIt) {
  const std::string file =
      ReadFile(std::string(ACTORGRAPH_SOURCE_DIR) + "/docs/sql/shortest_path.sql");
  const std::string doc = ReadFile(std::string(ACTORGRAPH_SOURCE_DIR) + "/docs/formats.md");
  const size_t begin = file.find("WITH RECURSIVE");
  ASSERT_NE(begin, std::string::npos);
  const std::string query = file.substr(begin);
  EXPECT_NE(doc.find("```sql\n" + query + "```\n"), std::string::npos)
      << "docs/formats.md does not show docs/sql/shortest_path.sql's query as it is";
}

}  // namespace
}  // namespace actorgraph::testing
