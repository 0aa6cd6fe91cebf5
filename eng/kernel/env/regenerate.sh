#!/usr/bin/env bash
# Regenerates the committed captures of the environment make hands to conf (Kconfig-relevant subset,
# machine-specific paths as placeholders), one file per ARCH value:
#   arm64.env with CROSS_COMPILE=aarch64-linux-gnu- (the product's target), every other ARCH with the host
#   toolchain, as `make ARCH=<arch> olddefconfig` runs it without CROSS_COMPILE.
# CC_VERSION_TEXT and RUSTC_VERSION_TEXT are what this machine's toolchains print; they change with the
# toolchain, which is why the tests of those two variables capture live.
# Usage: regenerate.sh [ARCH...]   (default: every directory under arch/ plus the aliases the top
# Makefile maps: i386 x86_64 sparc64 parisc64 sh64)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
capture="$here/../capture-env.sh"
src=${KCONFIG_KERNEL_SRC:-$here/../../../.kernel/linux-source-6.12}
if [[ $# -gt 0 ]]; then
	arches=("$@")
else
	arches=()
	for d in "$src"/arch/*/; do
		[[ -f "$d/Kconfig" ]] && arches+=("$(basename "$d")")
	done
	arches+=(i386 x86_64 sparc64 parisc64 sh64)
fi
for arch in "${arches[@]}"; do
	cross=""
	[[ $arch == arm64 ]] && cross=aarch64-linux-gnu-
	if "$capture" --kconfig-only --placeholders "$arch" "$cross" >"$here/$arch.env.tmp"; then
		mv -f "$here/$arch.env.tmp" "$here/$arch.env"
		echo "captured $arch" >&2
	else
		rm -f "$here/$arch.env.tmp"
		echo "FAILED $arch" >&2
	fi
done
