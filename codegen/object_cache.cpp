#include "codegen/object_cache.h"

#include <llvm/Config/llvm-config.h>
#include <llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h>
#include <llvm/Support/BLAKE3.h>
#include <llvm/Support/MemoryBuffer.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef PARC_VERSION_STRING
#error "codegen/CMakeLists.txt defines PARC_VERSION_STRING"
#endif

namespace parc::codegen {
namespace {

constexpr char kMagic[8] = {'P', 'A', 'R', 'C', 'O', 'B', 'J', '\0'};
constexpr std::size_t kKeyAt = 16, kMetadataLengthAt = 48, kObjectLengthAt = 56, kChecksumAt = 64;
constexpr const char* kSuffix = ".parc-obj";

void put32(std::uint8_t* at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) at[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
void put64(std::uint8_t* at, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) at[i] = static_cast<std::uint8_t>(v >> (8 * i));
}
std::uint32_t get32(const std::uint8_t* at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t(at[i]) << (8 * i);
  return v;
}
std::uint64_t get64(const std::uint8_t* at) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= std::uint64_t(at[i]) << (8 * i);
  return v;
}

std::string to_hex(const std::uint8_t* bytes, std::size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(2 * n);
  for (std::size_t i = 0; i < n; ++i) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

// A field of the key: its length, then its bytes.
void hash_field(llvm::BLAKE3& hasher, std::string_view field) {
  std::uint8_t length[8];
  put64(length, field.size());
  hasher.update(llvm::ArrayRef<std::uint8_t>(length, 8));
  hasher.update(llvm::StringRef(field.data(), field.size()));
}

// The GNU build id (NT_GNU_BUILD_ID) of the loaded ELF object that holds
// `address`: the executable, or a shared library if parc is one.
struct BuildIdSearch {
  std::uintptr_t address;
  std::string id;
};

int find_build_id(dl_phdr_info* info, std::size_t, void* data) {
  auto* search = static_cast<BuildIdSearch*>(data);
  bool contains = false;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    std::uintptr_t start = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && search->address >= start && search->address < start + ph.p_memsz) contains = true;
  }
  if (!contains) return 0;
  for (int i = 0; i < info->dlpi_phnum; ++i) {
    const ElfW(Phdr)& ph = info->dlpi_phdr[i];
    if (ph.p_type != PT_NOTE) continue;
    std::size_t align = ph.p_align == 8 ? 8 : 4;
    auto round = [&](std::size_t n) { return (n + align - 1) & ~(align - 1); };
    const auto* at = reinterpret_cast<const std::uint8_t*>(info->dlpi_addr + ph.p_vaddr);
    const std::uint8_t* end = at + ph.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      const auto* note = reinterpret_cast<const ElfW(Nhdr)*>(at);
      const std::uint8_t* name = at + sizeof(ElfW(Nhdr));
      const std::uint8_t* desc = name + round(note->n_namesz);
      if (desc + note->n_descsz > end) break;
      if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
        search->id = to_hex(desc, note->n_descsz);
        return 1;
      }
      at = desc + round(note->n_descsz);
    }
  }
  return 1;
}

std::string parc_build_id() {
  BuildIdSearch search{reinterpret_cast<std::uintptr_t>(&find_build_id), {}};
  dl_iterate_phdr(find_build_id, &search);
  return search.id;
}

std::string errno_text(int error) { return std::strerror(error); }

