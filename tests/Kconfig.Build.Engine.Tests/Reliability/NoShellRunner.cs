using Kconfig.Build.Engine.Preprocessing;

namespace Kconfig.Build.Engine.Tests.Reliability;

/// <summary>A $(shell) runner that runs nothing: fuzzed input must never reach a real shell.</summary>
internal sealed class NoShellRunner : IShellRunner
{
    public static readonly NoShellRunner Instance = new();

    public ShellResult Run(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, CancellationToken cancellationToken) =>
        new(Array.Empty<byte>(), string.Empty);
}
