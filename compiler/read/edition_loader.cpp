#include "read/edition_loader.hpp"

#include <fmt/format.h>
#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace briefc::read {

namespace {

constexpr std::size_t max_editions = 50;

std::string canonical(const std::string& path) {
  std::error_code ec;
  auto p = fs::weakly_canonical(fs::path(path), ec);
  return ec ? path : p.string();
}

bool inside(const std::string& path, const std::string& root) {
  auto rel = fs::path(path).lexically_relative(fs::path(root));
  return !rel.empty() && *rel.begin() != "..";
}

}  // namespace

std::optional<LoadedEdition> load_edition(const std::string& path, diag::SourceManager& sources,
                                          diag::Diagnostics& diags, const LoaderOptions& options) {
  auto corpus = std::make_unique<model::Corpus>();
  Loader loader(sources, diags, *corpus, options);
  auto document = loader.load_document(path);
  if (!document) return std::nullopt;
  check_references(*corpus, &*document, diags);
  return LoadedEdition{std::move(*document), std::move(corpus)};
}

std::vector<LoadedEdition> load_previous_editions(const model::Document& document, diag::SourceManager& sources,
                                                  diag::Diagnostics& diags, const LoaderOptions& options) {
  std::vector<LoadedEdition> chain;
  chain.reserve(max_editions);  // `current` points into it
  std::vector<std::string> seen = {canonical(document.path)};
  const model::Document* current = &document;
  while (current->previous_edition) {
    const auto& ref = *current->previous_edition;
    fs::path target =
        fs::path(ref.href).is_absolute() ? fs::path(ref.href) : fs::path(current->path).parent_path() / ref.href;
    std::string path = canonical(target.string());
    if (!options.allow_outside_root && !options.project_root.empty() &&
        (fs::path(ref.href).is_absolute() || !inside(path, options.project_root))) {
      diags.error(ref.location, fmt::format("previous edition '{}' lies outside the project folder", ref.href),
                  fmt::format("keep editions inside {} (or pass --allow-outside-project)", options.project_root));
      break;
    }
    std::error_code ec;
    if (!fs::is_regular_file(path, ec)) {
      diags.error(ref.location, fmt::format("previous edition '{}' does not exist", display_path(target.string())),
                  "href is relative to the folder of the document that names it");
      break;
    }
    if (std::find(seen.begin(), seen.end(), path) != seen.end()) {
      diags.error(ref.location,
                  fmt::format("previous edition '{}' is already in this chain of editions", display_path(path)),
                  "each edition names the one before it; none can follow itself");
      break;
    }
    if (chain.size() == max_editions) {
      diags.error(ref.location, fmt::format("more than {} previous editions", max_editions),
                  "an edition this old is better read on its own");
      break;
    }
    seen.push_back(path);
    auto edition = load_edition(display_path(path), sources, diags, options);
    if (!edition) break;
    chain.push_back(std::move(*edition));
    current = &chain.back().document;
  }
  return chain;
}

}  // namespace briefc::read
