namespace Kconfig.Build.Engine.Profiles;

/// <summary>What a <c>config</c> line asks of the resolved value, which decides how its loss is reported.</summary>
public enum ConfigIntent
{
    /// <summary><c>SYMBOL: value</c>: the resolved value must be exactly this.</summary>
    Exact,
    /// <summary><c>{prefer: v}</c>: try the value; losing it is a warning, not an error.</summary>
    Prefer,
    /// <summary><c>{at_least: m}</c>: a tristate that must end at least this high (m accepts y).</summary>
    AtLeast,
    /// <summary><c>{forbid: true}</c>: the symbol must end n, whatever selects it.</summary>
    Forbid,
    /// <summary><c>{range: [low, high]}</c>: an int or hex that must end inside the bounds; nothing is set.</summary>
    Range,
    /// <summary>
    /// <c>{unmet_select: warning, reason: ...}</c> alone: asks nothing of the value and only keeps a select of the
    /// symbol whose direct dependencies are unmet (KC2001) a warning. For symbols the profile does not request.
    /// </summary>
    SelectPolicy,
}
