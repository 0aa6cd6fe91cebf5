#!/usr/bin/env bash
# Regenerates the committed captures of the environment make hands to conf (Kconfig-relevant subset,
# machine-specific paths as placeholders). CC_VERSION_TEXT and RUSTC_VERSION_TEXT are what this
# machine's toolchains print; they change with the toolchain, which is why tests capture live.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
capture="$here/../capture-env.sh"
"$capture" --kconfig-only --placeholders arm64 aarch64-linux-gnu- >"$here/arm64.env.tmp"
mv -f "$here/arm64.env.tmp" "$here/arm64.env"
"$capture" --kconfig-only --placeholders x86_64 >"$here/x86_64.env.tmp"
mv -f "$here/x86_64.env.tmp" "$here/x86_64.env"
