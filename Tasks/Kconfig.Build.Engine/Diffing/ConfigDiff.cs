namespace Kconfig.Build.Engine.Diffing;

/// <summary>Every changed symbol between two resolutions, grouped by menu path, groups and symbols in menu order.</summary>
public sealed record ConfigDiff(IReadOnlyList<DiffGroup> Groups)
{
    public int ChangeCount => Groups.Sum(g => g.Changes.Count);
}
