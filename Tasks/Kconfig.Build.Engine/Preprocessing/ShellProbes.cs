using System.Text;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Lexing;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Preprocessing;

/// <summary>
/// <c>$(shell,...)</c>: runs the command (or takes its result from the probe cache) and shapes the output
/// as do_shell() does: at most 4095 bytes, trailing newlines dropped, other newlines turned into spaces.
/// </summary>
internal sealed class ShellProbes
{
    private const int MaxOutputBytes = 4095;

    private readonly IShellRunner _runner;
    private readonly ProbeCache _cache;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private readonly string _workingDirectory;
    private readonly FrontEndLog _log;
    private readonly CancellationToken _cancellationToken;

    public ShellProbes(IShellRunner runner, ProbeCache cache, IReadOnlyDictionary<string, string> environment, string workingDirectory, FrontEndLog log, CancellationToken cancellationToken)
    {
        _runner = runner;
        _cache = cache;
        _environment = environment;
        _workingDirectory = workingDirectory;
        _log = log;
        _cancellationToken = cancellationToken;
    }

    public string Run(string command, SourceSpan where)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        if (!_cache.TryGet(command, _environment, _workingDirectory, out ShellResult result))
        {
            try
            {
                result = _runner.Run(command, _environment, _workingDirectory, _cancellationToken);
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
            {
                throw _log.Fatal(DiagnosticCodes.ShellFailed, where, $"{command}: {e.Message}", $"{command}: {e.Message}\n");
            }

            _cache.Add(command, _environment, _workingDirectory, result);
        }

        // The command's stderr is not captured by popen(): conf's own stderr shows it.
        _log.RawStderr(result.Stderr);
        return Shape(result.Stdout);
    }

    internal static string Shape(byte[] stdout)
    {
        int length = Math.Min(stdout.Length, MaxOutputBytes);
        while (length > 0 && stdout[length - 1] == (byte)'\n')
        {
            length--;
        }

        byte[] bytes = stdout.AsSpan(0, length).ToArray();
        for (int i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                bytes[i] = (byte)' ';
            }
        }

        // conf keeps a C string: output stops at the first NUL byte.
        int nul = Array.IndexOf(bytes, (byte)0);
        return Encoding.UTF8.GetString(bytes, 0, nul >= 0 ? nul : bytes.Length);
    }
}
