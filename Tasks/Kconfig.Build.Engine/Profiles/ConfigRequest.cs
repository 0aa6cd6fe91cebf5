using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>One <c>SYMBOL: value</c> entry of a profile's <c>config</c> mapping (or of a <c>when</c> clause's).</summary>
/// <param name="SymbolName">The symbol name without the CONFIG_ prefix.</param>
/// <param name="Value">The value: y/m/n, the number as written, or the unquoted string. For <see cref="ConfigIntent.Range"/> the low bound.</param>
/// <param name="Kind">How the value was written.</param>
/// <param name="Location">The key's location: where a request that did not take is reported.</param>
/// <param name="ValueLocation">The value's location.</param>
public sealed record ConfigRequest(string SymbolName, string Value, ConfigValueKind Kind, SourceSpan Location, SourceSpan ValueLocation)
{
    public ConfigIntent Intent { get; init; } = ConfigIntent.Exact;

    /// <summary>For <see cref="ConfigIntent.Range"/>: the high bound as written.</summary>
    public string? RangeHigh { get; init; }

    /// <summary>The <c>reason</c> written with the request, repeated in every diagnostic about it.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// <c>unmet_select: warning</c>: a select of this symbol whose direct dependencies are unmet is reported as a
    /// warning instead of an error. Needs a <see cref="Reason"/>.
    /// </summary>
    public bool AllowUnmetSelect { get; init; }

    /// <summary>Whether the request puts a line into the merge_config.sh fragment (a range only checks; a select policy does neither).</summary>
    public bool SetsValue => Intent is not (ConfigIntent.Range or ConfigIntent.SelectPolicy);
}
