#!/usr/bin/env bash
# What a kernel engineer runs by hand to get what `kconfig resolve` promises, with the kernel's own tools:
#   make ARCH=... defconfig; merge_config.sh -m .config FRAGMENT; make olddefconfig; make syncconfig;
#   make savedefconfig
# run as conf directly in OUTDIR, in the environment make gives conf (eng/kernel/env/ARCH.env, filled
# in by eng/kernel/with-env.sh). Tests call it to get the truth for the real 6.12 tree.
# With KCONFIG_BASE=tinyconfig the base is `make tinyconfig` instead of `make defconfig`, step by step as
# scripts/kconfig/Makefile runs it: KCONFIG_ALLCONFIG=kernel/configs/tiny-base.config allnoconfig, then
# merge_config.sh -m .config with kernel/configs/tiny.config and arch/$SRCARCH/configs/tiny.config, olddefconfig.
# Usage: eng/kernel-resolve.sh ARCH FRAGMENT OUTDIR
set -euo pipefail
[[ $# -eq 3 ]] || { echo "usage: eng/kernel-resolve.sh ARCH FRAGMENT OUTDIR" >&2; exit 2; }
repo=$(cd "$(dirname "$0")/.." && pwd)
arch=$1
fragment=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
out=$3
env_file="$repo/eng/kernel/env/$arch.env"
conf="${KCONFIG_CONF:-$repo/.kernel/bin/conf}"
src="${KCONFIG_KERNEL_SRC:-$repo/.kernel/linux-source-6.12}"
[[ -f "$env_file" ]] || { echo "no captured environment for ARCH=$arch ($env_file)" >&2; exit 1; }
[[ -x "$conf" ]] || { echo "kernel conf not found at $conf: run eng/kernel/prepare.sh" >&2; exit 1; }

# make defconfig uses the last entry of KCONFIG_DEFCONFIG_LIST: arch/$SRCARCH/configs/$KBUILD_DEFCONFIG.
defconfig=$(grep '^KCONFIG_DEFCONFIG_LIST=' "$env_file" | awk '{print $NF}')
mkdir -p "$out"
cd "$out"
run() { "$repo/eng/kernel/with-env.sh" "$env_file" "$conf" -s "$@" Kconfig; }
if [[ ${KCONFIG_BASE:-defconfig} == tinyconfig ]]; then
  srcarch=$(grep '^SRCARCH=' "$env_file" | cut -d= -f2)
  # with-env.sh passes nothing through: KCONFIG_ALLCONFIG goes in after it.
  "$repo/eng/kernel/with-env.sh" "$env_file" env KCONFIG_ALLCONFIG="$src/kernel/configs/tiny-base.config" "$conf" -s --allnoconfig Kconfig
  tiny=()
  for f in "$src/kernel/configs/tiny.config" "$src/arch/$srcarch/configs/tiny.config"; do
    [[ -f $f ]] && tiny+=("$f")
  done
  bash "$src/scripts/kconfig/merge_config.sh" -m -O "$PWD" .config "${tiny[@]}" > tiny-merge.log
  run --olddefconfig
else
  run --defconfig="$defconfig"
fi
cp .config base.config
bash "$src/scripts/kconfig/merge_config.sh" -m -O "$PWD" base.config "$fragment" > merge.log
run --olddefconfig
run --syncconfig
run --savedefconfig=defconfig
