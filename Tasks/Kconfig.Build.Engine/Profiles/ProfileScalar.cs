using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>A scalar value of a profile with the location of its text.</summary>
public readonly record struct ProfileScalar(string Value, SourceSpan Location);
