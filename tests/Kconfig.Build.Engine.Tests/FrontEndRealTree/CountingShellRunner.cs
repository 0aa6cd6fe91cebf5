using Kconfig.Build.Engine.Preprocessing;

namespace Kconfig.Build.Engine.Tests.FrontEndRealTree;

/// <summary>Counts the processes a load spawns for <c>$(shell,...)</c>.</summary>
internal sealed class CountingShellRunner : IShellRunner
{
    private readonly IShellRunner _inner;
    private int _count;

    public CountingShellRunner(IShellRunner inner)
    {
        _inner = inner;
    }

    public int Count => _count;

    public ShellResult Run(string command, IReadOnlyDictionary<string, string> environment, string workingDirectory, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _count);
        return _inner.Run(command, environment, workingDirectory, cancellationToken);
    }
}
