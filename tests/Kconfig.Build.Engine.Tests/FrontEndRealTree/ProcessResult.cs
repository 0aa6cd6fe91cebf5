namespace Kconfig.Build.Engine.Tests.FrontEndRealTree;

/// <summary>What a tool run printed and how it exited.</summary>
internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr);
