using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>
/// One finding, as data: a stable code (<c>KCnnnn</c>), a severity, the rendered message and where it
/// applies. Rendering for MSBuild, the CLI, JSON or SARIF is done by the edges, never by string parsing.
/// </summary>
/// <param name="Code">Stable identifier, see <see cref="DiagnosticCodes"/> and docs/diagnostics/.</param>
/// <param name="Severity">Error, warning or info.</param>
/// <param name="Message">The message, without location or code.</param>
/// <param name="Span">Where it applies; <see cref="SourceSpan.None"/> when no file is involved.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Message, SourceSpan Span)
{
    public bool IsError => Severity == DiagnosticSeverity.Error;

    public static Diagnostic Error(string code, SourceSpan span, string message) => new(code, DiagnosticSeverity.Error, message, span);

    public static Diagnostic Warning(string code, SourceSpan span, string message) => new(code, DiagnosticSeverity.Warning, message, span);

    public static Diagnostic Info(string code, SourceSpan span, string message) => new(code, DiagnosticSeverity.Info, message, span);

    /// <summary>The canonical MSBuild/compiler form: <c>file(line,col): error KC1234: message</c>.</summary>
    public string ToCanonicalString()
    {
        string severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return Span.IsNone
            ? $"{severity} {Code}: {Message}"
            : $"{Span.File}({Span.Line},{Span.Column}): {severity} {Code}: {Message}";
    }

    public override string ToString() => ToCanonicalString();
}
