// Small helpers shared by the test files.
#pragma once

#include <doctest/doctest.h>

#include <stdlib.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <cstdio>
#include <memory>
#include <string>

namespace briefc::test {

// Runs a shell command (pdftotext, qpdf, …) and returns what it printed.
inline std::string command_output(const std::string& command) {
  std::string out;
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
  REQUIRE(pipe);
  std::array<char, 4096> buffer{};
  while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe.get())) out.append(buffer.data(), n);
  return out;
}

// A fresh folder under the system's temporary folder ("briefc-NAME-XXXXXX"),
// removed with everything in it at the end of the scope.
struct TempDir {
  std::filesystem::path path;
  explicit TempDir(const std::string& name = "test") {
    std::string pattern = (std::filesystem::temp_directory_path() / ("briefc-" + name + "-XXXXXX")).string();
    REQUIRE(mkdtemp(pattern.data()));
    path = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

// A file's bytes.
inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A PDF as qpdf writes it for reading: every stream decompressed, no object
// streams; what an outsider searching the file's bytes would see.
inline std::string qdf(const std::filesystem::path& pdf) {
  std::filesystem::path out = pdf.string() + ".qdf";
  command_output("qpdf --qdf --object-streams=disable '" + pdf.string() + "' '" + out.string() + "' 2>&1");
  std::string bytes = slurp(out);
  std::filesystem::remove(out);
  return bytes;
}

// "Aigul" as UTF-16BE bytes, and as the hex digits of a PDF hex string (how
// PDF strings hold text beyond Latin-1).
inline std::string utf16be(const std::string& ascii) {
  std::string out;
  for (char c : ascii) {
    out += '\0';
    out += c;
  }
  return out;
}
inline std::string utf16be_hex(const std::string& ascii) {
  std::string out;
  for (unsigned char c : ascii) {
    char digits[8];
    std::snprintf(digits, sizeof digits, "00%02x", c);
    out += digits;
  }
  return out;
}

}  // namespace briefc::test
