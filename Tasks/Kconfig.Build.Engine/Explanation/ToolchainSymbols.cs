namespace Kconfig.Build.Engine.Explanation;

/// <summary>
/// Symbols whose value is the identity or a capability of the toolchain, computed by $(shell,...) probes in
/// the kernel's Kconfig files: a profile may read them but cannot ask for them.
/// </summary>
public static class ToolchainSymbols
{
    private static readonly string[] Names =
    [
        "CC_VERSION_TEXT", "CC_IS_GCC", "GCC_VERSION", "CC_IS_CLANG", "CLANG_VERSION", "AS_IS_GNU", "AS_IS_LLVM",
        "AS_VERSION", "LD_VERSION", "LD_IS_BFD", "LD_IS_LLD", "LLD_VERSION", "RUSTC_VERSION", "RUSTC_LLVM_VERSION",
        "BINDGEN_VERSION_TEXT", "PAHOLE_VERSION", "CC_CAN_LINK", "CC_CAN_LINK_STATIC", "RUST_IS_AVAILABLE",
        "CC_IMPLICIT_FALLTHROUGH", "GCC_ASM_GOTO_OUTPUT_BROKEN", "TOOLS_SUPPORT_RELR",
    ];

    private static readonly string[] Prefixes = ["CC_HAS_", "CC_HAVE_", "AS_HAS_", "LD_HAS_", "TOOLCHAIN_HAS_", "CC_CAN_", "RUSTC_HAS_"];

    public static bool IsToolchainIdentity(string name) =>
        Array.IndexOf(Names, name) >= 0 || Prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));
}
