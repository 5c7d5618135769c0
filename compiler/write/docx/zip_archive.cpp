#include "write/docx/zip_archive.hpp"

#include <fmt/format.h>
#include <zip.h>

#include <ctime>
#include <memory>

namespace briefc::write::docx {

namespace {

// MS-DOS date and time fields (zip's APPNOTE 4.4.6), from UTC so the bytes
// do not depend on the machine's time zone (zip_file_set_mtime uses local time).
std::pair<zip_uint16_t, zip_uint16_t> dos_date_time(long long timestamp) {
  constexpr long long dos_epoch = 315532800;  // 1980-01-01T00:00:00Z
  std::time_t t = static_cast<std::time_t>(timestamp < dos_epoch ? dos_epoch : timestamp);
  std::tm utc{};
  gmtime_r(&t, &utc);
  if (utc.tm_year + 1900 > 2107) utc = std::tm{0, 0, 0, 31, 11, 207, 0, 0, 0, 0, nullptr};  // the last DOS date
  auto time = static_cast<zip_uint16_t>((utc.tm_hour << 11) | (utc.tm_min << 5) | (utc.tm_sec / 2));
  auto date = static_cast<zip_uint16_t>(((utc.tm_year - 80) << 9) | ((utc.tm_mon + 1) << 5) | utc.tm_mday);
  return {time, date};
}

struct SourceFree {
  void operator()(zip_source_t* s) const { zip_source_free(s); }
};

}  // namespace

std::string zip_entries(const std::vector<ZipEntry>& entries, long long timestamp, std::string& error) {
  zip_error_t ze;
  zip_error_init(&ze);
  std::unique_ptr<zip_source_t, SourceFree> buffer(zip_source_buffer_create(nullptr, 0, 0, &ze));
  if (!buffer) {
    error = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    return {};
  }
  zip_t* archive = zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &ze);
  if (!archive) {
    error = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    return {};
  }
  zip_error_fini(&ze);
  zip_source_keep(buffer.get());  // zip_close frees the archive's hold; the bytes are read after it
  auto [dos_time, dos_date] = dos_date_time(timestamp);
  for (const auto& e : entries) {
    zip_source_t* part = zip_source_buffer(archive, e.content.data(), e.content.size(), 0);
    zip_int64_t index = part ? zip_file_add(archive, e.name.c_str(), part, ZIP_FL_ENC_UTF_8) : -1;
    if (index < 0) {
      if (part) zip_source_free(part);
      error = zip_strerror(archive);
      zip_discard(archive);
      return {};
    }
    auto i = static_cast<zip_uint64_t>(index);
    if (zip_file_set_dostime(archive, i, dos_time, dos_date, 0) != 0 ||
        zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 1) != 0) {
      error = zip_strerror(archive);
      zip_discard(archive);
      return {};
    }
  }
  if (zip_close(archive) != 0) {
    error = zip_strerror(archive);
    zip_discard(archive);
    return {};
  }
  std::string bytes;
  zip_stat_t st;
  if (zip_source_stat(buffer.get(), &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || zip_source_open(buffer.get()) != 0) {
    error = "cannot read the archive back from memory";
    return {};
  }
  bytes.resize(st.size);
  zip_int64_t n = zip_source_read(buffer.get(), bytes.data(), st.size);
  zip_source_close(buffer.get());
  if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
    error = "cannot read the archive back from memory";
    return {};
  }
  return bytes;
}

std::vector<ZipEntry> unzip_entries(const std::string& bytes, std::string& error) {
  zip_error_t ze;
  zip_error_init(&ze);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &ze);
  zip_t* archive = source ? zip_open_from_source(source, ZIP_RDONLY, &ze) : nullptr;
  if (!archive) {
    error = zip_error_strerror(&ze);
    zip_error_fini(&ze);
    if (source) zip_source_free(source);
    return {};
  }
  zip_error_fini(&ze);
  std::vector<ZipEntry> out;
  zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    zip_file_t* file = nullptr;
    if (zip_stat_index(archive, index, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) || !(st.valid & ZIP_STAT_NAME) ||
        !(file = zip_fopen_index(archive, index, 0))) {
      error = zip_strerror(archive);
      zip_discard(archive);
      return {};
    }
    ZipEntry e{st.name, std::string(st.size, '\0')};
    zip_int64_t n = st.size ? zip_fread(file, e.content.data(), st.size) : 0;
    zip_fclose(file);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
      error = fmt::format("a damaged entry: {}", e.name);
      zip_discard(archive);
      return {};
    }
    out.push_back(std::move(e));
  }
  zip_discard(archive);  // read only: nothing to write; frees the source too
  return out;
}

}  // namespace briefc::write::docx
