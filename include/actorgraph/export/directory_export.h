// WriteExportDirectory: writes a multi-file export (Exporter::writes_directory()) so that
// the target directory is never seen half-written.
#ifndef ACTORGRAPH_EXPORT_DIRECTORY_EXPORT_H_
#define ACTORGRAPH_EXPORT_DIRECTORY_EXPORT_H_

#include <iosfwd>
#include <string>

#include "actorgraph/status.h"

namespace actorgraph {

class Exporter;
class KnowledgeGraph;

// Writes `exporter`'s files for `graph` into a new temporary directory beside `path`
// ("<path>.tmp-XXXXXX", parents created), then puts it in place of `path`: renamed to it,
// or exchanged with an existing `path` atomically (renameat2) and the old one removed. On
// any failure the temporary directory is removed and `path` is as it was. IOError naming
// the path if `path` exists and is not a directory, or holds a file the export does not
// write (so `-o .` never wipes a directory of other files), or a file system call fails.
Status WriteExportDirectory(const Exporter& exporter, const KnowledgeGraph& graph,
                            const std::string& path);

// Writes `exporter`'s output for `graph` to `path`: a directory through WriteExportDirectory
// for multi-file formats (InvalidArgument for "-"), else one file through OutputFile ("-" is
// `stdout_stream`). A failure leaves an existing output as it was.
Status WriteExport(const Exporter& exporter, const KnowledgeGraph& graph,
                   const std::string& path, std::ostream& stdout_stream);

}  // namespace actorgraph

#endif  // ACTORGRAPH_EXPORT_DIRECTORY_EXPORT_H_
