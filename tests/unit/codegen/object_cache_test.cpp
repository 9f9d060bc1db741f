// The on-disk object cache: what changes a key, the entry format's checks
// (every byte of an entry is covered: flipping any one is rejected),
// concurrent writers, and a JIT round trip through the cache.
#include "codegen/jit.h"
#include "codegen/object_cache.h"

#include <gtest/gtest.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/MemoryBuffer.h>

#include <atomic>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>
#include <unistd.h>

namespace parc::codegen {
namespace {

namespace fs = std::filesystem;

HostIdentity sample_host() {
  HostIdentity host;
  host.triple = "x86_64-pc-linux-gnu";
  host.cpu = "skylake-avx512";
  host.features = "+avx,+avx2,+avx512f";
  host.llvm_version = "19.1.7";
  host.parc_version = "0.1.0";
  host.parc_build = "d396eca62430695ac1f160b4b2ca80b0a93ad339";
  return host;
}

// A fresh directory under the test's temporary directory, removed afterwards.
class CacheDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const ::testing::TestInfo* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = fs::temp_directory_path() /
           ("parc-object-cache-" + std::to_string(::getpid()) + "-" + info->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  void write(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
  }
  std::size_t files_in_dir() {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_)) ++n;
    return n;
  }

  fs::path dir_;
};

TEST(CacheKey, SameInputsSameKey) {
  EXPECT_EQ(make_cache_key("print(1)\n", "run", sample_host()), make_cache_key("print(1)\n", "run", sample_host()));
  EXPECT_EQ(make_cache_key("x", "y", sample_host()).hex().size(), 64u);
}

TEST(CacheKey, EveryInputChangesTheKey) {
  const CacheKey base = make_cache_key("print(1)\n", "opt_level 3", sample_host());
  std::set<std::string> seen{base.hex()};
  auto differs = [&](const CacheKey& key, const char* what) {
    EXPECT_NE(key, base) << what;
    EXPECT_TRUE(seen.insert(key.hex()).second) << what << " collides with another change";
  };
  differs(make_cache_key("print(2)\n", "opt_level 3", sample_host()), "source");
  differs(make_cache_key("print(1)\n ", "opt_level 3", sample_host()), "source (whitespace)");
  differs(make_cache_key("print(1)\n", "opt_level 2", sample_host()), "what is compiled");
  HostIdentity host = sample_host();
  host.triple = "aarch64-unknown-linux-gnu";
  differs(make_cache_key("print(1)\n", "opt_level 3", host), "triple");
  host = sample_host();
  host.cpu = "znver4";
  differs(make_cache_key("print(1)\n", "opt_level 3", host), "CPU name");
  host = sample_host();
  host.features = "+avx,+avx2,-avx512f";
  differs(make_cache_key("print(1)\n", "opt_level 3", host), "CPU features");
  host = sample_host();
  host.llvm_version = "19.1.8";
  differs(make_cache_key("print(1)\n", "opt_level 3", host), "LLVM version");
  host = sample_host();
  host.parc_version = "0.2.0";
  differs(make_cache_key("print(1)\n", "opt_level 3", host), "parc version");
  host = sample_host();
  host.parc_build = "0000000000000000000000000000000000000000";
  differs(make_cache_key("print(1)\n", "opt_level 3", host), "parc build");
}

TEST(CacheKey, FieldsDoNotRunTogether) {
  EXPECT_NE(make_cache_key("ab", "c", sample_host()), make_cache_key("a", "bc", sample_host()));
  EXPECT_NE(make_cache_key("", "abc", sample_host()), make_cache_key("abc", "", sample_host()));
}

TEST(HostIdentity, DescribesThisProcess) {
  HostIdentity host = HostIdentity::current();
  EXPECT_FALSE(host.triple.empty());
  EXPECT_FALSE(host.cpu.empty());
  EXPECT_NE(host.llvm_version.find("19."), std::string::npos) << host.llvm_version;
  EXPECT_FALSE(host.parc_version.empty());
  // Debian's toolchain links with --build-id: 20 bytes (SHA-1), 40 hex digits.
  EXPECT_EQ(host.parc_build.size(), 40u) << host.parc_build;
  EXPECT_EQ(host.parc_build.find_first_not_of("0123456789abcdef"), std::string::npos);
  // Stable within a process, so keys are.
  EXPECT_EQ(make_cache_key("s", "w", host), make_cache_key("s", "w", HostIdentity::current()));
}

