namespace Kconfig.Build.Engine.Diffing;

/// <summary>The changes under one menu path (the prompts of the menus above the symbols), in menu order.</summary>
public sealed record DiffGroup(string MenuPath, IReadOnlyList<SymbolChange> Changes);
