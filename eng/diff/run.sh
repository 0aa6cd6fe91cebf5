#!/usr/bin/env bash
# Differential testing against the kernel's conf: random small Kconfig trees and .config files
# (tests/Kconfig.Build.Engine.Tests/Differential/RandomKconfigTree.cs), each run through .kernel/bin/conf and
# `kconfig conf` in olddefconfig, alldefconfig, allnoconfig, allyesconfig, allmodconfig, defconfig=FILE,
# savedefconfig and syncconfig, compared byte for byte (auto.conf/autoconf.h as line sets).
#
# Usage: eng/diff/run.sh [--seed S] [--count N] [--start I] [--keep DIR] [--progress FILE]
#   --seed S    batch seed (default 20261125, the CI batch)
#   --count N   number of cases (default 300)
#   --start I   first case number (default 0): --start 5534 --count 1 reruns case 5534 alone
#   --progress FILE  append "case I, D different so far" to FILE every 100 cases
#   --keep DIR  where failing cases are kept (default tests/Kconfig.Build.Engine.Tests/Differential/Cases,
#               so they become regression cases that DifferentialTests.RegressionCaseMatchesConf replays)
# Case i of seed S is the same on every machine: rerun one with --seed S and look at seedS-casei.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$script_dir/../.." && pwd)
seed=20261125
count=300
start=0
progress=
keep="$repo/tests/Kconfig.Build.Engine.Tests/Differential/Cases"
while [[ $# -gt 0 ]]; do
	case $1 in
	--seed) seed=$2; shift ;;
	--count) count=$2; shift ;;
	--start) start=$2; shift ;;
	--progress) progress=$2; shift ;;
	--keep) keep=$2; shift ;;
	-h|--help) sed -n '2,/^set -e/p' "$0" | sed -e '$d' -e 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "diff/run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
	shift
done

[[ -x "$repo/.kernel/bin/conf" || -n ${KCONFIG_CONF:-} ]] || { echo "diff/run.sh: no conf: run eng/kernel/prepare.sh" >&2; exit 2; }
mkdir -p "$keep"
keep=$(cd "$keep" && pwd)
dotnet build "$repo/tests/Kconfig.Build.Engine.Tests" -c Release -v q -nologo >&2
[[ -z $progress ]] || progress=$(cd "$(dirname "$progress")" && pwd)/$(basename "$progress")
KCONFIG_DIFF_SEED=$seed KCONFIG_DIFF_COUNT=$count KCONFIG_DIFF_START=$start KCONFIG_DIFF_KEEP=$keep KCONFIG_DIFF_PROGRESS=$progress \
	dotnet test "$repo/tests/Kconfig.Build.Engine.Tests" -c Release --no-build --logger "console;verbosity=detailed" \
	--filter "FullyQualifiedName~Differential.DifferentialTests.RandomTreesMatchConfInEveryMode"
