#!/usr/bin/env bash
# Runs a command in exactly the environment of a capture (eng/kernel/env/<arch>.env or the output of
# capture-env.sh --kconfig-only): nothing else is inherited (env -i). Placeholders are filled in:
# @SRCTREE@ -> the kernel tree ($KCONFIG_KERNEL_SRC or <repo>/.kernel/linux-source-6.12),
# @OBJTREE@ -> the current directory, @PATH@ -> the caller's PATH, @HOST_KERNEL_RELEASE@ -> uname -r.
# Usage: with-env.sh ENVFILE COMMAND [ARG...]
#   e.g. cd .kernel/obj && ../../eng/kernel/with-env.sh ../../eng/kernel/env/arm64.env ../bin/kconfig-symbols
set -euo pipefail
[[ $# -ge 2 ]] || { echo "usage: with-env.sh ENVFILE COMMAND [ARG...]" >&2; exit 2; }
script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${KCONFIG_KERNEL_SRC:-$script_dir/../../.kernel/linux-source-6.12}
src=$(cd "$src" && pwd -P)
env_file=$1; shift
release=$(uname -r)
vars=()
while IFS= read -r line || [[ -n $line ]]; do
	[[ -z $line || $line == \#* ]] && continue
	line=${line//@SRCTREE@/$src}
	line=${line//@OBJTREE@/$PWD}
	line=${line//@PATH@/$PATH}
	line=${line//@HOST_KERNEL_RELEASE@/$release}
	vars+=("$line")
done <"$env_file"
exec env -i "${vars[@]}" "$@"
