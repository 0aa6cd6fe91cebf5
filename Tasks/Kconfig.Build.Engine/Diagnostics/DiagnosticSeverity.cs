namespace Kconfig.Build.Engine.Diagnostics;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
