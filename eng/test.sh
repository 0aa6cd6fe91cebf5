#!/usr/bin/env bash
# Runs every test of the solution (building it first) and prints one last line: "N passed, N failed".
# Exits non-zero when anything failed, did not run, or when no test ran at all.
# Extra arguments go to `dotnet test` (for example --filter ...).
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
results="$repo/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

# The real 6.12 tree and its conf, which the conformance tests compare with (quick when already there).
if [[ -x "$repo/eng/kernel/prepare.sh" ]]; then
  "$repo/eng/kernel/prepare.sh" || echo "eng/kernel/prepare.sh failed: the tests that compare with the real kernel will fail"
fi

dotnet test "$repo/Kconfig.Build.Sdk.sln" -c Release -nodeReuse:false \
  --logger "trx" --logger "console;verbosity=normal" --results-directory "$results" "$@"
test_exit=$?

passed=0 failed=0 not_run=0 files=0
for trx in "$results"/*.trx; do
  [[ -e "$trx" ]] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { grep -o " $1=\"[0-9]*\"" <<<"$counters" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  not_run=$((not_run + $(value notExecuted) + $(value inconclusive)))
done

status=0
if [[ $test_exit -ne 0 || $failed -ne 0 || $not_run -ne 0 || $((passed + failed)) -eq 0 || $files -eq 0 ]]; then
  status=1
fi
if [[ $not_run -ne 0 ]]; then
  echo "$not_run tests did not run or were inconclusive (a defect: every test must pass or fail)"
fi
if [[ $test_exit -ne 0 && $failed -eq 0 ]]; then
  echo "dotnet test exited with $test_exit (a build error or a crashed test host)"
fi
echo "$passed passed, $failed failed"
exit $status
