#!/usr/bin/env bash
# Measures what a Kconfig.Build.Sdk project costs on a no-op `dotnet build` (nothing changed since the
# last build) over an empty NoTargets-like project, both built the same way. The SDK project resolves one
# profile against a real kernel tree (about 1,700 recorded Kconfig files), or the bundled sample tree.
#
# Usage: eng/sample/noop-overhead.sh [--runs N] [--arch arm64|x86_64] [--sample] [--reuse on|off|both]
#   --runs N     no-op builds per project and mode, alternating the two projects (default 5)
#   --sample     the bundled sample tree instead of the real tree
#   --reuse      MSBuild node reuse: off (-nodeReuse:false --disable-build-servers, every build starts
#                fresh: the conservative case), on (warm nodes, as an IDE or repeated builds see), or both
# Prints, per mode, the median wall and CPU times of each project and their differences (the SDK's
# overhead). With node reuse on, the work happens in the reused node, so only the wall time means much.
# Needs Tasks/Kconfig.Build.Tasks built in Release. Nodes started with reuse on are ended by process id.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
# shellcheck source=eng/bench/sdk-project.sh
. "$repo/eng/bench/sdk-project.sh"
runs=5 arch=arm64 sample=0 reuse=both
while (($#)); do
	case $1 in
	--runs) runs=$2; shift ;;
	--arch) arch=$2; shift ;;
	--sample) sample=1 ;;
	--reuse) reuse=$2; shift ;;
	*) echo "unknown option $1" >&2; exit 2 ;;
	esac
	shift
done

tasks_dll="$repo/Tasks/Kconfig.Build.Tasks/bin/Release/net8.0/Kconfig.Build.Tasks.dll"
[[ -f $tasks_dll ]] || { echo "$tasks_dll missing: dotnet build Tasks/Kconfig.Build.Tasks -c Release" >&2; exit 2; }
cross=
if ((sample)); then
	tree="$repo/Sdk/sample-tree"
else
	tree=$(cd "${KCONFIG_KERNEL_SRC:-$repo/.kernel/linux-source-6.12}" && pwd -P)
	[[ $arch == arm64 ]] && cross=aarch64-linux-gnu-
fi

work=$(mktemp -d)
marker="kconfig-noop-$$"
cleanup() {
	# Only the build nodes this script started (they carry its marker in their environment).
	for pid in $(pgrep -f 'nodemode|nodeReuse' || true); do
		if tr '\0' '\n' <"/proc/$pid/environ" 2>/dev/null | grep -qx "KCONFIG_NOOP_MARKER=$marker"; then
			kill "$pid" 2>/dev/null || true
		fi
	done
	rm -rf "$work"
}
trap cleanup EXIT
export KCONFIG_NOOP_MARKER=$marker DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
unset ARCH CROSS_COMPILE LLVM KCONFIG_CONFIG
# A machine or CI environment may turn node reuse off behind the flags' back; the flags below decide.
unset MSBUILDDISABLENODEREUSE DOTNET_CLI_USE_MSBUILD_SERVER

mkdir -p "$work/sdk" "$work/empty"
# The empty project (with its own Directory.Build.* ending the search for parent ones), shared with eng/bench/bench.sh.
cp "$repo"/eng/bench/empty/{Empty.csproj,Directory.Build.props,Directory.Build.targets} "$work/empty/"
# The same SDK project as bench.sh measures, without a probe cache of its own.
write_sdk_project "$work/sdk" Noop noop "$repo" "$tasks_dll" "$tree" "$arch" "$cross" "" "HYPERV: y"

median() { sort -n "$1" | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# Wall time to $1, and CPU time (user + system of the dotnet process and the children it waited for) to $1.cpu.
# With node reuse off the CPU figure is the whole build and much less disturbed by other load on the machine.
timed() {
	local out=$1; shift
	/usr/bin/time -f '%e %U %S' -o "$work/time" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
	awk '{ print $1 }' "$work/time" >>"$out"
	awk '{ print $2 + $3 }' "$work/time" >>"$out.cpu"
}

measure() {
	local mode=$1 flags
	if [[ $mode == off ]]; then flags=(-nologo -v:q -c Release -nodeReuse:false --disable-build-servers); else flags=(-nologo -v:q -c Release -nodeReuse:true); fi
	local sdk=(dotnet build "$work/sdk/Noop.proj" "${flags[@]}") empty=(dotnet build "$work/empty/Empty.csproj" "${flags[@]}")
	"${sdk[@]}" >"$work/warmup.log" 2>&1 && "${empty[@]}" >>"$work/warmup.log" 2>&1 || { cat "$work/warmup.log" >&2; exit 1; }
	"${sdk[@]}" -v:d >"$work/check.log" 2>&1
	grep -q 'Skipping target "KconfigResolve" because all output files are up-to-date' "$work/check.log" || { echo "the SDK project's second build was not a no-op" >&2; exit 1; }
	: >"$work/sdk.$mode"; : >"$work/empty.$mode"; : >"$work/sdk.$mode.cpu"; : >"$work/empty.$mode.cpu"
	for ((i = 0; i < runs; i++)); do
		timed "$work/sdk.$mode" "${sdk[@]}"
		timed "$work/empty.$mode" "${empty[@]}"
	done
	local s e sc ec
	s=$(median "$work/sdk.$mode"); e=$(median "$work/empty.$mode")
	sc=$(median "$work/sdk.$mode.cpu"); ec=$(median "$work/empty.$mode.cpu")
	printf 'node reuse %-3s  wall: sdk %6.2f s  empty %6.2f s  overhead %6.2f s   cpu: sdk %6.2f s  empty %6.2f s  overhead %6.2f s  (%d runs, %s, %s)\n' \
		"$mode" "$s" "$e" "$(echo "$s - $e" | bc)" "$sc" "$ec" "$(echo "$sc - $ec" | bc)" "$runs" "$arch" "$( ((sample)) && echo sample tree || echo "$tree")"
	printf '  all wall times, sdk: %s; empty: %s\n' "$(sort -n "$work/sdk.$mode" | tr '\n' ' ')" "$(sort -n "$work/empty.$mode" | tr '\n' ' ')"
}

recorded=$(dotnet build "$work/sdk/Noop.proj" -nologo -v:q -c Release -nodeReuse:false --disable-build-servers >/dev/null 2>&1; grep -vc '^#' "$work/sdk/obj/Release/netstandard2.0/noop.kconfig.deps" || true)
echo "recorded inputs: $recorded"
case $reuse in
off | on) measure "$reuse" ;;
both) measure off; measure on ;;
*) echo "--reuse is on, off or both" >&2; exit 2 ;;
esac
