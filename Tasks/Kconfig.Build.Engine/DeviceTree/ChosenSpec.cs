using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>The <c>chosen:</c> section (arm64): kernel command line and initrd range.</summary>
public sealed record ChosenSpec(string? Bootargs, InitrdSpec? Initrd, SourceSpan Span);
