#!/usr/bin/env bash
# Installs what ParCG needs on a fresh Debian 12 machine (as root, or with
# sudo): LLVM 22 from apt (headers, shared libLLVM, tools, lit), clang-22 and
# lld-22 for the example and end-to-end tests, GoogleTest, CMake and Ninja;
# binutils-dev (plugin-api.h), ld.bfd, ld.gold and mold for the linker plugin;
# gdb for the debugger test of the one object; meson for the build-system
# test of ld.parcg; Slurm and munge for the
# distributed-link test (utils/slurm/cluster.sh, utils/distributors/slurm.py);
# qemu-user and the AArch64 and RISC-V cross libraries for the other targets
# (test/targets).
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
PKGS="llvm-22-dev llvm-22-tools clang-22 lld-22 libgtest-dev cmake ninja-build ccache
      binutils binutils-dev mold gdb make meson slurm-wlm munge
      qemu-user libc6-dev-arm64-cross libc6-dev-riscv64-cross libgcc-12-dev-arm64-cross
      libgcc-12-dev-riscv64-cross libstdc++-12-dev-arm64-cross libstdc++-12-dev-riscv64-cross
      python3 zlib1g-dev libzstd-dev libedit-dev libcurl4-openssl-dev libxml2-dev libffi-dev"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "[setup] apt-get install$missing" >&2
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q $missing
fi
