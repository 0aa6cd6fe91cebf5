#!/usr/bin/env bash
# Regenerates the expected outputs of the resolution cases from the REAL kernel tools: the kernel's
# conf (built by eng/kernel/prepare.sh) and its scripts/kconfig/merge_config.sh, run on the sample
# tree exactly as `make defconfig`, `merge_config.sh -m base fragment`, `make olddefconfig`,
# `make syncconfig` and `make savedefconfig` would run them.
#
# Each case directory holds `arch` (the ARCH value), `requests.config` (the profile's requests written
# as merge_config.sh's fragment, in profile order) and optionally `base` (alldefconfig or allnoconfig
# instead of the default defconfig); this script writes `expected/`.
#
# A case whose profile has a `devicetree:` section also gets `expected/devicetree.dts`: the stub our
# `kconfig resolve` writes for it (there is no kernel tool that writes one). It is held to the real dtc
# here (it must compile with an empty stderr) and again by the tests, which compare dtc's reading of
# the built .dtb with dtc's reading of this file. Review its diff by hand.
#
# Usage: eng/sample/regenerate-expected.sh [case-dir...]   (default: every case)
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
tree="$repo/Sdk/sample-tree"
kernel="${KCONFIG_KERNEL_SRC:-$repo/.kernel/linux-source-6.12}"
conf="${KCONFIG_CONF:-$repo/.kernel/bin/conf}"
cases_root="$repo/tests/Kconfig.Build.Engine.Tests/Resolution/Cases"

[[ -x "$conf" ]] || { echo "kernel conf not found at $conf: run eng/kernel/prepare.sh" >&2; exit 1; }
[[ -f "$kernel/scripts/kconfig/merge_config.sh" ]] || { echo "kernel tree not found at $kernel" >&2; exit 1; }
dtc="${KCONFIG_DTC:-dtc}"
cli_built=false

kernelversion=$(make -s -C "$tree" kernelversion)

if [[ $# -eq 0 ]]; then
  set -- "$cases_root"/*/
fi

for case_dir in "$@"; do
  case_dir=$(cd "$case_dir" && pwd)
  arch=$(tr -d '\n' < "$case_dir/arch")
  case "$arch" in
    x86_64|i386|x86) srcarch=x86 ;;
    *) srcarch=$arch ;;
  esac

  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (
    cd "$work"
    export srctree="$tree" ARCH="$arch" SRCARCH="$srcarch" KERNELVERSION="$kernelversion"
    unset KCONFIG_CONFIG KCONFIG_ALLCONFIG KCONFIG_AUTOCONFIG KCONFIG_AUTOHEADER KCONFIG_DEFCONFIG_LIST
    base=defconfig
    [[ -f "$case_dir/base" ]] && base=$(tr -d '\n' < "$case_dir/base")
    if [[ $base == alldefconfig || $base == allnoconfig ]]; then
      "$conf" -s --"$base" "$tree/Kconfig"
    else
      "$conf" -s --defconfig="$tree/arch/$srcarch/configs/defconfig" "$tree/Kconfig"
    fi
    cp .config base.config
    # -m: merge only; the merged file becomes ./.config.
    bash "$kernel/scripts/kconfig/merge_config.sh" -m -O "$work" base.config "$case_dir/requests.config" > merge.log
    cp .config merged.config
    "$conf" -s --olddefconfig "$tree/Kconfig"
    "$conf" -s --syncconfig "$tree/Kconfig"
    "$conf" -s --savedefconfig=defconfig "$tree/Kconfig"
  )
  rm -rf "$case_dir/expected"
  mkdir -p "$case_dir/expected"
  cp "$work/base.config" "$case_dir/expected/base.config"
  cp "$work/merged.config" "$case_dir/expected/merged.config"
  cp "$work/.config" "$case_dir/expected/.config"
  cp "$work/include/config/auto.conf" "$case_dir/expected/auto.conf"
  cp "$work/include/generated/autoconf.h" "$case_dir/expected/autoconf.h"
  cp "$work/defconfig" "$case_dir/expected/defconfig"
  rm -rf "$work"
  trap - EXIT

  if grep -q '^devicetree:' "$case_dir/profile.yaml"; then
    if [[ $cli_built == false ]]; then
      dotnet build "$repo/Tasks/Kconfig.Build.Cli/Kconfig.Build.Cli.csproj" -c Release -nologo -v:q >&2
      cli_built=true
    fi
    stub=$(mktemp -d)
    dotnet "$(ls "$repo"/Tasks/Kconfig.Build.Cli/bin/Release/net*/kconfig.dll | head -n 1)" \
      resolve "$case_dir/profile.yaml" --srctree "$tree" --out "$stub" > /dev/null
    "$dtc" -I dts -O dtb -o /dev/null "$stub/devicetree.dts" 2> "$stub/dtc.err" || { cat "$stub/dtc.err" >&2; exit 1; }
    [[ ! -s "$stub/dtc.err" ]] || { echo "dtc warns about $case_dir's stub:" >&2; cat "$stub/dtc.err" >&2; exit 1; }
    cp "$stub/devicetree.dts" "$case_dir/expected/devicetree.dts"
    rm -rf "$stub"
  fi
  echo "regenerated $(basename "$case_dir") (ARCH=$arch, KERNELVERSION=$kernelversion)"
done
