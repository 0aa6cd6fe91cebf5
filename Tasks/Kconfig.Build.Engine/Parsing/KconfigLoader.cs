namespace Kconfig.Build.Engine.Parsing;

/// <summary>
/// Entry point of the front end: lex, preprocess and parse the tree starting at the top Kconfig file,
/// then finalise the model as menu_finalize() does. Never throws for bad input: errors are diagnostics.
/// </summary>
public static class KconfigLoader
{
    public static KconfigLoadResult Load(KconfigLoadOptions options) =>
        throw new NotImplementedException("front end: owned by the parsing stage");
}
