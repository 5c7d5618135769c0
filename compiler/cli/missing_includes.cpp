#include "cli/missing_includes.hpp"

#include "read/loader.hpp"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <map>

namespace fs = std::filesystem;

namespace briefc::cli {

void explain_missing_includes(const std::vector<read::UnknownReference>& unknown, const model::Corpus& rest,
                              const model::Document& document, const diag::SourceManager& sources,
                              diag::Diagnostics& diags) {
  struct FileUse {
    std::size_t first_diagnostic = 0;
    std::vector<std::string> ids;
  };
  std::map<diag::FileId, FileUse> by_file;
  std::vector<diag::FileId> order;  // of first use
  for (const auto& u : unknown) {
    auto it = rest.index.find(u.id);
    if (it == rest.index.end()) continue;
    auto file = rest.location_of(it->second).file;
    auto [use, added] = by_file.try_emplace(file);
    if (added) use->second.first_diagnostic = u.diagnostic, order.push_back(file);
    if (std::find(use->second.ids.begin(), use->second.ids.end(), u.id) == use->second.ids.end())
      use->second.ids.push_back(u.id);
    auto& d = diags.at(u.diagnostic);
    if (!added)
      d.hint = fmt::format("defined in {} too, which the document does not include (see the first error about it)",
                           read::display_path(sources.path(file)));
  }
  // The document's folder, for an href relative to it.
  fs::path doc_dir = fs::path(sources.path(document.location.file)).parent_path();
  for (auto file : order) {
    const auto& use = by_file.at(file);
    std::string path = sources.path(file);
    std::string href = fs::path(path).lexically_relative(doc_dir).string();
    if (href.empty()) href = path;
    auto& d = diags.at(use.first_diagnostic);
    std::string others = use.ids.size() > 1 ? fmt::format(" (and {} more id{} reported below)", use.ids.size() - 1,
                                                          use.ids.size() == 2 ? "" : "s")
                                            : std::string{};
    d.hint = fmt::format("'{}'{} is defined in {}, which the document does not include: add <include href=\"{}\"/>",
                         use.ids.front(), others, read::display_path(path), href);
    d.notes.push_back({rest.location_of(rest.index.at(use.ids.front())),
                       fmt::format("'{}' is defined here", use.ids.front())});
  }
}

}  // namespace briefc::cli
