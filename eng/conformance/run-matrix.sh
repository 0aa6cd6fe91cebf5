#!/usr/bin/env bash
# Whole-tree conformance: the kernel's conf against our `kconfig conf`, same environment, every arch x mode.
#
# Usage: run-matrix.sh [--arch LIST] [--quick] [--self-check] [--jobs N] [--work DIR] [--live-env]
#                      [--modes LIST] [--defconfigs LIST]
#   --arch LIST    comma/space separated ARCH values (default: every directory under arch/ with a Kconfig)
#   --quick        per arch only its default defconfig (the last entry of KCONFIG_DEFCONFIG_LIST) and the
#                  four all*config modes, instead of every file in arch/<srcarch>/configs/
#   --self-check   compare conf with conf (proves the harness; no CLI needed)
#   --candidate P  the candidate binary, run as `P conf <conf args>` (default artifacts/kconfig/kconfig,
#                  made by `dotnet publish Tasks/Kconfig.Build.Cli -c Release -o artifacts/kconfig`)
#   --jobs N       cases run in parallel (default: number of CPUs)
#   --work DIR     where every run's files are kept (default artifacts/conformance); emptied first
#   --live-env     capture each arch's environment from make now, instead of eng/kernel/env/<arch>.env
#   --modes LIST   only these modes (default: defconfig alldefconfig allnoconfig allyesconfig allmodconfig;
#                  savedefconfig always follows defconfig)
#   --defconfigs LIST  only these files of arch/<srcarch>/configs/ (e.g. to finish an interrupted run)
#
# Modes: defconfig (conf --defconfig=arch/<srcarch>/configs/<file>, one case per file), alldefconfig,
# allnoconfig, allyesconfig, allmodconfig, and savedefconfig of each defconfig result (both tools read the
# kernel conf's .config, so a savedefconfig difference is not an echo of a defconfig one).
# Each tool runs in its own fresh object directory, as make runs conf: `<tool> -s --<mode> Kconfig` with
# exactly the captured environment (eng/kernel/with-env.sh; arm64 with CROSS_COMPILE=aarch64-linux-gnu-).
# A case is identical when the exit codes are equal, .config (or the savedefconfig output) is equal byte for
# byte, and include/config/auto.conf and include/generated/autoconf.h are equal as sorted line sets.
# Prints a table arch x mode of identical/total and the differing cases; exits 1 on any difference.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
src=${KCONFIG_KERNEL_SRC:-$repo/.kernel/linux-source-6.12}
conf=${KCONFIG_CONF:-$repo/.kernel/bin/conf}
candidate="$repo/artifacts/kconfig/kconfig"
work="$repo/artifacts/conformance"
arch_list=""
quick=0
self_check=0
live_env=0
defconfigs=""
selected_modes="defconfig alldefconfig allnoconfig allyesconfig allmodconfig"
jobs=$(nproc 2>/dev/null || echo 2)

while [[ $# -gt 0 ]]; do
	case $1 in
	--arch) arch_list=$2; shift ;;
	--quick) quick=1 ;;
	--self-check) self_check=1 ;;
	--candidate) candidate=$2; shift ;;
	--jobs) jobs=$2; shift ;;
	--work) work=$2; shift ;;
	--defconfigs) defconfigs=$2; shift ;;
	--modes) selected_modes=$2; shift ;;
	--live-env) live_env=1 ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "run-matrix: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done

[[ -f "$src/Makefile" && -x "$conf" ]] || { echo "run-matrix: no kernel tree or conf: run eng/kernel/prepare.sh" >&2; exit 2; }
src=$(cd "$src" && pwd -P)
if (( self_check )); then
	candidate_cmd=("$conf")
	candidate_name="conf (self-check)"
