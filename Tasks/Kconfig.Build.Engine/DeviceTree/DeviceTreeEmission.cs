using Kconfig.Build.Engine.Diagnostics;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// What <see cref="DeviceTreeEmitter"/> produced: whether a stub is due, its texts (only those the profile's
/// <c>outputs</c> asks for) and every diagnostic. Nothing is on disk yet.
/// </summary>
public sealed record DeviceTreeEmission(bool Emitted, DeviceTree? Tree, string? Dts, byte[]? Dtb, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
