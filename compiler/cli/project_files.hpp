// The files a new project starts from, built into the program so that
// `briefc init` works wherever briefc is installed: the XML Schema and the
// shipped styles, exactly as in this repository (docs/briefc.xsd, styles/).
#pragma once

#include <string_view>

namespace briefc::cli {

std::string_view embedded_schema();
// The style with this id ("eu-briefing", "un-submission", "upr-submission"); empty when there is none.
std::string_view embedded_style(std::string_view id);

}  // namespace briefc::cli
