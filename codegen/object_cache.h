// The on-disk cache of compiled code: object files (machine code for this
// host) stored under a key that covers everything they depend on, so that a
// second process can skip compiling. Used by `parc run` for scripts with
// @njit(cache=True) (api/pipeline.cpp) and open to the embedding API.
//
//   key   = BLAKE3(source text, "what is compiled" (options, entry points or
//           signatures: free-form, chosen by the caller), target triple,
//           host CPU name and features, LLVM version, parc version and the
//           build id of the parc binary)
//   entry = DIR/<first 16 bytes of the key in hex>.parc-obj, written to a
//           temporary file and renamed into place (so concurrent writers of
//           one entry are safe and readers never see half a file):
//             header (96 bytes, little-endian): magic "PARCOBJ\0", format
//             version, flags, the full 32-byte key, metadata length, object
//             length, BLAKE3 checksum of the header before it and the payload
//             payload: metadata bytes (free-form, the caller's), object bytes
//
// Loading checks the magic, format version, key, lengths against the file
// size and the checksum, and returns nothing for a missing, truncated,
// corrupt or foreign entry: bad bytes never reach the linker, and the caller
// then rebuilds and overwrites the entry. No global state: an ObjectCache is
// a directory name.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace llvm {
class MemoryBuffer;
}

namespace parc::codegen {

// What the machine code depends on besides the source: the host machine and
// the compiler. current() describes this process.
struct HostIdentity {
  std::string triple;        // "x86_64-pc-linux-gnu"
  std::string cpu;           // LLVM's host CPU name, "skylake-avx512"
  std::string features;      // LLVM's feature string, "+avx,+avx2,-amx-tile,..."
  std::string llvm_version;  // "19.1.7"
  std::string parc_version;  // "0.1.0"
  std::string parc_build;    // GNU build id of the binary holding parc's code (hex), or "" where none

  static HostIdentity current();
};

// A 256-bit BLAKE3 hash.
struct CacheKey {
  std::array<std::uint8_t, 32> bytes{};

  std::string hex() const;  // 64 hex digits
  friend bool operator==(const CacheKey&, const CacheKey&) = default;
};

// The key of `source` compiled as `what` (everything else that changes the
// code: options, entry points or signatures, the script's name where the
// code embeds it) on `host`. Every field is hashed with its length, so no
// two different inputs run together into one.
CacheKey make_cache_key(std::string_view source, std::string_view what, const HostIdentity& host);

// One entry read back: what was stored.
struct CacheEntry {
  std::string metadata;
  std::unique_ptr<llvm::MemoryBuffer> object;  // 16-byte aligned copy of the object file
};

class ObjectCache {
 public:
  // The entry file format; bumped when the layout changes (older entries
  // then read as foreign and are rebuilt).
  static constexpr std::uint32_t kFormatVersion = 1;
  static constexpr std::size_t kHeaderSize = 96;

  // PARC_CACHE_DIR if set and not empty, else $XDG_CACHE_HOME/parc (an
  // absolute XDG_CACHE_HOME only, as the XDG spec says), else
  // $HOME/.cache/parc; std::nullopt when none of them is set.
  static std::optional<std::string> default_directory();
  // The cache to use: none when PARC_DISABLE_CACHE is set (not empty, not
  // "0") or no directory can be named; else `directory`, or when that is
  // empty default_directory().
  static std::optional<ObjectCache> from_environment(const std::string& directory = "");

  // The directory is created (with its parents) when the first entry is stored.
  explicit ObjectCache(std::string directory);

  const std::string& directory() const { return directory_; }
  // Where the entry of `key` lives.
  std::string entry_path(const CacheKey& key) const;

  // The entry stored under `key`, or std::nullopt when there is none (then
  // *why is ""; also when the directory does not exist) or it is unusable (then *why says why: "truncated",
  // "not a parc cache entry", "format version 7", "stored for another key",
  // "checksum mismatch", or a read error).
  std::optional<CacheEntry> load(const CacheKey& key, std::string* why = nullptr) const;

  // Stores an entry, replacing any entry of that key; false (and *why) when
  // the directory or file cannot be written. Nothing is left behind then.
  bool store(const CacheKey& key, std::string_view metadata, std::string_view object, std::string* why = nullptr) const;

 private:
  std::string directory_;
};

}  // namespace parc::codegen
