// Exporter: writes a KnowledgeGraph in another program's format. All formats implement this
// one interface and are chosen by name once:
//
//   auto exporter = actorgraph::MakeExporter("graphml", options);
//   if (!exporter.ok()) return exporter.status();   // lists the valid names
//   AG_RETURN_IF_ERROR((*exporter)->Write(graph, out));
//
// Each exporter writes SelectForExport(graph, options): filters added to ExportOptions apply
// to every format. Formats whose output is several files (a directory) say so with
// writes_directory() and implement WriteFiles; the caller gives them an ExportSink.
#ifndef ACTORGRAPH_EXPORT_EXPORTER_H_
#define ACTORGRAPH_EXPORT_EXPORTER_H_

#include <iosfwd>
#include <memory>
#include <string_view>
#include <vector>

#include "actorgraph/export/export_options.h"
#include "actorgraph/status.h"

namespace actorgraph {

class KnowledgeGraph;

// Where the files of a multi-file export go (a directory, or memory in tests).
class ExportSink {
 public:
  virtual ~ExportSink() = default;
  // A stream for the file `name` (a bare file name such as "actors.csv"), owned by the sink
  // and valid until the sink is destroyed. IOError naming the file if it cannot be created.
  virtual Result<std::ostream*> OpenFile(std::string_view name) = 0;
};

class Exporter {
 public:
  virtual ~Exporter() = default;

  // The name MakeExporter knows this format by: "dot", "graphml", "json".
  virtual std::string_view name() const = 0;
  // The usual file name extension, without the dot: "dot", "graphml", "json".
  virtual std::string_view extension() const = 0;
  // True when the output is several files, written by WriteFiles; Write then fails.
  virtual bool writes_directory() const { return false; }

  // Writes the export to `out`. IOError if the stream fails, Internal if a library the
  // exporter uses fails; `out` may then hold part of the output (OutputFile discards it).
  virtual Status Write(const KnowledgeGraph& graph, std::ostream& out) const = 0;

  // Writes the export as files through `sink`. The default writes Write()'s output into
  // one file named "graph.<extension>".
  virtual Status WriteFiles(const KnowledgeGraph& graph, ExportSink& sink) const;
};

// The names MakeExporter accepts, sorted.
std::vector<std::string_view> ExporterNames();

// The exporter for format `name` (exact, lower-case). InvalidArgument otherwise:
// "unknown export format 'dto' (expected one of: dot, graphml, json); did you mean 'dot'?"
Result<std::unique_ptr<Exporter>> MakeExporter(std::string_view name,
                                               const ExportOptions& options);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_EXPORTER_H_