// Sets an environment variable for one scope, then restores it.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    if (value) ::setenv(name, value, 1);
    else ::unsetenv(name);
  }
  ~ScopedEnv() {
    if (old_) ::setenv(name_, old_->c_str(), 1);
    else ::unsetenv(name_);
  }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

TEST(ObjectCacheDirectory, EnvironmentOrder) {
  {
    ScopedEnv a("PARC_CACHE_DIR", "/tmp/pc"), b("XDG_CACHE_HOME", "/tmp/xdg"), c("HOME", "/home/u");
    EXPECT_EQ(ObjectCache::default_directory(), "/tmp/pc");
  }
  {
    ScopedEnv a("PARC_CACHE_DIR", ""), b("XDG_CACHE_HOME", "/tmp/xdg"), c("HOME", "/home/u");
    EXPECT_EQ(ObjectCache::default_directory(), "/tmp/xdg/parc");
  }
  {
    ScopedEnv a("PARC_CACHE_DIR", nullptr), b("XDG_CACHE_HOME", "relative"), c("HOME", "/home/u");
    EXPECT_EQ(ObjectCache::default_directory(), "/home/u/.cache/parc");
  }
  {
    ScopedEnv a("PARC_CACHE_DIR", nullptr), b("XDG_CACHE_HOME", nullptr), c("HOME", nullptr);
    EXPECT_EQ(ObjectCache::default_directory(), std::nullopt);
  }
}

const std::string kMetadata = "warnings\n";
std::string sample_object() {
  std::string object = "\x7f" "ELF";
  for (int i = 0; i < 200; ++i) object += static_cast<char>(i * 7 + 3);
  return object;
}

TEST_F(CacheDirTest, StoreThenLoad) {
  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  std::string why = "stale";
  EXPECT_FALSE(cache.load(key, &why));
  EXPECT_EQ(why, "") << "a missing entry is no problem";
  ASSERT_TRUE(cache.store(key, kMetadata, sample_object(), &why)) << why;
  EXPECT_EQ(files_in_dir(), 1u) << "no temporary file is left";
  EXPECT_TRUE(fs::exists(cache.entry_path(key)));
  EXPECT_EQ(fs::file_size(cache.entry_path(key)), ObjectCache::kHeaderSize + kMetadata.size() + sample_object().size());
  std::optional<CacheEntry> entry = cache.load(key, &why);
  ASSERT_TRUE(entry) << why;
  EXPECT_EQ(entry->metadata, kMetadata);
  EXPECT_EQ(entry->object->getBuffer().str(), sample_object());
  EXPECT_EQ(reinterpret_cast<std::uintptr_t>(entry->object->getBufferStart()) % 16, 0u) << "objects need alignment";
  // Another key has no entry.
  EXPECT_FALSE(cache.load(make_cache_key("src2", "what", sample_host()), &why));
}

TEST_F(CacheDirTest, EmptyPartsAndOverwrite) {
  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  ASSERT_TRUE(cache.store(key, "", "", nullptr));
  std::optional<CacheEntry> entry = cache.load(key);
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->metadata, "");
  EXPECT_EQ(entry->object->getBufferSize(), 0u);
  ASSERT_TRUE(cache.store(key, "second", "object two", nullptr));
  entry = cache.load(key);
  ASSERT_TRUE(entry);
  EXPECT_EQ(entry->metadata, "second");
  EXPECT_EQ(entry->object->getBuffer(), "object two");
  EXPECT_EQ(files_in_dir(), 1u);
}

