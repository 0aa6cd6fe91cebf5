using System.Buffers.Binary;
using System.Globalization;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>
/// Reads a blob back the way a boot loader's libfdt would and reports what it would reject: the writer's
/// self-check, run on every blob before it is written to disk.
/// </summary>
public static class DtbVerifier
{
    /// <summary>The arm64 boot protocol's limit on the DTB (Documentation/arch/arm64/booting.rst).</summary>
    public const int Arm64MaximumSize = 2 * 1024 * 1024;

    /// <summary>Checks <paramref name="blob"/>; every finding is reported at <paramref name="at"/>.</summary>
    public static IReadOnlyList<Diagnostic> Verify(ReadOnlySpan<byte> blob, SourceSpan at)
    {
        var bag = new DiagnosticBag();
        Check(blob, at, bag);
        return bag.Items;
    }

    private static void Check(ReadOnlySpan<byte> blob, SourceSpan at, DiagnosticBag bag)
    {
        if (blob.Length < FdtToken.HeaderSize)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobHeaderInvalid, at, Invariant($"DTB self-check: {blob.Length} bytes is shorter than the 40-byte header"));
            return;
        }

        uint magic = U32(blob, 0x00);
        uint totalSize = U32(blob, 0x04);
        uint structOffset = U32(blob, 0x08);
        uint stringsOffset = U32(blob, 0x0c);
        uint reservationOffset = U32(blob, 0x10);
        uint version = U32(blob, 0x14);
        uint lastCompatible = U32(blob, 0x18);
        uint stringsSize = U32(blob, 0x20);
        uint structSize = U32(blob, 0x24);

        if (magic != FdtToken.Magic)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobHeaderInvalid, at, Invariant($"DTB self-check: magic is 0x{magic:x8}, expected 0xd00dfeed"));
            return;
        }

        if (totalSize != (uint)blob.Length)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobHeaderInvalid, at, Invariant($"DTB self-check: totalsize is {totalSize} but the blob has {blob.Length} bytes"));
            return;
        }

        if (version != FdtToken.Version || lastCompatible != FdtToken.LastCompatibleVersion)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobHeaderInvalid, at, Invariant($"DTB self-check: version {version}, last_comp_version {lastCompatible}; expected 17 and 16"));
            return;
        }

        if (reservationOffset % 8 != 0 || reservationOffset < FdtToken.HeaderSize || reservationOffset >= totalSize)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobLayoutInvalid, at, Invariant($"DTB self-check: off_mem_rsvmap 0x{reservationOffset:x} must be 8-byte aligned and after the header"));
            return;
        }

        if (structOffset % 4 != 0 || structOffset < FdtToken.HeaderSize || (ulong)structOffset + structSize > totalSize)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobLayoutInvalid, at, Invariant($"DTB self-check: structure block at 0x{structOffset:x} (+0x{structSize:x}) must be 4-byte aligned and inside the blob"));
            return;
        }

        if (stringsOffset < FdtToken.HeaderSize || (ulong)stringsOffset + stringsSize > totalSize)
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobLayoutInvalid, at, Invariant($"DTB self-check: strings block at 0x{stringsOffset:x} (+0x{stringsSize:x}) lies outside the blob"));
            return;
        }

        if (Overlap(structOffset, structSize, stringsOffset, stringsSize))
        {
            bag.Error(DiagnosticCodes.DeviceTreeBlobLayoutInvalid, at, "DTB self-check: structure and strings blocks overlap");
            return;
        }

        CheckReservations(blob, reservationOffset, structOffset, stringsOffset, at, bag);
        CheckStructure(blob.Slice((int)structOffset, (int)structSize), blob.Slice((int)stringsOffset, (int)stringsSize), at, bag);
    }

    private static void CheckReservations(ReadOnlySpan<byte> blob, uint offset, uint structOffset, uint stringsOffset, SourceSpan at, DiagnosticBag bag)
    {
        var entries = new List<(ulong Address, ulong Size)>();
        for (long position = offset; ; position += 16)
        {
            if (position + 16 > blob.Length || Overlap((uint)position, 16, structOffset, 1) || Overlap((uint)position, 16, stringsOffset, 1))
            {
                bag.Error(DiagnosticCodes.DeviceTreeBlobReservationInvalid, at, "DTB self-check: the memory reservation block has no {0, 0} terminator before the next block");
                return;
            }

            ulong address = BinaryPrimitives.ReadUInt64BigEndian(blob.Slice((int)position));
            ulong size = BinaryPrimitives.ReadUInt64BigEndian(blob.Slice((int)position + 8));
            if (address == 0 && size == 0)
            {
                return;
            }

            if (size == 0 || address > ulong.MaxValue - size + 1)
            {
                bag.Error(DiagnosticCodes.DeviceTreeBlobReservationInvalid, at, Invariant($"DTB self-check: reservation 0x{address:x} +0x{size:x} is empty or wraps"));
                return;
            }

            foreach ((ulong otherAddress, ulong otherSize) in entries)
            {
                if (address < otherAddress + (UInt128)otherSize && otherAddress < address + (UInt128)size)
                {
                    bag.Error(DiagnosticCodes.DeviceTreeBlobReservationInvalid, at, Invariant($"DTB self-check: reservation 0x{address:x} +0x{size:x} overlaps 0x{otherAddress:x} +0x{otherSize:x}"));
                    return;
                }
            }

            entries.Add((address, size));
        }
    }

    private static void CheckStructure(ReadOnlySpan<byte> structure, ReadOnlySpan<byte> strings, SourceSpan at, DiagnosticBag bag)
    {
        int position = 0;
        int depth = 0;
        bool seenRoot = false;
        // Per open node: has it had a child yet? Properties must precede children.
        bool childSeenAtDepth = false;
        while (true)
        {
            if (position + 4 > structure.Length)
            {
                bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, "DTB self-check: structure block ends without FDT_END");
                return;
            }

            uint token = U32(structure, position);
            int tokenAt = position;
            position += 4;
            switch (token)
            {
                case FdtToken.BeginNode:
                {
                    int nameEnd = structure.Slice(position).IndexOf((byte)0);
                    if (nameEnd < 0)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: node name at 0x{position:x} is not terminated"));
                        return;
                    }

                    if (!seenRoot && (depth != 0 || nameEnd != 0))
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, "DTB self-check: the first node must be the root, with an empty name");
                        return;
                    }

                    if (seenRoot && depth == 0)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: a second root node at 0x{tokenAt:x}"));
                        return;
                    }

                    seenRoot = true;
                    childSeenAtDepth = false;
                    depth++;
                    position = Align(position + nameEnd + 1);
                    break;
                }

                case FdtToken.EndNode:
                    if (depth == 0)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: FDT_END_NODE at 0x{tokenAt:x} closes no node"));
                        return;
                    }

                    depth--;
                    childSeenAtDepth = true;
                    break;

                case FdtToken.Property:
                {
                    if (depth == 0 || position + 8 > structure.Length)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: FDT_PROP at 0x{tokenAt:x} outside a node or truncated"));
                        return;
                    }

                    if (childSeenAtDepth)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: property at 0x{tokenAt:x} follows a child node"));
                        return;
                    }

                    uint length = U32(structure, position);
                    uint nameOffset = U32(structure, position + 4);
                    position += 8;
                    if ((ulong)position + length > (ulong)structure.Length)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: property value at 0x{position:x} runs past the structure block"));
                        return;
                    }

                    if (nameOffset >= strings.Length || strings.Slice((int)nameOffset).IndexOf((byte)0) <= 0)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: property name offset 0x{nameOffset:x} is not a name in the strings block"));
                        return;
                    }

                    position = Align(position + (int)length);
                    break;
                }

                case FdtToken.Nop:
                    break;

                case FdtToken.End:
                    if (depth != 0 || !seenRoot)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: FDT_END at 0x{tokenAt:x} with {depth} node(s) open"));
                        return;
                    }

                    if (position != structure.Length)
                    {
                        bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: FDT_END at 0x{tokenAt:x} but size_dt_struct is 0x{structure.Length:x}"));
                    }

                    return;

                default:
                    bag.Error(DiagnosticCodes.DeviceTreeBlobStructureInvalid, at, Invariant($"DTB self-check: unknown token 0x{token:x} at 0x{tokenAt:x}"));
                    return;
            }
        }
    }

    private static bool Overlap(uint a, uint aSize, uint b, uint bSize) => a < (ulong)b + bSize && b < (ulong)a + aSize;

    private static int Align(int position) => (position + 3) & ~3;

    private static uint U32(ReadOnlySpan<byte> bytes, int offset) => BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(offset));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
