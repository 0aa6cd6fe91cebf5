namespace Kconfig.Build.Engine.Reporting;

/// <summary>A diagnostic code's rule metadata for SARIF: id, the constant's name, a short description and the help page.</summary>
/// <param name="Id">The code, <c>KCnnnn</c>.</param>
/// <param name="Name">The <see cref="Diagnostics.DiagnosticCodes"/> constant naming it, e.g. <c>RequestDependencyUnmet</c>.</param>
/// <param name="ShortDescription">The name as a sentence, e.g. <c>Request dependency unmet.</c></param>
/// <param name="HelpUri">docs/diagnostics/KCnnnn.md in the repository.</param>
public sealed record DiagnosticRule(string Id, string Name, string ShortDescription, string HelpUri);
