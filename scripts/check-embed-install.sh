#!/usr/bin/env bash
# Installs a built parc into BUILD/install-check with `cmake --install`,
# builds the C++ host programs of examples/embed/ against it with
# find_package(parc), runs them and compares their output with the
# committed .expected files. ctest runs it (test `embed.install`).
set -euo pipefail
build=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
prefix="$build/install-check"
examples="$build/embed-check"
rm -rf "$prefix" "$examples"
cmake --install "$build" --prefix "$prefix" > /dev/null
cmake -S "$root/examples/embed" -B "$examples" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" > /dev/null
cmake --build "$examples" -j 2 > /dev/null
status=0
for program in vector_kernel image_filter; do
  if ! diff -u "$root/examples/embed/$program.expected" <("$examples/$program" 2>&1); then
    echo "check-embed-install: $program's output differs from examples/embed/$program.expected" >&2
    status=1
  fi
done
exit $status
