namespace Kconfig.Build.Engine.Environment;

/// <summary>
/// The inputs of <c>make O=&lt;object tree&gt; ARCH=... [CROSS_COMPILE=...] [LLVM=...] [VAR=value...] &lt;target&gt;config</c>
/// that decide the environment conf gets. Each null falls back the way make does: to the variable in
/// <see cref="BaseEnvironment"/>, then to the Makefile's default.
/// </summary>
public sealed class KernelEnvironmentOptions
{
    /// <summary>The kernel source tree (its top-level Makefile is read for the version).</summary>
    public required string SourceTree { get; init; }

    /// <summary>
    /// The directory conf runs in (make's O=). Null means a directory outside the source tree, which makes
    /// <c>srctree</c> the absolute source path; the source tree itself gives <c>.</c>, a direct subdirectory <c>..</c>.
    /// </summary>
    public string? ObjectTree { get; init; }

    /// <summary>ARCH in the user's spelling (arm64, x86_64, i386, x86, riscv, sparc64...); null: $ARCH, else the host's SUBARCH.</summary>
    public string? Arch { get; init; }

    /// <summary>CROSS_COMPILE prefix (aarch64-linux-gnu-); null: $CROSS_COMPILE, else empty.</summary>
    public string? CrossCompile { get; init; }

    /// <summary>LLVM=1, LLVM=/path/to/bin/ or LLVM=-15 to use the LLVM toolchain; null: $LLVM, else GNU tools.</summary>
    public string? Llvm { get; init; }

    /// <summary>
    /// Variables given on make's command line (CC=clang, LD=ld.bfd, HOSTCC=..., LLVM_IAS=0...): they win over
    /// the Makefiles' own assignments, as on make's command line.
    /// </summary>
    public IReadOnlyDictionary<string, string> MakeVariables { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The environment make is started with: PATH to find the toolchain, and what make lets the environment
    /// decide (ARCH, CROSS_COMPILE, LLVM, KCONFIG_*). Null: this process's environment.
    /// </summary>
    public IReadOnlyDictionary<string, string>? BaseEnvironment { get; init; }
}
