#!/usr/bin/env bash
# Configures and builds ParCG into ${BUILD_DIR:-build} (CMake + Ninja against
# LLVM 22's shared library).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DLLVM_DIR=/usr/lib/llvm-22/lib/cmake/llvm "$@" >/dev/null
ninja -C "$BUILD_DIR"