TEST_F(CacheDirTest, CreatesNestedDirectories) {
  ObjectCache cache((dir_ / "a" / "b" / "c").string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  ASSERT_TRUE(cache.store(key, kMetadata, sample_object(), nullptr));
  EXPECT_TRUE(cache.load(key));
}

TEST_F(CacheDirTest, TruncatedEntriesAreRejected) {
  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  ASSERT_TRUE(cache.store(key, kMetadata, sample_object(), nullptr));
  const std::string whole = read(cache.entry_path(key));
  for (std::size_t size : {std::size_t(0), std::size_t(1), std::size_t(50), ObjectCache::kHeaderSize - 1,
                           ObjectCache::kHeaderSize, ObjectCache::kHeaderSize + 3, whole.size() / 2, whole.size() - 1}) {
    write(cache.entry_path(key), whole.substr(0, size));
    std::string why;
    EXPECT_FALSE(cache.load(key, &why)) << "size " << size;
    EXPECT_EQ(why, "truncated") << "size " << size;
  }
  write(cache.entry_path(key), whole + "x");
  std::string why;
  EXPECT_FALSE(cache.load(key, &why));
  EXPECT_EQ(why, "longer than its header says");
}

TEST_F(CacheDirTest, EveryFlippedByteIsRejected) {
  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  ASSERT_TRUE(cache.store(key, kMetadata, sample_object(), nullptr));
  const std::string whole = read(cache.entry_path(key));
  std::set<std::string> reasons;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    for (unsigned char bit : {0x01, 0x80}) {
      std::string bad = whole;
      bad[i] = static_cast<char>(bad[i] ^ bit);
      write(cache.entry_path(key), bad);
      std::string why;
      EXPECT_FALSE(cache.load(key, &why)) << "byte " << i << " bit " << int(bit);
      EXPECT_FALSE(why.empty()) << "byte " << i;
      reasons.insert(why);
    }
  }
  // Each part of the header is checked for what it is.
  EXPECT_TRUE(reasons.count("not a parc cache entry"));
  EXPECT_TRUE(reasons.count("format version 0"));
  EXPECT_TRUE(reasons.count("stored for another key"));
  EXPECT_TRUE(reasons.count("truncated"));
  EXPECT_TRUE(reasons.count("checksum mismatch"));
  write(cache.entry_path(key), whole);
  EXPECT_TRUE(cache.load(key)) << "the original still loads";
}

TEST_F(CacheDirTest, ForeignEntriesAreRejected) {
  ObjectCache cache(dir_.string());
  CacheKey mine = make_cache_key("src", "what", sample_host());
  HostIdentity other_cpu = sample_host();
  other_cpu.cpu = "znver4";
  CacheKey theirs = make_cache_key("src", "what", other_cpu);
  ASSERT_TRUE(cache.store(theirs, kMetadata, sample_object(), nullptr));
  // Another machine's entry copied (or renamed) to this key's file name.
  fs::copy_file(cache.entry_path(theirs), cache.entry_path(mine));
  std::string why;
  EXPECT_FALSE(cache.load(mine, &why));
  EXPECT_EQ(why, "stored for another key");
  // A storing process overwrites it.
  ASSERT_TRUE(cache.store(mine, "mine", sample_object(), nullptr));
  std::optional<CacheEntry> entry = cache.load(mine, &why);
  ASSERT_TRUE(entry) << why;
  EXPECT_EQ(entry->metadata, "mine");
}

TEST_F(CacheDirTest, OtherFilesAreRejected) {
  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  fs::create_directories(dir_);
  std::string why;
  // A bare object file, as another tool would write it.
  write(cache.entry_path(key), sample_object() + std::string(200, '\0'));
  EXPECT_FALSE(cache.load(key, &why));
  EXPECT_EQ(why, "not a parc cache entry");
  // A future format (same magic, version 2).
  ASSERT_TRUE(cache.store(key, kMetadata, sample_object(), nullptr));
  std::string entry = read(cache.entry_path(key));
  entry[8] = 2;
  write(cache.entry_path(key), entry);
  EXPECT_FALSE(cache.load(key, &why));
  EXPECT_EQ(why, "format version 2");
  // A directory where the entry should be.
  fs::remove(cache.entry_path(key));
  fs::create_directory(cache.entry_path(key));
  EXPECT_FALSE(cache.load(key, &why));
  EXPECT_NE(why.find("not a regular file"), std::string::npos) << why;
}

