using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Environment;

/// <summary>The Makefile's own <c>$(shell ...)</c> calls, run with the environment make started with.</summary>
internal sealed class ToolchainProbe(IReadOnlyDictionary<string, string> environment, string workingDirectory)
{
    public string? Shell(string command, DiagnosticBag diagnostics)
    {
        string? output = MakeShell.Run(command, environment, workingDirectory, out string? failure);
        if (output is null)
        {
            diagnostics.Error(DiagnosticCodes.ToolQueryFailed, SourceSpan.None, $"cannot run '{command}': {failure}");
        }

        return output;
    }
}
