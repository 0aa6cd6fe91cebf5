namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>A property value, typed so that DTS can be written faithfully and DTB encoded without guessing.</summary>
public sealed class DeviceTreeValue
{
    private DeviceTreeValue(DeviceTreeValueKind kind, IReadOnlyList<string> strings, IReadOnlyList<DeviceTreeCell> cells)
    {
        Kind = kind;
        Strings = strings;
        Cells = cells;
    }

    public static DeviceTreeValue Empty { get; } = new(DeviceTreeValueKind.Empty, Array.Empty<string>(), Array.Empty<DeviceTreeCell>());

    public DeviceTreeValueKind Kind { get; }

    public IReadOnlyList<string> Strings { get; }

    public IReadOnlyList<DeviceTreeCell> Cells { get; }

    public static DeviceTreeValue String(params string[] strings) => new(DeviceTreeValueKind.Strings, strings, Array.Empty<DeviceTreeCell>());

    public static DeviceTreeValue FromCells(params DeviceTreeCell[] cells) => new(DeviceTreeValueKind.Cells, Array.Empty<string>(), cells);

    public static DeviceTreeValue FromCells(IEnumerable<DeviceTreeCell> cells) => new(DeviceTreeValueKind.Cells, Array.Empty<string>(), cells.ToArray());

    /// <summary>A single decimal cell: counts, ids, interrupt numbers.</summary>
    public static DeviceTreeValue U32(uint value) => FromCells(DeviceTreeCell.Decimal(value));

    /// <summary>A phandle reference to <paramref name="node"/>.</summary>
    public static DeviceTreeValue Phandle(DeviceTreeNode node) => FromCells(DeviceTreeCell.PhandleOf(node));

    /// <summary>Hex cells for a list of 64-bit values, each split into <paramref name="cellsEach"/> cells (1 or 2).</summary>
    public static DeviceTreeValue Addresses(int cellsEach, params ulong[] values)
    {
        var cells = new List<DeviceTreeCell>(values.Length * cellsEach);
        foreach (ulong value in values)
        {
            AppendAddress(cells, cellsEach, value);
        }

        return FromCells(cells);
    }

    /// <summary>Appends <paramref name="value"/> as <paramref name="cellsEach"/> hex cells, most significant first.</summary>
    public static void AppendAddress(List<DeviceTreeCell> cells, int cellsEach, ulong value)
    {
        if (cellsEach == 2)
        {
            cells.Add(DeviceTreeCell.Hexadecimal((uint)(value >> 32)));
        }
        else if (value > uint.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "value does not fit in one cell");
        }

        cells.Add(DeviceTreeCell.Hexadecimal((uint)value));
    }
}
