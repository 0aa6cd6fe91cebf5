#!/usr/bin/env bash
# Prepares the real Linux 6.12 tree and the kernel's own Kconfig tools that conformance tests compare with:
#   <repo>/.kernel/linux-source-6.12   Debian's linux-source-6.12, extracted once, never written to
#   <repo>/.kernel/obj                 make's object directory (O=) for scripts/kconfig
#   <repo>/.kernel/bin/conf            the kernel's conf
#   <repo>/.kernel/bin/kconfig-symbols our symbol lister, linked against conf's objects (kconfig-symbols.c)
# Idempotent and quick when everything is already there; safe to run concurrently (flock).
# .kernel may be a symlink to a shared, already prepared directory; it is then only topped up.
# Environment: KCONFIG_KERNEL_TARBALL overrides /usr/src/linux-source-6.12.tar.xz.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
kernel_dir="$repo/.kernel"
src="$kernel_dir/linux-source-6.12"
obj="$kernel_dir/obj"
bin="$kernel_dir/bin"
tarball=${KCONFIG_KERNEL_TARBALL:-/usr/src/linux-source-6.12.tar.xz}

log() { printf 'prepare: %s\n' "$*" >&2; }
die() { printf 'prepare: error: %s\n' "$*" >&2; exit 1; }

for tool in make gcc flex bison tar xz flock; do
	command -v "$tool" >/dev/null || die "$tool not found (CI installs: linux-source-6.12 flex bison bc gcc ...)"
done

mkdir -p "$kernel_dir"
exec 9>"$kernel_dir/.prepare.lock"
flock 9

# 1. The source tree. Extract next to the final place and rename, so an interrupted run never leaves a
# half tree that a later run would take as prepared.
if [[ ! -f "$src/Makefile" ]]; then
	[[ -f "$tarball" ]] || die "$tarball not found: apt-get install linux-source-6.12"
	[[ ! -e "$src" ]] || die "$src exists but has no Makefile: remove it and rerun"
	log "extracting $tarball"
	staging=$(mktemp -d "$kernel_dir/.extract.XXXXXX")
	trap 'rm -rf "$staging"' EXIT
	tar -xJf "$tarball" -C "$staging"
	[[ -f "$staging/linux-source-6.12/Makefile" ]] || die "$tarball has no linux-source-6.12/Makefile"
	mv "$staging/linux-source-6.12" "$src"
	rm -rf "$staging"
	trap - EXIT
fi

# 2. conf, built out of tree: with O= make writes only into $obj (verified: no file under $src changes).
# build_config is scripts/kconfig's own "build conf, run nothing" target. make is a no-op when up to date.
mkdir -p "$obj" "$bin"
make -s -C "$src" O="$obj" ARCH=x86_64 build_config >/dev/null

# Copy rather than link, so $bin keeps working if $obj is cleaned; replace only when different, with an
# atomic rename so a conf running right now is never cut short.
install_binary() {
	local from=$1 to=$2
	if [[ -L "$to" || ! -f "$to" ]] || ! cmp -s "$from" "$to"; then
		local tmp
		tmp=$(mktemp "$to.XXXXXX")
		cp "$from" "$tmp"
		chmod 755 "$tmp"
		mv -f "$tmp" "$to"
		log "installed $to"
	fi
}
install_binary "$obj/scripts/kconfig/conf" "$bin/conf"

# 3. kconfig-symbols: our own main() against conf's objects (all but conf.o, which holds conf's main()).
kobj="$obj/scripts/kconfig"
objects=("$kobj"/{confdata,expr,lexer.lex,menu,parser.tab,preprocess,symbol,util}.o)
tool_src="$script_dir/kconfig-symbols.c"
tool_out="$obj/kconfig-symbols"
rebuild=0
[[ -x "$tool_out" ]] || rebuild=1
for input in "$tool_src" "${objects[@]}"; do
	[[ "$input" -nt "$tool_out" ]] && rebuild=1
done
if (( rebuild )); then
	log "building kconfig-symbols"
	gcc -std=gnu11 -O2 -Wall -Werror \
		-I "$src/scripts/include" -I "$src/scripts/kconfig" -I "$kobj" \
		-o "$tool_out.tmp" "$tool_src" "${objects[@]}"
	mv -f "$tool_out.tmp" "$tool_out"
fi
install_binary "$tool_out" "$bin/kconfig-symbols"
