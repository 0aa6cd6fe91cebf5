namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// One piece of text conf itself would print while parsing, in order, so a front end can reproduce
/// conf's stdout and stderr byte for byte (diagnostics carry the same facts as data).
/// </summary>
/// <param name="IsStdout">True for stdout (<c>$(info,...)</c>, expression notes), false for stderr.</param>
/// <param name="Text">The exact text, including its line ending(s).</param>
public sealed record ConfOutput(bool IsStdout, string Text);
