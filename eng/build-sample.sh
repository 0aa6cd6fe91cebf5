#!/usr/bin/env bash
# Builds the sample project (samples/vtl2-paravisor) against the SDK in this repository: the task
# assembly first, then the sample, which resolves the arm64 VTL2 paravisor profile against the tree
# bundled in Sdk/sample-tree. Needs only the .NET SDK; no kernel download.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
dotnet build "$repo/Tasks/Kconfig.Build.Tasks/Kconfig.Build.Tasks.csproj" -c Release -nologo -v:q
dotnet build "$repo/samples/vtl2-paravisor/Vtl2Paravisor.proj" -c Release -nologo "$@"
out="$repo/samples/vtl2-paravisor/bin/Release/kconfig/vtl2-paravisor"
echo "Outputs in $out:"
ls -A "$out" "$out/include/config" "$out/include/generated"
