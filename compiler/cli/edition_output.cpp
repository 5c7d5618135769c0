#include "cli/edition_output.hpp"

#include "write/docx/docx_writer.hpp"
#include "write/html/html_writer.hpp"

#include <filesystem>
#include <fmt/format.h>
#include <fstream>

namespace fs = std::filesystem;

namespace briefc::cli {

std::vector<write::OutputFormat> build_formats(const Options& options) {
  if (!options.formats.empty()) return options.formats;
  if (!options.output.empty())
    if (auto f = write::format_of_path(options.output)) return {*f};
  return {write::OutputFormat::Pdf};
}

std::string output_path(const std::string& project_root, const Options& options, const std::string& document,
                        write::OutputFormat format) {
  if (!options.output.empty()) return options.output;
  fs::path dir = !options.output_dir.empty() ? fs::path(options.output_dir)
                                             : fs::path(project_root.empty() ? "." : project_root) / "output";
  // An internal build's name says so, and never equals a public build's.
  std::string name = fs::path(document).stem().string();
  if (options.internal) name += ".internal";
  name += write::extension(format);
  return (dir / name).string();
}

bool write_edition(write::OutputFormat format, const resolve::ResolvedDocument& resolved, const model::Style& style,
                   const write::EditionInfo& info, const std::string& target, diag::Diagnostics& diags,
                   const std::function<bool(const std::string&)>& verify, PendingOutputs& pending) {
  std::string error;
  std::string bytes = format == write::OutputFormat::Docx ? write::docx::docx_edition(resolved, style, info, error)
                                                          : write::html::html_edition(resolved, style, info);
  if (bytes.empty()) {
    diags.file_error(target, fmt::format("cannot write the {}: {}", write::display_name(format), error));
    return false;
  }
  auto output = std::make_unique<PendingOutput>(target, error);
  if (!output->ok()) {
    diags.file_error(target, error);
    return false;
  }
  {
    std::ofstream out(output->write_path(), std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      diags.file_error(target, fmt::format("cannot write the {}: the disk may be full or the folder read-only",
                                           write::display_name(format)));
      return false;
    }
  }
  if (verify && !verify(output->write_path())) {
    std::error_code ec;
    if (fs::remove(fs::path(target), ec))
      diags.warning({}, fmt::format("removed the {} an earlier build left here: it may hold the same confidential "
                                    "material",
                                    write::display_name(format)))
          .path_override = target;
    return false;
  }
  pending.push_back(std::move(output));
  return true;
}

bool commit_all(PendingOutputs& pending, const std::vector<std::string>& targets, diag::Diagnostics& diags) {
  for (std::size_t i = 0; i < pending.size(); ++i) {
    std::string error;
    if (!pending[i]->commit(error)) {
      diags.file_error(targets[i], error);
      return false;
    }
  }
  return true;
}

}  // namespace briefc::cli
