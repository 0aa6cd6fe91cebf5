using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>The <c>psci:</c> section (arm64): whether a <c>/psci</c> node may be written, and its conduit.</summary>
public sealed record PsciSpec(Located<bool> Enabled, Located<string> Method, SourceSpan Span)
{
    public static PsciSpec Default(SourceSpan span) => new(new Located<bool>(true, span), new Located<string>("hvc", span), span);
}
