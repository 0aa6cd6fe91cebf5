using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Model;

namespace Kconfig.Build.Engine.Evaluation;

/// <summary>
/// One configuration of a model: user values and computed values of every symbol, evaluated lazily as
/// sym_calc_value() does. Each resolution owns its Configuration; the model underneath is shared.
/// </summary>
public sealed partial class Configuration
{
    public Configuration(KconfigModel model)
    {
        Model = model;
    }

    public KconfigModel Model { get; }

    /// <summary>
    /// Reads a .config file or fragment into the user values, as conf_read_simple() does
    /// (<paramref name="path"/> is used for locations only). Returns the warnings conf would print.
    /// </summary>
    public IReadOnlyList<Diagnostic> ReadConfig(string path, string text) =>
        throw new NotImplementedException("evaluation stage");

    /// <summary>Sets a user value as sym_set_string_value() does; false when the value is invalid for the type.</summary>
    public bool SetUserValue(Symbol symbol, string value) => throw new NotImplementedException("evaluation stage");

    /// <summary>The computed value as text: n/m/y for bool and tristate, the number or string otherwise.</summary>
    public string GetStringValue(Symbol symbol) => throw new NotImplementedException("evaluation stage");

    /// <summary>The computed tristate value.</summary>
    public Tristate GetTristateValue(Symbol symbol) => throw new NotImplementedException("evaluation stage");
}
