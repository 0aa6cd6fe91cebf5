namespace Kconfig.Build.Engine.Diagnostics;

/// <summary>KC5100-KC5999: the MSBuild SDK, its tasks and the CLI.</summary>
public static partial class DiagnosticCodes
{
    /// <summary>The SDK runs only in the MSBuild of the .NET SDK (<c>dotnet build</c>), not in .NET Framework MSBuild.</summary>
    public const string SdkRequiresCoreMSBuild = "KC5100";

    /// <summary>No kernel source tree is configured (KconfigSourceDir is empty).</summary>
    public const string SdkSourceDirNotSet = "KC5101";

    /// <summary>The configured source tree does not exist or has no top-level Kconfig file.</summary>
    public const string SdkSourceDirInvalid = "KC5102";

    /// <summary>No architecture: neither the profile, the KconfigProfile item nor KconfigArch gives one.</summary>
    public const string SdkArchNotSet = "KC5103";

    /// <summary>An output file could not be written.</summary>
    public const string SdkOutputWriteFailed = "KC5104";

    /// <summary>The profile's <c>arch</c> disagrees with the Arch given by the build or the command line.</summary>
    public const string SdkArchConflict = "KC5105";
}
