// MappedFile: a whole file mapped read-only into memory (mmap), unmapped
// when the object is destroyed. Pages are shared with the page cache, so
// several processes mapping the same index pay for it once.
//
// Owns the mapping; movable, not copyable. The bytes are immutable, so
// reads from any number of threads are safe.
//
// Example:
//   NG_ASSIGN_OR_RETURN(MappedFile file, MappedFile::Open(path));
//   std::string_view bytes = file.bytes();
#ifndef NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_MAPPED_FILE_H_
#define NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_MAPPED_FILE_H_

#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace newsgraph::extract {

class MappedFile {
 public:
  // Maps `path`: NOT_FOUND when it does not exist, PERMISSION_DENIED when
  // it cannot be read, DATA_LOSS when it is empty, INTERNAL when mmap fails.
  static absl::StatusOr<MappedFile> Open(const std::string& path);

  MappedFile(MappedFile&& other) noexcept;
  MappedFile& operator=(MappedFile&& other) noexcept;
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  ~MappedFile();

  // The file's bytes, page-aligned; valid while this object lives.
  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile(const char* data, size_t size) : data_(data), size_(size) {}
  void Unmap();

  const char* data_ = nullptr;
  size_t size_ = 0;
};

}  // namespace newsgraph::extract

#endif  // NEWSGRAPH_INGEST_SERVICE_EXTRACT_GAZETTEER_MAPPED_FILE_H_
