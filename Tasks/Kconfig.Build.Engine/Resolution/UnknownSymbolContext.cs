namespace Kconfig.Build.Engine.Resolution;

/// <summary>What explaining an undefined requested symbol needs to know about the build.</summary>
/// <param name="SourceTree">The kernel tree, whose other architectures are searched.</param>
/// <param name="Arch">The build's ARCH.</param>
/// <param name="SourceArch">Its SRCARCH (the arch/ folder).</param>
/// <param name="KernelVersion">KERNELVERSION of the tree, when known.</param>
internal sealed record UnknownSymbolContext(string SourceTree, string Arch, string SourceArch, string? KernelVersion);