// read(2)/write(2) until done; false on an error (errno says which) or, for
// reads, an early end of file (errno 0).
bool read_fully(int fd, void* data, std::size_t size) {
  auto* at = static_cast<char*>(data);
  while (size > 0) {
    ssize_t n = ::read(fd, at, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      if (n == 0) errno = 0;
      return false;
    }
    at += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

bool write_fully(int fd, const void* data, std::size_t size) {
  const auto* at = static_cast<const char*>(data);
  while (size > 0) {
    ssize_t n = ::write(fd, at, size);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return false;
    at += n;
    size -= static_cast<std::size_t>(n);
  }
  return true;
}

// Closes a file descriptor when it goes out of scope.
struct FileCloser {
  int fd;
  ~FileCloser() {
    if (fd >= 0) ::close(fd);
  }
};

}  // namespace

HostIdentity HostIdentity::current() {
  HostIdentity host;
  auto builder = llvm::orc::JITTargetMachineBuilder::detectHost();
  if (builder) {
    host.triple = builder->getTargetTriple().str();
    host.cpu = builder->getCPU();
    // Sorted: the string comes from a hash map, whose order is not a property of the CPU.
    std::vector<std::string> features = builder->getFeatures().getFeatures();
    std::sort(features.begin(), features.end());
    for (const std::string& f : features) host.features += (host.features.empty() ? "" : ",") + f;
  } else {
    llvm::consumeError(builder.takeError());  // no JIT for this host either; keys still differ from a real host's
    host.triple = "unknown";
  }
  host.llvm_version = LLVM_VERSION_STRING;
  host.parc_version = PARC_VERSION_STRING;
  host.parc_build = parc_build_id();
  return host;
}

std::string CacheKey::hex() const { return to_hex(bytes.data(), bytes.size()); }

CacheKey make_cache_key(std::string_view source, std::string_view what, const HostIdentity& host) {
  llvm::BLAKE3 hasher;
  hash_field(hasher, "parc object cache key " + std::to_string(ObjectCache::kFormatVersion));
  for (std::string_view field : {source, what, std::string_view(host.triple), std::string_view(host.cpu),
                                 std::string_view(host.features), std::string_view(host.llvm_version),
                                 std::string_view(host.parc_version), std::string_view(host.parc_build)})
    hash_field(hasher, field);
  CacheKey key;
  hasher.final(key.bytes);
  return key;
}

std::optional<std::string> ObjectCache::default_directory() {
  auto env = [](const char* name) -> std::string {
    const char* value = std::getenv(name);
    return value ? value : "";
  };
  if (std::string dir = env("PARC_CACHE_DIR"); !dir.empty()) return dir;
  if (std::string xdg = env("XDG_CACHE_HOME"); !xdg.empty() && xdg[0] == '/') return xdg + "/parc";
  if (std::string home = env("HOME"); !home.empty()) return home + "/.cache/parc";
  return std::nullopt;
}

std::optional<ObjectCache> ObjectCache::from_environment(const std::string& directory) {
  const char* disable = std::getenv("PARC_DISABLE_CACHE");
  if (disable && *disable && std::string(disable) != "0") return std::nullopt;
  if (!directory.empty()) return ObjectCache(directory);
  std::optional<std::string> found = default_directory();
  if (!found) return std::nullopt;
  return ObjectCache(*found);
}

ObjectCache::ObjectCache(std::string directory) : directory_(std::move(directory)) {}

std::string ObjectCache::entry_path(const CacheKey& key) const {
  return directory_ + "/" + to_hex(key.bytes.data(), 16) + kSuffix;
}

std::optional<CacheEntry> ObjectCache::load(const CacheKey& key, std::string* why) const {
  std::string ignored;
  std::string& reason = why ? *why : ignored;
  reason.clear();
  std::string path = entry_path(key);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno != ENOENT && errno != ENOTDIR) reason = "cannot read " + path + ": " + errno_text(errno);
    return std::nullopt;
  }
  FileCloser closer{fd};
  struct stat status;
  if (::fstat(fd, &status) != 0) {
    reason = "cannot read " + path + ": " + errno_text(errno);
    return std::nullopt;
  }
  if (!S_ISREG(status.st_mode)) {
    reason = path + " is not a regular file";
    return std::nullopt;
  }
  std::uint64_t file_size = static_cast<std::uint64_t>(status.st_size);
  std::uint8_t header[kHeaderSize];
  if (file_size < kHeaderSize || !read_fully(fd, header, kHeaderSize)) {
    reason = errno && file_size >= kHeaderSize ? "cannot read " + path + ": " + errno_text(errno) : "truncated";
    return std::nullopt;
  }
  if (std::memcmp(header, kMagic, sizeof kMagic) != 0) {
    reason = "not a parc cache entry";
    return std::nullopt;
  }
  if (std::uint32_t version = get32(header + 8); version != kFormatVersion) {
    reason = "format version " + std::to_string(version);
    return std::nullopt;
  }
  if (std::memcmp(header + kKeyAt, key.bytes.data(), key.bytes.size()) != 0) {
    reason = "stored for another key";
    return std::nullopt;
  }
  std::uint64_t metadata_size = get64(header + kMetadataLengthAt), object_size = get64(header + kObjectLengthAt);
  std::uint64_t payload = file_size - kHeaderSize;
  if (metadata_size > payload || object_size > payload - metadata_size) {
    reason = "truncated";
    return std::nullopt;
  }
  if (metadata_size + object_size != payload) {
    reason = "longer than its header says";
    return std::nullopt;
  }
  CacheEntry entry;
  entry.metadata.resize(metadata_size);
  std::unique_ptr<llvm::WritableMemoryBuffer> object =
      llvm::WritableMemoryBuffer::getNewUninitMemBuffer(object_size, "parc-cache-" + key.hex() + ".o");
  if (!object || !read_fully(fd, entry.metadata.data(), metadata_size) ||
      !read_fully(fd, object->getBufferStart(), object_size)) {
    reason = !object ? "out of memory" : errno ? "cannot read " + path + ": " + errno_text(errno) : "truncated";
    return std::nullopt;
  }
  llvm::BLAKE3 hasher;
  hasher.update(llvm::ArrayRef<std::uint8_t>(header, kChecksumAt));
  hasher.update(entry.metadata);
  hasher.update(llvm::StringRef(object->getBufferStart(), object_size));
  llvm::BLAKE3Result<32> checksum = hasher.final();
  if (std::memcmp(checksum.data(), header + kChecksumAt, checksum.size()) != 0) {
    reason = "checksum mismatch";
    return std::nullopt;
  }
  entry.object = std::move(object);
  return entry;
}