TEST_F(CacheDirTest, UnwritableDirectory) {
  fs::create_directories(dir_);
  write((dir_ / "file").string(), "not a directory");
  ObjectCache cache((dir_ / "file" / "cache").string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  std::string why;
  EXPECT_FALSE(cache.store(key, kMetadata, sample_object(), &why));
  EXPECT_NE(why.find("cannot create"), std::string::npos) << why;
  EXPECT_FALSE(cache.load(key, &why));
  EXPECT_EQ(why, "") << "no directory, no entry";
  EXPECT_EQ(files_in_dir(), 1u);
}

// Writers of one entry race with each other and with readers: every read
// sees nothing or one whole entry, never a mix, and no temporary file stays.
TEST_F(CacheDirTest, ConcurrentWritersAndReaders) {
  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("src", "what", sample_host());
  constexpr int kWriters = 4, kRounds = 50;
  auto object_of = [](int writer) { return std::string(4096 + writer * 100, static_cast<char>('a' + writer)); };
  std::atomic<bool> done{false};
  std::atomic<int> bad{0}, hits{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w)
    threads.emplace_back([&, w] {
      for (int r = 0; r < kRounds; ++r)
        if (!cache.store(key, "writer " + std::to_string(w), object_of(w), nullptr)) ++bad;
    });
  std::thread reader([&] {
    while (!done) {
      if (std::optional<CacheEntry> entry = cache.load(key)) {
        ++hits;
        int w = entry->metadata.back() - '0';
        if (entry->metadata != "writer " + std::to_string(w) || entry->object->getBuffer() != object_of(w)) ++bad;
      }
    }
  });
  for (std::thread& t : threads) t.join();
  done = true;
  reader.join();
  EXPECT_EQ(bad, 0);
  EXPECT_TRUE(cache.load(key));
  EXPECT_EQ(files_in_dir(), 1u);
}

// A module compiled to an object, stored, read back and linked into a
// fresh JIT: the runtime's symbols (parc_round_digits) and the process's
// (cbrt from libm) resolve as for a module added directly.
TEST_F(CacheDirTest, JitRoundTrip) {
  llvm::LLVMContext context;
  auto module = std::make_unique<llvm::Module>("m", context);
  llvm::IRBuilder<> b(context);
  llvm::Type* f64 = b.getDoubleTy();
  auto* round_digits = llvm::Function::Create(llvm::FunctionType::get(f64, {f64, b.getInt64Ty()}, false),
                                              llvm::Function::ExternalLinkage, "parc_round_digits", *module);
  auto* cbrt = llvm::Function::Create(llvm::FunctionType::get(f64, {f64}, false), llvm::Function::ExternalLinkage,
                                      "cbrt", *module);
  auto* f = llvm::Function::Create(llvm::FunctionType::get(f64, {f64}, false), llvm::Function::ExternalLinkage,
                                   "round_plus_cbrt", *module);
  b.SetInsertPoint(llvm::BasicBlock::Create(context, "entry", f));
  llvm::Value* x = f->getArg(0);
  b.CreateRet(b.CreateFAdd(b.CreateCall(round_digits, {x, b.getInt64(2)}), b.CreateCall(cbrt, {x})));

  ObjectCache cache(dir_.string());
  CacheKey key = make_cache_key("round_plus_cbrt", "test", HostIdentity::current());
  {
    Jit jit;
    std::unique_ptr<llvm::MemoryBuffer> object = jit.compile(*module);
    ASSERT_TRUE(cache.store(key, "", object->getBuffer(), nullptr));
    jit.add_object(std::move(object));
    auto fn = reinterpret_cast<double (*)(double)>(jit.lookup("round_plus_cbrt"));
    EXPECT_EQ(fn(27.123), 27.12 + std::cbrt(27.123));
  }
  std::optional<CacheEntry> entry = cache.load(key);
  ASSERT_TRUE(entry);
  Jit jit;
  jit.add_object(std::move(entry->object));
  auto fn = reinterpret_cast<double (*)(double)>(jit.lookup("round_plus_cbrt"));
  EXPECT_EQ(fn(8.0), 8.0 + 2.0);
  EXPECT_EQ(fn(27.123), 27.12 + std::cbrt(27.123));
  EXPECT_THROW(jit.lookup("absent"), std::runtime_error);
}

TEST(Jit, RejectsBytesThatAreNoObject) {
  Jit jit;
  EXPECT_THROW(jit.add_object(llvm::MemoryBuffer::getMemBufferCopy("not an object file")), std::runtime_error);
}

}  // namespace
}  // namespace parc::codegen
