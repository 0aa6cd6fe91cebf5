namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>When the device-tree stub is written (<c>emit:</c>).</summary>
public enum DeviceTreeEmitMode
{
    /// <summary>Only when the resolved configuration has <c>CONFIG_OF=y</c>.</summary>
    Auto,

    /// <summary>Always; a configuration without <c>CONFIG_OF=y</c> is an error.</summary>
    Always,

    /// <summary>Never.</summary>
    Never,
}
