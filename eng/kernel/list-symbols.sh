#!/usr/bin/env bash
# Lists the symbols the kernel's parser sees for one ARCH (kconfig-symbols; format in kconfig-symbols.c and
# docs/conformance.md), in the captured environment of that ARCH (eng/kernel/env/<arch>.env).
# Usage: list-symbols.sh ARCH [ENVFILE]      e.g. list-symbols.sh arm64 > arm64.symbols
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
[[ $# -ge 1 ]] || { echo "usage: list-symbols.sh ARCH [ENVFILE]" >&2; exit 2; }
env_file=${2:-$here/env/$1.env}
[[ -f $env_file ]] || { echo "list-symbols: no $env_file (eng/kernel/env/regenerate.sh $1)" >&2; exit 2; }
env_file=$(cd "$(dirname "$env_file")" && pwd)/$(basename "$env_file")
tool="$repo/.kernel/bin/kconfig-symbols"
[[ -x $tool ]] || { echo "list-symbols: $tool missing: run eng/kernel/prepare.sh" >&2; exit 2; }
# A scratch object directory: cc-option probes make temporary directories in the working directory.
obj=$(mktemp -d)
trap 'rm -rf "$obj"' EXIT
cd "$obj"
"$here/with-env.sh" "$env_file" "$tool" Kconfig
