#!/usr/bin/env bash
# Captures exactly what the kernel's make hands to conf: runs
#   make O=<tmp> ARCH=<arch> [CROSS_COMPILE=<prefix>] [VAR=value...] olddefconfig
# under strace, takes conf's execve (argv, environment) and its working directory, reads which variables
# the Kconfig macros used (the env list conf writes to include/config/auto.conf.cmd), and checks the
# capture is complete: conf rerun under `env -i` with it writes the same .config/auto.conf/autoconf.h.
#
# Usage: capture-env.sh [--kconfig-only] [--placeholders] ARCH [CROSS_COMPILE] [VAR=value...]
#   (default)       prints "# argv:", "# cwd:", the full environment as sorted NAME=value lines, then a
#                   "# kconfig-relevant" section with the subset that matters to Kconfig
#   --kconfig-only  prints only the subset, with a header (this is what eng/kernel/env/<arch>.env holds)
#   --placeholders  replaces machine-specific values: @SRCTREE@ (absolute source tree), @OBJTREE@ (the
#                   object directory), @PATH@ (the whole PATH, which make passes through unchanged),
#                   @HOST_KERNEL_RELEASE@ (uname -r, in KCONFIG_DEFCONFIG_LIST when not cross-compiling)
# The Kconfig-relevant subset: every variable of auto.conf.cmd's env list, every variable conf itself
# reads (KCONFIG_*), and what the $(shell) probes read from the environment (PATH, CROSS_COMPILE, the
# tools the probe scripts use: NM, OBJCOPY, HOSTCC, HOSTCXX, PAHOLE, KRUSTFLAGS, RUST_LIB_SRC, LLVM,
# CC_VERSION_TEXT, RUSTC_VERSION_TEXT, LC_COLLATE, LC_NUMERIC) when make exports them.
# Values never contain a newline in practice; one that does makes the script fail rather than emit a
# line that cannot be parsed back.
# Environment: KCONFIG_KERNEL_SRC overrides <repo>/.kernel/linux-source-6.12.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
src=${KCONFIG_KERNEL_SRC:-$repo/.kernel/linux-source-6.12}

kconfig_only=0
placeholders=0
while [[ $# -gt 0 && $1 == --* ]]; do
	case $1 in
	--kconfig-only) kconfig_only=1 ;;
	--placeholders) placeholders=1 ;;
	*) echo "capture-env: unknown option $1" >&2; exit 2 ;;
	esac
	shift
