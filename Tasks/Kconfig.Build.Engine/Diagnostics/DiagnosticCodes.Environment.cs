namespace Kconfig.Build.Engine.Diagnostics;

// Kernel environment (KC5000-KC5099): computing what the kernel's top Makefile hands to conf.
public static partial class DiagnosticCodes
{
    /// <summary>The kernel source tree does not exist.</summary>
    public const string KernelSourceTreeNotFound = "KC5000";

    /// <summary>The directory has no top-level Makefile, so it is not a kernel source tree.</summary>
    public const string KernelMakefileNotFound = "KC5001";

    /// <summary>The top-level Makefile lacks VERSION or PATCHLEVEL, so KERNELVERSION cannot be computed.</summary>
    public const string KernelVersionNotFound = "KC5002";

    /// <summary>ARCH names no directory under arch/ with a Kconfig (after the Makefile's aliases).</summary>
    public const string UnknownArchitecture = "KC5003";

    /// <summary>The C compiler (<c>$(CC)</c>) is not found in PATH; the Kconfig files would stop with an error.</summary>
    public const string CompilerNotFound = "KC5004";

    /// <summary>The linker (<c>$(LD)</c>) is not found in PATH; the Kconfig files would stop with an error.</summary>
    public const string LinkerNotFound = "KC5005";

    /// <summary>A toolchain query (<c>$(CC) --version</c>, <c>uname</c>...) could not be run.</summary>
    public const string ToolQueryFailed = "KC5006";

    /// <summary>LLVM=... given with a value the Makefile cannot use, or clang without a known --target.</summary>
    public const string InvalidLlvmSetting = "KC5007";
}
