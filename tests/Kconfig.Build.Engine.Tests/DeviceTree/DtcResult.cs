namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>What one dtc run returned and printed.</summary>
internal sealed record DtcResult(int ExitCode, string StandardOutput, string StandardError);
