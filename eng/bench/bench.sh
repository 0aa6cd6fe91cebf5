#!/usr/bin/env bash
# A/B timing of the kernel's conf against `kconfig conf`, both running `--olddefconfig` on the arch's
# defconfig result, with the same captured environment (eng/kernel/env/<arch>.env).
# Runs alternate (A B A B ...) after one unmeasured warm-up of each, so page cache, probe caches and CPU
# contention from other work hit both sides alike. Each run: /usr/bin/time -f '%e %M' (wall s, peak RSS KiB).
#
# Usage: bench.sh [--arch LIST] [--runs N] [--candidate P] [--candidate-env NAME=VALUE]... [--self-check]
#   --arch LIST        default "arm64 x86_64"
#   --runs N           measured runs per tool and arch (default 5)
#   --candidate P      run as `P conf -s --olddefconfig Kconfig` (default artifacts/kconfig/kconfig)
#   --candidate-env    extra environment for the candidate only (e.g. its probe-cache setting)
#   --self-check       conf against conf (tests this script; ratios near 1.00)
# Prints per arch: median wall time and peak RSS of each tool, and the candidate/conf ratios.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
conf=${KCONFIG_CONF:-$repo/.kernel/bin/conf}
candidate="$repo/artifacts/kconfig/kconfig"
arches=(arm64 x86_64)
runs=5
self_check=0
candidate_env=()
while [[ $# -gt 0 ]]; do
	case $1 in
	--arch) read -r -a arches <<<"${2//,/ }"; shift ;;
	--runs) runs=$2; shift ;;
	--candidate) candidate=$2; shift ;;
	--candidate-env) candidate_env+=("$2"); shift ;;
	--self-check) self_check=1 ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "bench: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done
[[ -x $conf ]] || { echo "bench: $conf missing: run eng/kernel/prepare.sh" >&2; exit 2; }
if (( self_check )); then
	b_cmd=("$conf"); b_name="conf"
else
	[[ -x $candidate ]] || { echo "bench: $candidate missing: dotnet publish Tasks/Kconfig.Build.Cli -c Release -o artifacts/kconfig" >&2; exit 2; }
	b_cmd=("$candidate" conf); b_name="kconfig conf"
fi
with_env="$repo/eng/kernel/with-env.sh"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

median() { LC_ALL=C sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# one_run DIR SIDE ENVFILE CMD... : restores the input .config, runs, appends "wall rss" to DIR/SIDE.times
one_run() {
	local dir=$1 side=$2 envfile=$3; shift 3
	cp "$dir/input.config" "$dir/$side/.config"
	rm -rf "$dir/$side/include"
	(cd "$dir/$side" && /usr/bin/time -f '%e %M' -o "$dir/$side.time" "$with_env" "$envfile" "$@" -s --olddefconfig Kconfig) \
		>"$dir/$side.log" 2>&1 || { cat "$dir/$side.log" >&2; echo "bench: $side failed" >&2; exit 1; }
	tail -n 1 "$dir/$side.time" >>"$dir/$side.times"
}

printf '%-8s %-14s %10s %10s %14s\n' arch tool "median s" "ratio" "peak RSS MiB"
for arch in "${arches[@]}"; do
	envfile="$repo/eng/kernel/env/$arch.env"
	[[ -f $envfile ]] || { echo "bench: no $envfile" >&2; exit 2; }
	dir="$work/$arch"
	mkdir -p "$dir/a" "$dir/b" "$dir/seed"
	default=$(sed -n 's/^KCONFIG_DEFCONFIG_LIST=.* //p' "$envfile")
	(cd "$dir/seed" && "$with_env" "$envfile" "$conf" -s "--defconfig=$default" Kconfig) >/dev/null
	cp "$dir/seed/.config" "$dir/input.config"
	# The candidate's extra environment goes in a copy of the env file, so both sides start from the same one.
	cp "$envfile" "$dir/b.env"
	for assignment in "${candidate_env[@]}"; do echo "$assignment" >>"$dir/b.env"; done

	one_run "$dir" a "$envfile" "$conf"
	one_run "$dir" b "$dir/b.env" "${b_cmd[@]}"
	: >"$dir/a.times"; : >"$dir/b.times"
	for ((i = 0; i < runs; i++)); do
		one_run "$dir" a "$envfile" "$conf"
		one_run "$dir" b "$dir/b.env" "${b_cmd[@]}"
	done
	a_wall=$(cut -d' ' -f1 "$dir/a.times" | median); b_wall=$(cut -d' ' -f1 "$dir/b.times" | median)
	a_rss=$(cut -d' ' -f2 "$dir/a.times" | median); b_rss=$(cut -d' ' -f2 "$dir/b.times" | median)
	awk -v arch="$arch" -v bn="$b_name" -v aw="$a_wall" -v bw="$b_wall" -v ar="$a_rss" -v br="$b_rss" 'BEGIN {
		printf "%-8s %-14s %10.2f %10s %14.1f\n", arch, "conf", aw, "1.00", ar / 1024
		printf "%-8s %-14s %10.2f %10.2f %14.1f   (RSS ratio %.2f)\n", arch, bn, bw, (aw > 0 ? bw / aw : 0), br / 1024, (ar > 0 ? br / ar : 0)
	}'
	if ! cmp -s "$dir/a/.config" "$dir/b/.config"; then
		echo "bench: warning: $arch .config differs between conf and $b_name" >&2
	fi
done
