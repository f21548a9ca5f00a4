#!/usr/bin/env bash
# Builds ParCG with ThreadSanitizer and with AddressSanitizer+UBSan (build-tsan/,
# build-asan/) and runs the whole test suite under each; any report fails the
# run. LLVM itself (the shared libLLVM from apt) is not instrumented: races or
# memory errors inside LLVM are only seen where our code's calls reach them,
# and utils/tsan.supp lists the races TSan reports inside LLVM with why each
# is not one. The linker-plugin tests need an unsanitized build (a sanitized
# plugin cannot be loaded into an unsanitized linker) and are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
bash utils/setup-debian.sh
BUILD_DIR=build-tsan bash utils/build.sh -DPARCG_SANITIZE=thread -DCMAKE_BUILD_TYPE=RelWithDebInfo
(cd build-tsan && TSAN_OPTIONS="halt_on_error=1 suppressions=$PWD/../utils/tsan.supp" ctest --output-on-failure)
BUILD_DIR=build-asan bash utils/build.sh -DPARCG_SANITIZE=address,undefined -DCMAKE_BUILD_TYPE=RelWithDebInfo
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 ctest --output-on-failure)
