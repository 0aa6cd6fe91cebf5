namespace Kconfig.Build.Engine.Lexing;

/// <summary>
/// Unwinds the front end after an error at which conf calls exit(1). The diagnostic is already logged;
/// the loader catches this and returns the diagnostics without a model. Never escapes the engine.
/// </summary>
internal sealed class FatalFrontEndException : Exception
{
    public FatalFrontEndException()
        : base("fatal front-end error (already reported)")
    {
    }
}
