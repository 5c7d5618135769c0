// Where a build writes each edition, and how a layout-free edition (DOCX,
// HTML) reaches its file: written whole to an unnamed temporary
// (pending_output.hpp), read back by the leak check of a public build, and
// left pending so the build puts every edition in place together, after the
// last one is written and checked.
#pragma once

#include "cli/options.hpp"
#include "cli/pending_output.hpp"
#include "diag/diagnostics.hpp"
#include "model/style.hpp"
#include "resolve/resolved_document.hpp"
#include "write/edition_info.hpp"
#include "write/output_format.hpp"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace briefc::cli {

// The editions a build writes: --format's, else -o's extension, else the PDF.
std::vector<write::OutputFormat> build_formats(const Options& options);

// The file of one edition: -o when given, else PROJECT/output/NAME.EXT (or
// --output-dir's), NAME.internal.EXT for an internal build.
std::string output_path(const std::string& project_root, const Options& options, const std::string& document,
                        write::OutputFormat format);

// Files written and checked, waiting to be put in place.
using PendingOutputs = std::vector<std::unique_ptr<PendingOutput>>;

// Writes the DOCX or HTML of `resolved` for `target` into a pending file,
// runs `verify` (the leak check, given the written file) on it, and adds it to
// `pending`. False, with the error reported, when any step fails; a failed
// verify also removes an earlier file at `target` (it was built from records
// now known to hold what leaked).
bool write_edition(write::OutputFormat format, const resolve::ResolvedDocument& resolved, const model::Style& style,
                   const write::EditionInfo& info, const std::string& target, diag::Diagnostics& diags,
                   const std::function<bool(const std::string&)>& verify, PendingOutputs& pending);

// Puts every pending file in place; false, with the error reported, at the
// first that cannot be.
bool commit_all(PendingOutputs& pending, const std::vector<std::string>& targets, diag::Diagnostics& diags);

}  // namespace briefc::cli
