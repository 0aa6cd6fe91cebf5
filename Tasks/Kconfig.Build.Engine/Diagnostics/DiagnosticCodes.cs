namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>
/// Every diagnostic code the product emits. Codes are stable: once released, a code keeps its meaning.
/// Each pipeline stage declares its codes in its own part of this class (DiagnosticCodes.Stage.cs),
/// inside its own range, and each code has a page docs/diagnostics/KCnnnn.md.
/// <list type="table">
/// <item><term>KC1000-KC1499</term><description>lexer and macro preprocessor</description></item>
/// <item><term>KC1500-KC1999</term><description>parser and model (menu_finalize, dependency loops)</description></item>
/// <item><term>KC2000-KC2999</term><description>evaluation, reading and writing config files</description></item>
/// <item><term>KC3000-KC3999</term><description>YAML profiles: loading, composition, resolution, verification</description></item>
/// <item><term>KC4000-KC4999</term><description>device tree</description></item>
/// <item><term>KC5000-KC5999</term><description>SDK, MSBuild tasks, CLI, kernel environment, file system</description></item>
/// <item><term>KC9000-KC9999</term><description>internal errors (a defect of ours, reported instead of a stack trace)</description></item>
/// </list>
/// </summary>
public static partial class DiagnosticCodes
{
    /// <summary>An unexpected exception inside the engine; the message carries the exception text.</summary>
    public const string InternalError = "KC9000";
}
