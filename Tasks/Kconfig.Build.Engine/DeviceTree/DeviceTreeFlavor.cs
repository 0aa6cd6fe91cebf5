namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>Which consumer the VMBus node is shaped for (<c>flavor:</c>).</summary>
public enum DeviceTreeFlavor
{
    /// <summary>The kernel's <c>microsoft,vmbus</c> binding: <c>#size-cells = &lt;1&gt;</c>, nothing else.</summary>
    Upstream,

    /// <summary>
    /// The VMBus shape OpenHCL's boot shim hands its kernel: <c>#size-cells = &lt;2&gt;</c> (64-bit window
    /// sizes), <c>microsoft,vtl</c> and <c>microsoft,message-connection-id</c>. Everything else stays
    /// binding-clean: the kernel does not care, and the difference stays confined to what OpenHCL reads.
    /// </summary>
    OpenHcl,
}
