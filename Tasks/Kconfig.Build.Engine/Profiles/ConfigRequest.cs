using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>One <c>SYMBOL: value</c> entry of a profile's <c>config</c> mapping.</summary>
/// <param name="SymbolName">The symbol name without the CONFIG_ prefix.</param>
/// <param name="Value">The value: y/m/n, the number as written, or the unquoted string.</param>
/// <param name="Kind">How the value was written.</param>
/// <param name="Location">The key's location: where a request that did not take is reported.</param>
/// <param name="ValueLocation">The value's location.</param>
public sealed record ConfigRequest(string SymbolName, string Value, ConfigValueKind Kind, SourceSpan Location, SourceSpan ValueLocation);
