namespace Kconfig.Build.Engine.Resolution;

/// <summary>
/// Well-known renames, removals and later additions of Kconfig symbols, so that a request for a name the tree
/// does not define says what happened to it rather than only "unknown". Kept short and checked against the real
/// 6.12 tree by the tests (every old name is undefined there, every replacement defined); add entries with the
/// kernel version that made the change.
/// </summary>
public static class SymbolHistory
{
    private static readonly SymbolHistoryEntry[] Entries =
    [
        new("CC_STACKPROTECTOR", SymbolChange.Renamed, "4.18", "STACKPROTECTOR", "the stack protector options lost their CC_ prefix"),
        new("CC_STACKPROTECTOR_STRONG", SymbolChange.Renamed, "4.18", "STACKPROTECTOR_STRONG", "the stack protector options lost their CC_ prefix"),
        new("DEBUG_RODATA", SymbolChange.Renamed, "4.11", "STRICT_KERNEL_RWX", "read-only kernel data is no longer a debug option"),
        new("DEBUG_SET_MODULE_RONX", SymbolChange.Renamed, "4.11", "STRICT_MODULE_RWX", "read-only module data is no longer a debug option"),
        new("NF_CONNTRACK_IPV4", SymbolChange.Removed, "4.19", "NF_CONNTRACK", "IPv4 connection tracking is part of NF_CONNTRACK"),
        new("NFT_CHAIN_NAT_IPV4", SymbolChange.Removed, "5.1", "NFT_NAT", "the nftables NAT chain types are part of NFT_NAT"),
        new("IOSCHED_CFQ", SymbolChange.Removed, "5.0", "IOSCHED_BFQ", "the legacy I/O schedulers went with the legacy block layer"),
        new("IDE", SymbolChange.Removed, "5.14", "ATA", "the legacy IDE layer is gone; libata drives the same hardware"),
        new("SLOB", SymbolChange.Removed, "6.4", "SLUB_TINY", "the SLOB allocator is gone; SLUB with SLUB_TINY is the small choice"),
        new("SLAB", SymbolChange.Removed, "6.8", "SLUB", "the SLAB allocator is gone; SLUB is the only one"),
        new("SECURITY_SELINUX_DISABLE", SymbolChange.Removed, "6.4", null, "disabling SELinux at run time is no longer possible; leave it out of the boot instead"),
        new("MICROCODE_INTEL", SymbolChange.Removed, null, "MICROCODE", "microcode loading for every vendor is part of MICROCODE"),
        new("MICROCODE_AMD", SymbolChange.Removed, null, "MICROCODE", "microcode loading for every vendor is part of MICROCODE"),
        new("EMBEDDED", SymbolChange.Removed, null, "EXPERT", "the options it unlocked are behind EXPERT"),
        new("PREEMPT_LAZY", SymbolChange.Added, "6.13", null, "lazy preemption is new in that version"),
    ];

    /// <summary>Every entry, in table order.</summary>
    public static IReadOnlyList<SymbolHistoryEntry> All => Entries;

    /// <summary>The entry for <paramref name="name"/> (without CONFIG_), or null.</summary>
    public static SymbolHistoryEntry? Find(string name) =>
        Array.Find(Entries, e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
