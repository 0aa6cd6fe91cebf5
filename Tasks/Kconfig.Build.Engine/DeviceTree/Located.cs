using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>A value read from a profile together with where it was written, so later checks can point at it.</summary>
public readonly record struct Located<T>(T Value, SourceSpan Span);
