using System.Globalization;
using System.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Writes a <see cref="DeviceTree"/> as DTS source (version 1). Phandles are written as numbers rather
/// than labels so that dtc's DTS-to-DTS output equals its DTB-to-DTS output: a DTB carries no labels.
/// Properties stay in model order, each cell list in one <c>&lt;...&gt;</c> group for the same reason.
/// </summary>
public static class DtsWriter
{
    public static string Write(DeviceTree tree)
    {
        IReadOnlyDictionary<DeviceTreeNode, uint> phandles = tree.AssignPhandles();
        var text = new StringBuilder();
        text.Append("/dts-v1/;\n\n");
        foreach (DeviceTreeReservation reservation in tree.Reservations)
        {
            text.Append("/memreserve/ ")
                .Append(DeviceTreeNumber.ToHex(reservation.Address))
                .Append(' ')
                .Append(DeviceTreeNumber.ToHex(reservation.Size))
                .Append(";\n");
        }

        if (tree.Reservations.Count != 0)
        {
            text.Append('\n');
        }

        WriteNode(text, tree.Root, 0, phandles);
        return text.ToString();
    }

    private static void WriteNode(StringBuilder text, DeviceTreeNode node, int depth, IReadOnlyDictionary<DeviceTreeNode, uint> phandles)
    {
        Indent(text, depth).Append(node.Parent is null ? "/" : node.FullName).Append(" {\n");
        foreach (DeviceTreeProperty property in node.Properties)
        {
            Indent(text, depth + 1).Append(property.Name);
            WriteValue(text, property.Value, phandles);
            text.Append(";\n");
        }

        if (phandles.TryGetValue(node, out uint phandle))
        {
            Indent(text, depth + 1).Append("phandle = <").Append(phandle.ToString(CultureInfo.InvariantCulture)).Append(">;\n");
        }

        foreach (DeviceTreeNode child in node.Children)
        {
            text.Append('\n');
            WriteNode(text, child, depth + 1, phandles);
        }

        Indent(text, depth).Append("};\n");
    }

    private static void WriteValue(StringBuilder text, DeviceTreeValue value, IReadOnlyDictionary<DeviceTreeNode, uint> phandles)
    {
        switch (value.Kind)
        {
            case DeviceTreeValueKind.Empty:
                return;
            case DeviceTreeValueKind.Strings:
                text.Append(" = ");
                for (int i = 0; i < value.Strings.Count; i++)
                {
                    if (i != 0)
                    {
                        text.Append(", ");
                    }

                    AppendQuoted(text, value.Strings[i]);
                }

                return;
            default:
                text.Append(" = <");
                for (int i = 0; i < value.Cells.Count; i++)
                {
                    if (i != 0)
                    {
                        text.Append(' ');
                    }

                    DeviceTreeCell cell = value.Cells[i];
                    uint number = cell.Reference is { } target ? phandles[target] : cell.Number;
                    text.Append(cell.Hex ? "0x" + number.ToString("x", CultureInfo.InvariantCulture) : number.ToString(CultureInfo.InvariantCulture));
                }

                text.Append('>');
                return;
        }
    }

    private static void AppendQuoted(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case < ' ' or > '~':
                    // The reader admits printable ASCII only; escape anything else rather than write it raw.
                    text.Append("\\x").Append(((int)c & 0xff).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    private static StringBuilder Indent(StringBuilder text, int depth) => text.Append('\t', depth);
}