bool ObjectCache::store(const CacheKey& key, std::string_view metadata, std::string_view object,
                        std::string* why) const {
  std::string ignored;
  std::string& reason = why ? *why : ignored;
  reason.clear();
  std::error_code error;
  std::filesystem::create_directories(directory_, error);
  if (error) {
    reason = "cannot create " + directory_ + ": " + error.message();
    return false;
  }
  std::uint8_t header[kHeaderSize] = {};
  std::memcpy(header, kMagic, sizeof kMagic);
  put32(header + 8, kFormatVersion);
  put32(header + 12, 0);  // flags: none yet
  std::memcpy(header + kKeyAt, key.bytes.data(), key.bytes.size());
  put64(header + kMetadataLengthAt, metadata.size());
  put64(header + kObjectLengthAt, object.size());
  llvm::BLAKE3 hasher;
  hasher.update(llvm::ArrayRef<std::uint8_t>(header, kChecksumAt));
  hasher.update(llvm::StringRef(metadata.data(), metadata.size()));
  hasher.update(llvm::StringRef(object.data(), object.size()));
  llvm::BLAKE3Result<32> checksum = hasher.final();
  std::memcpy(header + kChecksumAt, checksum.data(), checksum.size());

  // A name no other writer uses; the entry appears whole, by rename, or not at all.
  std::string path = entry_path(key);
  std::random_device random;
  std::string temporary = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(random());
  int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    reason = "cannot write in " + directory_ + ": " + errno_text(errno);
    return false;
  }
  bool written = write_fully(fd, header, kHeaderSize) && write_fully(fd, metadata.data(), metadata.size()) &&
                 write_fully(fd, object.data(), object.size());
  int write_error = errno;
  if (::close(fd) != 0 && written) {
    written = false;
    write_error = errno;
  }
  if (!written || ::rename(temporary.c_str(), path.c_str()) != 0) {
    if (written) write_error = errno;
    ::unlink(temporary.c_str());
    reason = "cannot write " + path + ": " + errno_text(write_error);
    return false;
  }
  return true;
}

}  // namespace parc::codegen