else
	[[ $candidate == /* ]] || candidate="$PWD/$candidate"
	[[ -x "$candidate" ]] || { echo "run-matrix: $candidate missing: dotnet publish Tasks/Kconfig.Build.Cli -c Release -o artifacts/kconfig" >&2; exit 2; }
	candidate_cmd=("$candidate" conf)
	candidate_name="kconfig conf"
fi

if [[ -z $arch_list ]]; then
	for d in "$src"/arch/*/; do
		[[ -f "$d/Kconfig" ]] && arch_list+="$(basename "$d") "
	done
fi
read -r -a arches <<<"${arch_list//,/ }"

rm -rf "$work"
mkdir -p "$work/env" "$work/cases" "$work/results"
# Every run cds into its own object directory, so relative paths given by the caller are made absolute here.
work=$(cd "$work" && pwd)

# 1. One environment per arch, placeholders kept (with-env.sh fills them in per run directory).
for arch in "${arches[@]}"; do
	committed="$repo/eng/kernel/env/$arch.env"
	if (( ! live_env )) && [[ -f $committed ]]; then
		cp "$committed" "$work/env/$arch.env"
	else
		cross=""
		[[ $arch == arm64 ]] && cross=aarch64-linux-gnu-
		KCONFIG_KERNEL_SRC="$src" "$repo/eng/kernel/capture-env.sh" --kconfig-only --placeholders "$arch" "$cross" >"$work/env/$arch.env" \
			|| { echo "run-matrix: cannot capture the environment of $arch" >&2; exit 2; }
	fi
done

# 2. The case list: "arch mode [defconfig-file]".
for arch in "${arches[@]}"; do
	srcarch=$(sed -n 's/^SRCARCH=//p' "$work/env/$arch.env")
	if [[ " ${selected_modes//,/ } " != *" defconfig "* ]]; then
		:
	elif (( quick )); then
		default=$(sed -n 's/^KCONFIG_DEFCONFIG_LIST=.* //p' "$work/env/$arch.env")
		[[ -f "$src/$default" ]] && echo "$arch defconfig ${default##*/}"
	else
		find "$src/arch/$srcarch/configs" -maxdepth 1 -type f -printf '%f\n' 2>/dev/null | LC_ALL=C sort \
			| { if [[ -n $defconfigs ]]; then grep -Fx -f <(tr ', ' '\n\n' <<<"$defconfigs"); else cat; fi; } \
			| sed "s/^/$arch defconfig /"
	fi
	for mode in alldefconfig allnoconfig allyesconfig allmodconfig; do
		[[ " ${selected_modes//,/ } " == *" $mode "* ]] || continue
		echo "$arch $mode"
	done
done >"$work/cases.txt"

# 3. Run the cases. One job: both tools for a case (and savedefconfig after a defconfig), then compare.
run_tool() { # dir tool... ; runs "<tool> -s <args> Kconfig" in dir with the arch env, records rc and time
	local dir=$1 envfile=$2; shift 2
	mkdir -p "$dir"
	local start end rc=0
	start=$(date +%s%N)
	(cd "$dir" && "$WITH_ENV" "$envfile" "$@") >"$dir.log" 2>&1 || rc=$?
	end=$(date +%s%N)
	echo "$rc $(( (end - start) / 1000000 ))" >"$dir.rc"
}

same_files() { # ref cand : byte-identical .config, sorted-identical auto.conf and autoconf.h
	local ref=$1 cand=$2 f
	if [[ -e "$ref/.config" || -e "$cand/.config" ]]; then
		cmp -s "$ref/.config" "$cand/.config" || return 1
	fi
	for f in include/config/auto.conf include/generated/autoconf.h; do
		[[ -f "$ref/$f" ]] || [[ ! -f "$cand/$f" ]] || return 1
		[[ -f "$ref/$f" ]] || continue
		[[ -f "$cand/$f" ]] || return 1
		cmp -s <(LC_ALL=C sort "$ref/$f") <(LC_ALL=C sort "$cand/$f") || return 1
	done
}

run_case() { # arch mode [file]
	local arch=$1 mode=$2 file=${3:-}
	local envfile="$WORK/env/$arch.env" id="$arch.$mode${file:+.$file}" base srcarch verdict
	srcarch=$(sed -n 's/^SRCARCH=//p' "$envfile")
	base="$WORK/cases/$id"
	local args=(-s "--$mode" Kconfig)
	[[ $mode == defconfig ]] && args=(-s "--defconfig=arch/$srcarch/configs/$file" Kconfig)
	run_tool "$base/conf" "$envfile" "$CONF" "${args[@]}"
	run_tool "$base/candidate" "$envfile" "${CANDIDATE[@]}" "${args[@]}"
	verdict=identical
	[[ $(cut -d' ' -f1 "$base/conf.rc") == $(cut -d' ' -f1 "$base/candidate.rc") ]] && same_files "$base/conf" "$base/candidate" || verdict=different
	echo "$arch $mode ${file:--} $verdict $(cut -d' ' -f2 "$base/conf.rc") $(cut -d' ' -f2 "$base/candidate.rc")" >"$WORK/results/$id"

	if [[ $mode == defconfig ]]; then
		local sid="$arch.savedefconfig.$file" sbase="$WORK/cases/$arch.savedefconfig.$file" t
		for t in conf candidate; do
			mkdir -p "$sbase/$t"
			cp "$base/conf/.config" "$sbase/$t/.config" 2>/dev/null || true
		done
		run_tool "$sbase/conf" "$envfile" "$CONF" -s --savedefconfig=defconfig Kconfig
		run_tool "$sbase/candidate" "$envfile" "${CANDIDATE[@]}" -s --savedefconfig=defconfig Kconfig
		verdict=identical
		[[ $(cut -d' ' -f1 "$sbase/conf.rc") == $(cut -d' ' -f1 "$sbase/candidate.rc") ]] \
			&& { [[ ! -f "$sbase/conf/defconfig" && ! -f "$sbase/candidate/defconfig" ]] || cmp -s "$sbase/conf/defconfig" "$sbase/candidate/defconfig"; } \
			|| verdict=different
		echo "$arch savedefconfig $file $verdict $(cut -d' ' -f2 "$sbase/conf.rc") $(cut -d' ' -f2 "$sbase/candidate.rc")" >"$WORK/results/$sid"
	fi
}

export WORK="$work" CONF="$conf" WITH_ENV="$repo/eng/kernel/with-env.sh" KCONFIG_KERNEL_SRC="$src"
export -f run_tool same_files run_case
# Arrays cannot be exported; the candidate command travels as a newline-separated string.
CANDIDATE_LINES=$(printf '%s\n' "${candidate_cmd[@]}")
export CANDIDATE_LINES
total_cases=$(wc -l <"$work/cases.txt")
echo "run-matrix: $total_cases cases (+ savedefconfig of each defconfig), ${#arches[@]} arches, conf vs $candidate_name, $jobs jobs" >&2
started=$(date +%s)
# shellcheck disable=SC2016
xargs -P "$jobs" -L 1 bash -c 'mapfile -t CANDIDATE <<<"$CANDIDATE_LINES"; run_case "$@"' _ <"$work/cases.txt"
elapsed=$(( $(date +%s) - started ))

# 4. The table.
cat "$work"/results/* | LC_ALL=C sort >"$work/results.txt"
modes=(defconfig savedefconfig alldefconfig allnoconfig allyesconfig allmodconfig)
awk -v modes="${modes[*]}" -v arches="${arches[*]}" -v candidate="$candidate_name" -v elapsed="$elapsed" '
	BEGIN { nm = split(modes, m, " "); na = split(arches, a, " ") }
	{ total[$1, $2]++; if ($4 == "identical") same[$1, $2]++; else diff[++nd] = $1 " " $2 " " $3
	  ms[$1] += $5; runs[$1]++; mc[$1] += $6; all++; if ($4 == "identical") allsame++ }
	END {
		printf "conf vs %s: identical/total (Linux 6.12)\n", candidate
		printf "%-11s", "arch"; for (j = 1; j <= nm; j++) printf " %13s", m[j]; printf " %11s %11s\n", "conf ms/run", "cand ms/run"
		for (i = 1; i <= na; i++) {
			printf "%-11s", a[i]
			for (j = 1; j <= nm; j++) {
				k = a[i] SUBSEP m[j]
				printf " %13s", (k in total) ? (same[k] + 0) "/" total[k] : "-"
			}
			printf " %11d %11d\n", runs[a[i]] ? ms[a[i]] / runs[a[i]] : 0, runs[a[i]] ? mc[a[i]] / runs[a[i]] : 0
		}
		printf "total: %d/%d identical in %d s\n", allsame, all, elapsed
		for (i = 1; i <= nd; i++) printf "DIFFERENT: %s\n", diff[i]
	}' "$work/results.txt" | tee "$work/table.txt"

if grep -q ' different ' "$work/results.txt"; then
	echo "run-matrix: differences found; each case keeps both tools' files under $work/cases/<arch>.<mode>[.<file>]/" >&2
	exit 1
fi
