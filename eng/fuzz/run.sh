#!/usr/bin/env bash
# Fuzzes one engine target with SharpFuzz + AFL++ for SECONDS seconds.
#
# Usage: eng/fuzz/run.sh TARGET SECONDS      TARGET: kconfig | config | profile (see FuzzTargets.cs)
#        eng/fuzz/run.sh --replay TARGET FILE... runs inputs once, uninstrumented, with a stack trace on a crash
# Needs afl-fuzz (apt-get install afl++) and the SharpFuzz.CommandLine tool (installed on first use into
# artifacts/fuzz/tools). Seeds: fuzz/corpus/TARGET. Findings: artifacts/fuzz/out/TARGET/default/{crashes,hangs};
# a minimised input per distinct bug goes to fuzz/crashes/TARGET/, which FuzzCorpusTests replays in CI.
# Prints AFL's execution count and finding totals at the end.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
bin="$repo/artifacts/fuzz/bin"
tools="$repo/artifacts/fuzz/tools"

if [[ ${1:-} == --replay ]]; then
	shift
	dotnet build "$repo/fuzz/Kconfig.Build.Fuzz" -c Release -o "$repo/artifacts/fuzz/plain" -v q -nologo >&2
	exec dotnet "$repo/artifacts/fuzz/plain/Kconfig.Build.Fuzz.dll" "$@"
fi

[[ $# -eq 2 ]] || { sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//' >&2; exit 2; }
target=$1
seconds=$2
command -v afl-fuzz >/dev/null || { echo "fuzz/run.sh: afl-fuzz missing: apt-get install afl++" >&2; exit 2; }
[[ -d "$repo/fuzz/corpus/$target" ]] || { echo "fuzz/run.sh: no corpus fuzz/corpus/$target" >&2; exit 2; }

# One instrumented build shared by every target; a lock keeps two concurrent runs from building it at once.
mkdir -p "$repo/artifacts/fuzz"
(
	flock 9
	if [[ ! -f "$bin/.instrumented" || -n $(find "$repo/Tasks/Kconfig.Build.Engine" "$repo/fuzz" "$repo/tests/Kconfig.Build.Engine.Tests/Reliability" -name '*.cs' -newer "$bin/.instrumented" -print -quit) ]]; then
		[[ -x "$tools/sharpfuzz" ]] || dotnet tool install SharpFuzz.CommandLine --version 2.3.0 --tool-path "$tools" >&2
		rm -rf "$bin"
		dotnet build "$repo/fuzz/Kconfig.Build.Fuzz" -c Release -o "$bin" -v q -nologo >&2
		for dll in Kconfig.Build.Engine.dll YamlDotNet.dll; do
			"$tools/sharpfuzz" "$bin/$dll" >&2
		done
		touch "$bin/.instrumented"
	fi
) 9>"$repo/artifacts/fuzz/.build.lock"

out="$repo/artifacts/fuzz/out/$target"
rm -rf "$out"
mkdir -p "$out"
export AFL_SKIP_BIN_CHECK=1 AFL_NO_UI=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_AFFINITY=1
# -t: a single input taking over 10 s is a hang; -m none: the .NET runtime reserves far more than AFL's default.
afl-fuzz -i "$repo/fuzz/corpus/$target" -o "$out" -V "$seconds" -t 10000 -m none -- \
	dotnet "$bin/Kconfig.Build.Fuzz.dll" "$target" >"$out/afl.log" 2>&1 || true

stats="$out/default/fuzzer_stats"
[[ -f $stats ]] || { echo "fuzz/run.sh: afl-fuzz did not start; see $out/afl.log" >&2; tail -20 "$out/afl.log" >&2; exit 1; }
found=$(find "$out/default/crashes" "$out/default/hangs" -name 'id:*' 2>/dev/null | LC_ALL=C sort)
if [[ -n $found ]]; then
	# AFL keeps one input per new path, so one bug gives many: replay each (--replay) to group them by stack,
	# shrink one per bug (by hand or afl-tmin), and commit it to fuzz/crashes/TARGET/ for FuzzCorpusTests.
	echo "fuzz/run.sh: findings (raw, unminimised):" >&2
	echo "$found" >&2
fi
grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|unique_crashes|unique_hangs|bitmap_cvg)' "$stats"
