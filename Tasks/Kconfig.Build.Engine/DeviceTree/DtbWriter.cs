using System.Buffers.Binary;
using System.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Encodes a <see cref="DeviceTree"/> as a flattened device tree blob, version 17: header, memory
/// reservation block, structure block, strings block, in that order, with no padding after the strings.
/// Pure function of the tree, so the same tree always gives the same bytes.
/// </summary>
public static class DtbWriter
{
    public static byte[] Write(DeviceTree tree)
    {
        IReadOnlyDictionary<DeviceTreeNode, uint> phandles = tree.AssignPhandles();
        var strings = new MemoryStream();
        var stringOffsets = new Dictionary<string, int>(StringComparer.Ordinal);
        var structure = new MemoryStream();
        WriteNode(structure, tree.Root, phandles, strings, stringOffsets);
        WriteU32(structure, FdtToken.End);

        int reservationOffset = FdtToken.HeaderSize;
        int reservationSize = 16 * (tree.Reservations.Count + 1);
        int structOffset = reservationOffset + reservationSize;
        int stringsOffset = structOffset + (int)structure.Length;
        int totalSize = stringsOffset + (int)strings.Length;

        byte[] blob = new byte[totalSize];
        Span<byte> span = blob;
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x00), FdtToken.Magic);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x04), (uint)totalSize);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x08), (uint)structOffset);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x0c), (uint)stringsOffset);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x10), (uint)reservationOffset);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x14), FdtToken.Version);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x18), FdtToken.LastCompatibleVersion);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x1c), tree.BootCpuIdPhysical);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x20), (uint)strings.Length);
        BinaryPrimitives.WriteUInt32BigEndian(span.Slice(0x24), (uint)structure.Length);

        int at = reservationOffset;
        foreach (DeviceTreeReservation reservation in tree.Reservations)
        {
            BinaryPrimitives.WriteUInt64BigEndian(span.Slice(at), reservation.Address);
            BinaryPrimitives.WriteUInt64BigEndian(span.Slice(at + 8), reservation.Size);
            at += 16;
        }

        // The terminating {0, 0} entry is already zero.
        structure.ToArray().CopyTo(span.Slice(structOffset));
        strings.ToArray().CopyTo(span.Slice(stringsOffset));
        return blob;
    }

    private static void WriteNode(
        MemoryStream structure,
        DeviceTreeNode node,
        IReadOnlyDictionary<DeviceTreeNode, uint> phandles,
        MemoryStream strings,
        Dictionary<string, int> stringOffsets)
    {
        WriteU32(structure, FdtToken.BeginNode);
        byte[] name = Encoding.ASCII.GetBytes(node.Parent is null ? string.Empty : node.FullName);
        structure.Write(name);
        structure.WriteByte(0);
        Pad(structure);

        foreach (DeviceTreeProperty property in node.Properties)
        {
            WriteProperty(structure, property.Name, Encode(property.Value, phandles), strings, stringOffsets);
        }

        if (phandles.TryGetValue(node, out uint phandle))
        {
            byte[] value = new byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(value, phandle);
            WriteProperty(structure, "phandle", value, strings, stringOffsets);
        }

        foreach (DeviceTreeNode child in node.Children)
        {
            WriteNode(structure, child, phandles, strings, stringOffsets);
        }

        WriteU32(structure, FdtToken.EndNode);
    }

    private static void WriteProperty(MemoryStream structure, string name, byte[] value, MemoryStream strings, Dictionary<string, int> stringOffsets)
    {
        if (!stringOffsets.TryGetValue(name, out int nameOffset))
        {
            nameOffset = (int)strings.Length;
            stringOffsets.Add(name, nameOffset);
            strings.Write(Encoding.ASCII.GetBytes(name));
            strings.WriteByte(0);
        }

        WriteU32(structure, FdtToken.Property);
        WriteU32(structure, (uint)value.Length);
        WriteU32(structure, (uint)nameOffset);
        structure.Write(value);
        Pad(structure);
    }

    private static byte[] Encode(DeviceTreeValue value, IReadOnlyDictionary<DeviceTreeNode, uint> phandles)
    {
        switch (value.Kind)
        {
            case DeviceTreeValueKind.Empty:
                return Array.Empty<byte>();
            case DeviceTreeValueKind.Strings:
                var bytes = new MemoryStream();
                foreach (string s in value.Strings)
                {
                    bytes.Write(Encoding.ASCII.GetBytes(s));
                    bytes.WriteByte(0);
                }

                return bytes.ToArray();
            default:
                byte[] cells = new byte[4 * value.Cells.Count];
                for (int i = 0; i < value.Cells.Count; i++)
                {
                    DeviceTreeCell cell = value.Cells[i];
                    BinaryPrimitives.WriteUInt32BigEndian(cells.AsSpan(4 * i), cell.Reference is { } target ? phandles[target] : cell.Number);
                }

                return cells;
        }
    }

    private static void WriteU32(MemoryStream stream, uint value)
    {
        Span<byte> bytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(bytes, value);
        stream.Write(bytes);
    }

    private static void Pad(MemoryStream stream)
    {
        while (stream.Length % 4 != 0)
        {
            stream.WriteByte(0);
        }
    }
}
