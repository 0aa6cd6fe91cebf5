using System.Buffers.Binary;
using Kconfig.Build.Engine.DeviceTree;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Text;
using Tree = Kconfig.Build.Engine.DeviceTree.DeviceTree;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>The FDT encoder against dtc's own encoder, and the self-check against damaged blobs.</summary>
[TestClass]
public sealed class DtbWriterTests
{
    private static readonly SourceSpan At = SourceSpan.At("profile.yaml", 3, 3);

    [TestMethod]
    public void BlobIsByteIdenticalToDtcsForTheSameSource()
    {
        // No property name here is a suffix of another, so dtc's string-suffix sharing cannot apply.
        Tree tree = SmallTree();
        byte[] ours = DtbWriter.Write(tree);
        string directory = Path.Combine(Path.GetTempPath(), "kc-dtb-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "small.dts"), DtsWriter.Write(tree));
            DtcResult dtc = DtcProcess.Run("-I", "dts", "-O", "dtb", "-b", "3", "-o", Path.Combine(directory, "small.dtb"), Path.Combine(directory, "small.dts"));
            Assert.AreEqual(string.Empty, dtc.StandardError);
            Assert.AreEqual(0, dtc.ExitCode);
            CollectionAssert.AreEqual(File.ReadAllBytes(Path.Combine(directory, "small.dtb")), ours);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [TestMethod]
    public void HeaderFieldsDescribeTheLayout()
    {
        byte[] blob = DtbWriter.Write(SmallTree());
        uint[] header = Enumerable.Range(0, 10).Select(i => BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(4 * i))).ToArray();
        Assert.AreEqual(0xd00dfeedU, header[0]);
        Assert.AreEqual((uint)blob.Length, header[1]);
        Assert.AreEqual(0x48U, header[2], "struct follows the header and one reservation plus its terminator");
        Assert.AreEqual(header[2] + header[9], header[3], "strings follow struct");
        Assert.AreEqual(0x28U, header[4]);
        Assert.AreEqual(17U, header[5]);
        Assert.AreEqual(16U, header[6]);
        Assert.AreEqual(3U, header[7]);
        Assert.AreEqual((uint)blob.Length, header[3] + header[8]);
        Assert.AreEqual(FdtToken.End, BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan((int)(header[2] + header[9] - 4))));
        Assert.AreEqual(0, DtbVerifier.Verify(blob, At).Count);
    }

    [TestMethod]
    [DataRow(0x00, 0x12345678u, "KC4200")]
    [DataRow(0x04, 0x10u, "KC4200")]
    [DataRow(0x14, 16u, "KC4200")]
    [DataRow(0x18, 17u, "KC4200")]
    [DataRow(0x10, 0x2cu, "KC4201")]
    [DataRow(0x08, 0x4au, "KC4201")]
    [DataRow(0x08, 0xffffu, "KC4201")]
    [DataRow(0x0c, 0xffffu, "KC4201")]
    [DataRow(0x24, 0x8u, "KC4202")]
    public void DamagedHeaderIsCaught(int offset, uint value, string code)
    {
        byte[] blob = DtbWriter.Write(SmallTree());
        BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(offset), value);
        Assert.AreEqual(code + "@3:3", string.Join(", ", DeviceTreeBuilderTests.Located(DtbVerifier.Verify(blob, At), DiagnosticSeverity.Error)));
    }

    [TestMethod]
    public void ShortBlobIsCaught()
    {
        Assert.AreEqual(
            "profile.yaml(3,3): error KC4200: DTB self-check: 12 bytes is shorter than the 40-byte header",
            DtbVerifier.Verify(new byte[12], At).Single().ToCanonicalString());
    }

    [TestMethod]
    public void MissingFdtEndIsCaught()
    {
        byte[] blob = DtbWriter.Write(SmallTree());
        int structEnd = (int)(BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(0x08)) + BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(0x24)));
        BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(structEnd - 4), FdtToken.Nop);
        Assert.AreEqual(
            "profile.yaml(3,3): error KC4202: DTB self-check: structure block ends without FDT_END",
            DtbVerifier.Verify(blob, At).Single().ToCanonicalString());
    }

    [TestMethod]
    public void BadPropertyNameOffsetIsCaught()
    {
        byte[] blob = DtbWriter.Write(SmallTree());
        int structOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(0x08));

        // Root: FDT_BEGIN_NODE, empty name padded to 4, then the first FDT_PROP's len and nameoff.
        BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(structOffset + 16), 0x7fff);
        Assert.AreEqual(
            "profile.yaml(3,3): error KC4202: DTB self-check: property name offset 0x7fff is not a name in the strings block",
            DtbVerifier.Verify(blob, At).Single().ToCanonicalString());
    }

    [TestMethod]
    public void UnknownTokenIsCaught()
    {
        byte[] blob = DtbWriter.Write(SmallTree());
        int structOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(blob.AsSpan(0x08));
        BinaryPrimitives.WriteUInt32BigEndian(blob.AsSpan(structOffset), 7);
        Assert.AreEqual(
            "profile.yaml(3,3): error KC4202: DTB self-check: unknown token 0x7 at 0x0",
            DtbVerifier.Verify(blob, At).Single().ToCanonicalString());
    }

    [TestMethod]
    public void OverlappingReservationsAreCaught()
    {
        var root = new DeviceTreeNode(string.Empty, null, At);
        var tree = new Tree(root, new[] { new DeviceTreeReservation(0x1000, 0x2000, At), new DeviceTreeReservation(0x2000, 0x1000, At) }, 0);
        Assert.AreEqual(
            "profile.yaml(3,3): error KC4203: DTB self-check: reservation 0x2000 +0x1000 overlaps 0x1000 +0x2000",
            DtbVerifier.Verify(DtbWriter.Write(tree), At).Single().ToCanonicalString());
    }

    private static Tree SmallTree()
    {
        var root = new DeviceTreeNode(string.Empty, null, At)
            .Add("#address-cells", DeviceTreeValue.U32(2), At)
            .Add("#size-cells", DeviceTreeValue.U32(2), At)
            .Add("model", DeviceTreeValue.String("test \"board\""), At)
            .Add("compatible", DeviceTreeValue.String("vendor,board", "vendor,family"), At);
        DeviceTreeNode controller = root.AddChild(new DeviceTreeNode("interrupt-controller", "8000000", At))
            .Add("#interrupt-cells", DeviceTreeValue.U32(1), At)
            .Add("#address-cells", DeviceTreeValue.U32(0), At)
            .Add("interrupt-controller", DeviceTreeValue.Empty, At)
            .Add("reg", DeviceTreeValue.Addresses(2, 0x8000000, 0x10000), At);
        root.AddChild(new DeviceTreeNode("memory", "40000000", At))
            .Add("device_type", DeviceTreeValue.String("memory"), At)
            .Add("reg", DeviceTreeValue.Addresses(2, 0x40000000, 0x1_0000_0000), At);
        root.AddChild(new DeviceTreeNode("uart", null, At))
            .Add("interrupt-parent", DeviceTreeValue.Phandle(controller), At)
            .Add("interrupts", DeviceTreeValue.U32(7), At);
        return new Tree(root, new[] { new DeviceTreeReservation(0x40000000, 0x1000, At) }, 3);
    }
}
