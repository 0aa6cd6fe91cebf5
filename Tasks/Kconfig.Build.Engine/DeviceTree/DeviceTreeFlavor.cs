namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>Which consumer the VMBus node is shaped for (<c>flavor:</c>).</summary>
public enum DeviceTreeFlavor
{
    /// <summary>The kernel's <c>microsoft,vmbus</c> binding: <c>#size-cells = &lt;1&gt;</c>, nothing else.</summary>
    Upstream,

    /// <summary>
    /// The shape OpenHCL's boot shim hands its kernel: <c>#size-cells = &lt;2&gt;</c>, <c>microsoft,vtl</c> and
    /// <c>microsoft,message-connection-id</c>, plus a <c>/hypervisor</c> node.
    /// </summary>
    OpenHcl,
}
