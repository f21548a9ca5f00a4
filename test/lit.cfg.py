# lit configuration for ParCG's regression tests.
import os
import platform
import subprocess

import lit.formats
import lit.util

config.name = "ParCG"
# External shell (bash): tests use $?, test and pipes with pipefail.
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".ll", ".test", ".c"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.parcg_obj_root, "test")

# Our tools first, then LLVM 22's (FileCheck, not, count, llc, llvm-nm...).
# The machine also has older LLVM tools under their plain names; never let
# them be found.
config.environment["PATH"] = os.pathsep.join(
    [config.parcg_tools_dir, config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))]
)
config.substitutions.append(("%fuzz_objects", os.path.join(config.parcg_tools_dir, "parcg-fuzz-objects")))
config.substitutions.append(("%parcg", os.path.join(config.parcg_tools_dir, "parcg")))
config.substitutions.append(("%llvm_bin", config.llvm_tools_dir))
config.substitutions.append(("%inputs", os.path.join(config.test_source_root, "Inputs")))
config.substitutions.append(("%examples", os.path.join(config.parcg_src_root, "examples")))
config.substitutions.append(("%distributors", os.path.join(config.parcg_src_root, "utils", "distributors")))
config.substitutions.append(("%slurm", os.path.join(config.parcg_src_root, "utils", "slurm")))
config.substitutions.append(("%python", "python3"))

import shutil
if platform.machine() in ("x86_64", "AMD64") and platform.system() == "Linux":
    config.available_features.add("native-x86_64-linux")

if shutil.which("gdb"):
    config.available_features.add("gdb")

# The linker plugin and the linkers it is tested with (test/plugin): a
# feature per linker found, and %linkers listing them for -fuse-ld=.
plugin = os.path.join(config.parcg_obj_root, "lib", "parcg-plugin.so")
config.substitutions.append(("%plugin", plugin))
linkers = [name for name, exe in (("bfd", "ld.bfd"), ("gold", "ld.gold"), ("mold", "mold"))
           if shutil.which(exe)]
for name in linkers:
    config.available_features.add("linker-" + name)
config.substitutions.append(("%linkers", " ".join(linkers)))
# A sanitized plugin cannot be loaded into a linker that is not (the
# sanitizer's runtime has to come first, "cannot allocate memory in static
# TLS block"): the plugin tests need an unsanitized build.
if os.path.exists(plugin) and linkers and not getattr(config, "parcg_sanitize", ""):
    config.available_features.add("plugin")

# The distributed-link tests through Slurm start a one-node cluster of their
# own (utils/slurm/with-cluster.sh); they need slurm-wlm and munge.
slurm_check = subprocess.run([os.path.join(config.parcg_src_root, "utils", "slurm", "cluster.sh"),
                              "available"], capture_output=True, text=True)
if slurm_check.returncode == 0:
    config.available_features.add("slurm")
else:
    lit_config.note("Slurm tests unsupported: " + slurm_check.stderr.strip())

# ELF targets the single-object tests run for (test/targets): x86-64 and,
# where Debian's cross libraries are installed (libc6-dev-<arch>-cross,
# libstdc++-12-dev-<arch>-cross), AArch64 and RISC-V 64; under qemu-user
# their programs run too.
triples = ["x86_64-linux-gnu"]
for triple, qemu in (("aarch64-linux-gnu", "qemu-aarch64"), ("riscv64-linux-gnu", "qemu-riscv64")):
    if (os.path.isdir(os.path.join("/usr", triple, "include", "c++")) and shutil.which(qemu)
            and os.path.exists(os.path.join("/usr", triple, "lib", "libc.so.6"))):
        triples.append(triple)
        config.available_features.add("qemu-" + triple.split("-")[0])
if len(triples) < 3:
    lit_config.note("test/targets runs for " + " ".join(triples) +
                    " only (apt-get install libc6-dev-arm64-cross libc6-dev-riscv64-cross "
                    "libstdc++-12-dev-arm64-cross libstdc++-12-dev-riscv64-cross qemu-user)")
config.substitutions.append(("%triples", " ".join(triples)))

if shutil.which("meson") and shutil.which("ninja"):
    config.available_features.add("meson")
