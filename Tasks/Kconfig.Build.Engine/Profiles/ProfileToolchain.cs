using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// The <c>toolchain</c> section: the make variables the real build passes, so the Kconfig
/// <c>$(shell,...)</c> probes see the compiler and linker the kernel will be built with.
/// </summary>
public sealed record ProfileToolchain(ProfileScalar? CrossCompile, ProfileScalar? Cc, ProfileScalar? Ld, ProfileScalar? Llvm, SourceSpan Location)
{
    /// <summary>The section as make command-line variables (CROSS_COMPILE, CC, LD, LLVM).</summary>
    public IReadOnlyDictionary<string, string> ToMakeVariables()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        if (CrossCompile is { } cross)
        {
            variables["CROSS_COMPILE"] = cross.Value;
        }

        if (Cc is { } cc)
        {
            variables["CC"] = cc.Value;
        }

        if (Ld is { } ld)
        {
            variables["LD"] = ld.Value;
        }

        if (Llvm is { } llvm)
        {
            variables["LLVM"] = llvm.Value;
        }

        return variables;
    }
}
