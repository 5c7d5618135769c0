#include "project_generator.hpp"

#include "confidential_records.hpp"

#include "document_generator.hpp"
#include "records_generator.hpp"
#include "records_writer.hpp"

#include <cmath>
#include <stdexcept>

namespace fs = std::filesystem;

namespace briefc::bench {

namespace {

std::size_t copy_styles(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to, ec);
  std::size_t copied = 0;
  for (const auto& entry : fs::directory_iterator(from, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".xml") continue;
    fs::copy_file(entry.path(), to / entry.path().filename(), fs::copy_options::overwrite_existing, ec);
    if (ec) throw std::runtime_error("cannot copy " + entry.path().string() + ": " + ec.message());
    ++copied;
  }
  if (copied == 0) throw std::runtime_error("no styles (*.xml) in " + from.string());
  return copied;
}

}  // namespace

ProjectSummary generate_project(const ProjectSpec& spec) {
  CorpusSize size;
  size.seed = spec.seed;
  size.cases = spec.cases.value_or(cases_needed(spec.pages));
  size.sources = spec.sources.value_or(size.cases * 5);
  Corpus corpus = generate_records(size);

  DocumentSpec doc;
  doc.pages = spec.pages;
  doc.seed = spec.seed;
  doc.id = spec.document_id.empty() ? "briefing-" + std::to_string(std::lround(spec.pages)) + "p" : spec.document_id;
  GeneratedDocument document = generate_document(corpus, doc);

  ProjectSummary summary;
  summary.files = write_records(corpus, spec.out);
  summary.document = spec.out / "sources" / "documents" / (doc.id + ".xml");
  write_file(summary.document, document.xml);
  summary.files += 1 + copy_styles(spec.styles, spec.out / "styles");
  if (spec.confidential > 0) summary.files += write_confidential_records(spec.out, spec.confidential, spec.seed);
  summary.cases = corpus.cases.size();
  summary.sources = corpus.sources.size();
  summary.persons = corpus.persons.size();
  summary.estimated_pages = document.estimated_pages;
  summary.estimated_footnotes = document.footnotes;
  summary.cases_in_document = document.cases_used;
  return summary;
}

}  // namespace briefc::bench
