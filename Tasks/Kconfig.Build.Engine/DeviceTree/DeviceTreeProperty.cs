using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>A named property and where in the profile it came from (so checks on the tree can point there).</summary>
public sealed record DeviceTreeProperty(string Name, DeviceTreeValue Value, SourceSpan Origin);
