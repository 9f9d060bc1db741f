#!/usr/bin/env bash
# Installs the Debian packages parc needs to build, test and benchmark.
# Idempotent: packages already present are left alone, and apt-get runs only
# when something is missing. Runs as root or through sudo.
set -euo pipefail

packages=(
  cmake ninja-build make
  clang-19 llvm-19-dev llvm-19-tools libomp-19-dev libclang-rt-19-dev
  antlr4 libantlr4-runtime-dev
  libgtest-dev libbenchmark-dev
  libopenblas-dev
  libcli11-dev libedit-dev libicu-dev libzstd-dev zlib1g-dev
  python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
