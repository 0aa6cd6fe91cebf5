namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>What a shell command printed: stdout as raw bytes (conf works on bytes), stderr as text.</summary>
internal sealed record ShellResult(byte[] Stdout, string Stderr);