done
[[ $# -ge 1 ]] || { sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2; }
arch=$1; shift
make_vars=("ARCH=$arch")
if [[ $# -ge 1 && $1 != *=* ]]; then
	[[ -z $1 ]] || make_vars+=("CROSS_COMPILE=$1")
	shift
fi
make_vars+=("$@")

[[ -f "$src/Makefile" ]] || { echo "capture-env: no kernel tree at $src: run eng/kernel/prepare.sh" >&2; exit 1; }
src=$(cd "$src" && pwd -P)
command -v strace >/dev/null || { echo "capture-env: strace not installed" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
obj="$tmp/obj"
mkdir -p "$obj" "$tmp/trace"

# -ff writes one file per process, so an execve line is never split by another process's output.
if ! strace -f -ff -v -s 65536 -e trace=execve -o "$tmp/trace/t" \
	make -s -C "$src" O="$obj" "${make_vars[@]}" olddefconfig >"$tmp/make.log" 2>&1; then
	cat "$tmp/make.log" >&2
	echo "capture-env: make olddefconfig failed" >&2
	exit 1
fi

# Decodes conf's execve: writes argv (one per line) to conf.argv and the environment to conf.env.
perl -e '
	use strict; use warnings;
	my ($dir) = @ARGV;
	my %esc = (n => "\n", t => "\t", r => "\r", v => "\x0b", f => "\f", a => "\a", b => "\b",
	           "\"" => "\"", "\\" => "\\");
	sub str {   # parses one strace-quoted string at pos()
		my ($s) = @_;
		$$s =~ /\G"/gc or die "capture-env: quoted string expected\n";
		my $out = "";
		while (1) {
			if ($$s =~ /\G([^"\\]+)/gc) { $out .= $1 }
			elsif ($$s =~ /\G\\([0-7]{1,3})/gc) { $out .= chr(oct $1) }
			elsif ($$s =~ /\G\\x([0-9a-fA-F]{2})/gc) { $out .= chr(hex $1) }
			elsif ($$s =~ /\G\\(.)/gcs) { $out .= exists $esc{$1} ? $esc{$1} : $1 }
			elsif ($$s =~ /\G"/gc) { return $out }
			else { die "capture-env: unterminated string in trace\n" }
		}
	}
	sub list {
		my ($s) = @_;
		my @items;
		$$s =~ /\G\[/gc or die "capture-env: list expected\n";
		while ($$s !~ /\G\]/gc) {
			push @items, str($s);
			$$s =~ /\G, /gc;
		}
		die "capture-env: strace abbreviated a list (need -v)\n" if grep { $_ eq "..." } @items;
		return @items;
	}
	my @found;
	for my $file (glob "$dir/trace/t.*") {
		open my $fh, "<", $file or die;
		while (my $line = <$fh>) {
			next unless $line =~ /^execve\("(?:[^"]*\/)?scripts\/kconfig\/conf", .* = 0$/;
			pos($line) = length "execve(";
			my $path = str(\$line);
			$line =~ /\G, /gc or die;
			my @argv = list(\$line);
			$line =~ /\G, /gc or die;
			my @env = list(\$line);
			push @found, [\@argv, \@env];
		}
	}
	die "capture-env: no successful execve of scripts/kconfig/conf in the trace\n" unless @found;
	die "capture-env: conf ran " . scalar(@found) . " times; expected once\n" if @found > 1;
	my ($argv, $env) = @{$found[0]};
	for (@$argv, @$env) { die "capture-env: a value holds a newline: $_\n" if /\n/ }
	open my $a, ">", "$dir/conf.argv" or die; print $a "$_\n" for @$argv; close $a;
	open my $e, ">", "$dir/conf.env" or die; print $e "$_\n" for sort @$env; close $e;
' "$tmp"

# make runs conf from the object directory (Makefile: "cd $(objtree)" through the sub-make's -C).
cwd="$obj"

# Which variables do the Kconfig macros read? conf lists them in auto.conf.cmd (olddefconfig writes it too).
sed -n 's/^ifneq "\$(\([A-Za-z_][A-Za-z0-9_]*\))" .*/\1/p' "$obj/include/config/auto.conf.cmd" | sort -u >"$tmp/macro-env"
[[ -s "$tmp/macro-env" ]] || { echo "capture-env: no env list in auto.conf.cmd" >&2; exit 1; }

# Proof that the capture is complete: conf rerun with exactly that argv, cwd and environment (env -i)
# must write the same .config, auto.conf and auto.conf.cmd as under make.
outputs=(.config include/config/auto.conf include/config/auto.conf.cmd include/generated/autoconf.h)
mkdir -p "$tmp/by-make"
for f in "${outputs[@]}"; do cp "$obj/$f" "$tmp/by-make/${f//\//_}"; done
mapfile -t env_lines <"$tmp/conf.env"
mapfile -t argv <"$tmp/conf.argv"
(cd "$cwd" && env -i "${env_lines[@]}" "${argv[@]}") >"$tmp/rerun.log" 2>&1 || {
	cat "$tmp/rerun.log" >&2
	echo "capture-env: conf failed when rerun in the captured environment" >&2
	exit 1
}
for f in "${outputs[@]}"; do
	cmp -s "$obj/$f" "$tmp/by-make/${f//\//_}" || {
		echo "capture-env: conf rerun in the captured environment wrote a different $f" >&2
		exit 1
	}
done

{
	cat "$tmp/macro-env"
	printf '%s\n' PATH CROSS_COMPILE NM OBJCOPY HOSTCC HOSTCXX PAHOLE KRUSTFLAGS RUST_LIB_SRC LLVM \
		CC_VERSION_TEXT RUSTC_VERSION_TEXT LC_COLLATE LC_NUMERIC
	sed -n 's/^\(KCONFIG_[A-Za-z0-9_]*\)=.*/\1/p' "$tmp/conf.env"
} | sort -u >"$tmp/relevant-names"

substitute() {
	if (( placeholders )); then
		local release
		release=$(uname -r)
		OBJ="$obj" SRC="$src" REL="$release" perl -pe '
			BEGIN { ($o, $s, $r) = map { quotemeta } @ENV{qw(OBJ SRC REL)} }
			s/^PATH=.*/PATH=\@PATH\@/;
			s/$o/\@OBJTREE\@/g; s/$s/\@SRCTREE\@/g;
			s{/lib/modules/$r/|/boot/config-$r\b}{ $& =~ s/$r/\@HOST_KERNEL_RELEASE\@/r }ge if /^KCONFIG_DEFCONFIG_LIST=/;
		'
	else
		cat
	fi
}

relevant() {
	# NAME=value lines of conf.env whose NAME is in relevant-names (both sorted by name).
	awk -F= 'NR == FNR { want[$1] = 1; next } ($1 in want)' "$tmp/relevant-names" "$tmp/conf.env"
}

if (( kconfig_only )); then
	echo "# Kconfig-relevant environment make hands to conf: make ${make_vars[*]} olddefconfig"
	echo "# Generated by eng/kernel/capture-env.sh; regenerate with eng/kernel/env/regenerate.sh."
	echo "# env list of auto.conf.cmd: $(tr '\n' ' ' <"$tmp/macro-env" | sed 's/ $//')"
	relevant | substitute
else
	echo "# argv: $(tr '\n' ' ' <"$tmp/conf.argv" | sed 's/ $//')"
	echo "# cwd: $cwd" | substitute
	echo "# env list of auto.conf.cmd: $(tr '\n' ' ' <"$tmp/macro-env" | sed 's/ $//')"
	echo "# full environment"
	substitute <"$tmp/conf.env"
	echo "# kconfig-relevant"
	relevant | substitute
fi
