#!/usr/bin/env bash
# Regenerates every expected output of the conformance cases by running the kernel's own conf.
#
# Each case is a directory under tests/Kconfig.Build.Engine.Tests/Cases/ holding a Kconfig tree,
# an optional inputs/ directory (copied into the object directory before each run: .config,
# fragments, stdin answers) and a `runs` file, one run per line:
#
#     NAME|VAR=value;VAR=value|conf arguments|stdin file (optional)
#
# A run executes, as the kernel's Makefile does, in a fresh object directory with srctree pointing
# at the case and nothing else in the environment but PATH and the run's variables:
#
#     cd <objdir> && env -i PATH=... srctree=<case> VAR=value conf <arguments> < <stdin>
#
# (an empty tree/ is not kept by git; the tests read a missing tree/ as an empty directory)
#
# and records in Cases/<case>/expected/<NAME>/: stdout, stderr, exit, and tree/ (every file in the
# object directory afterwards, inputs included). The MSTest class Conformance/CaseConformanceTests
# runs `kconfig conf` in-process the same way and compares all of it byte for byte.
#
# Usage: eng/conformance/regenerate-cases.sh [case-name...]
#   CONF=<path> overrides the conf binary (default .kernel/bin/conf, built by eng/kernel/prepare.sh).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cases="$root/tests/Kconfig.Build.Engine.Tests/Cases"
conf="${CONF:-$root/.kernel/bin/conf}"
[ -x "$conf" ] || { echo "conf not found at $conf: run eng/kernel/prepare.sh" >&2; exit 1; }

# conf prints its argv[0] in messages: run it as plain `conf`, found on PATH.
bin="$(mktemp -d)"
trap 'rm -rf "$bin"' EXIT
ln -s "$(cd "$(dirname "$conf")" && pwd)/$(basename "$conf")" "$bin/conf"

if [ $# -gt 0 ]; then names=("$@"); else names=(); for d in "$cases"/*/; do names+=("$(basename "$d")"); done; fi

for name in "${names[@]}"; do
    dir="$cases/$name"
    [ -f "$dir/runs" ] || continue
    rm -rf "$dir/expected"
    while IFS='|' read -r run envs args stdin_file || [ -n "$run" ]; do
        [ -z "$run" ] && continue
        case "$run" in \#*) continue ;; esac
        obj="$(mktemp -d)"
        [ -d "$dir/inputs" ] && cp -a "$dir/inputs/." "$obj/"
        envargs=("PATH=$bin:/usr/bin:/bin" "srctree=$dir")
        if [ -n "$envs" ]; then
            IFS=';' read -r -a pairs <<< "$envs"
            envargs+=("${pairs[@]}")
        fi
        read -r -a argv <<< "$args"
        input=/dev/null
        [ -n "${stdin_file:-}" ] && input="$dir/inputs/$stdin_file"
        out="$dir/expected/$run"
        mkdir -p "$out"
        set +e
        (cd "$obj" && env -i "${envargs[@]}" conf "${argv[@]}" < "$input" > "$out/stdout" 2> "$out/stderr")
        echo $? > "$out/exit"
        set -e
        mkdir -p "$out/tree"
        cp -a "$obj/." "$out/tree/"
        rm -rf "$obj"
        echo "$name/$run: exit $(cat "$out/exit")"
    done < "$dir/runs"
done
