#!/usr/bin/env bash
# README command 2 (and .ci/run): set up a fresh Debian 12 machine, build,
# and run every test (lit and GoogleTest) under ctest. Fails when a test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
bash utils/setup-debian.sh
bash utils/build.sh
cd "${BUILD_DIR:-build}"
ctest --output-on-failure
