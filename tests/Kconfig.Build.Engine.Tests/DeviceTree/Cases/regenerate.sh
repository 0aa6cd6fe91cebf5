#!/bin/sh
# Rewrites the golden .dts files from the current writer. Review the diff by hand: the round-trip tests
# hold every case to the real dtc, the goldens only pin the exact text.
set -eu
root=$(cd "$(dirname "$0")/../../../.." && pwd)
KCONFIG_UPDATE_GOLDEN=1 dotnet test "$root/tests/Kconfig.Build.Engine.Tests/Kconfig.Build.Engine.Tests.csproj" \
  -c Release --filter "FullyQualifiedName~DeviceTree.GoldenDtsTests"
