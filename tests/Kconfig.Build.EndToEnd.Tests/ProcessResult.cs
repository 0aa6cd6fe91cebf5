namespace Kconfig.Build.EndToEnd.Tests;

/// <summary>Exit code and interleaved output of a child process.</summary>
internal sealed record ProcessResult(int ExitCode, string Output)
{
    public override string ToString() => $"exit code {ExitCode}\n{Output}";
}
