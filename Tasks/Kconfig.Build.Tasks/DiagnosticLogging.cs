using Kconfig.Build.Engine.Diagnostics;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kconfig.Build.Tasks;

/// <summary>Turns engine diagnostics into MSBuild events in the canonical <c>file(line,col): error KCnnnn: message</c> form.</summary>
internal static class DiagnosticLogging
{
    public const string HelpLinkBase = "https://github.com/kconfig-build/Kconfig.Build.Sdk/blob/main/docs/diagnostics/";

    public static void Log(TaskLoggingHelper log, Diagnostic diagnostic)
    {
        string? file = diagnostic.Span.IsNone ? null : diagnostic.Span.File;
        int line = diagnostic.Span.Line;
        int column = diagnostic.Span.Column;

        // End positions are left out (0): MSBuild then prints the short (line,col) form IDEs and CI parse.
        switch (diagnostic.Severity)
        {
            case DiagnosticSeverity.Error:
                log.LogError(null, diagnostic.Code, null, HelpLinkBase + diagnostic.Code + ".md", file, line, column, 0, 0, "{0}", diagnostic.Message);
                break;
            case DiagnosticSeverity.Warning:
                log.LogWarning(null, diagnostic.Code, null, HelpLinkBase + diagnostic.Code + ".md", file, line, column, 0, 0, "{0}", diagnostic.Message);
                break;
            default:
                log.LogMessage(null, diagnostic.Code, null, file, line, column, 0, 0, MessageImportance.Normal, "{0}", diagnostic.Message);
                break;
        }
    }
}
