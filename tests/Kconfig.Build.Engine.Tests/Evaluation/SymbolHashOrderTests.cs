using Kconfig.Build.Engine.Evaluation;

namespace Kconfig.Build.Engine.Tests.Evaluation;

/// <summary>Expected hashes printed by the kernel's hash_str() compiled with gcc.</summary>
[TestClass]
public sealed class SymbolHashOrderTests
{
    [TestMethod]
    [DataRow("A", 3289118412u)]
    [DataRow("MODULES", 1236456458u)]
    [DataRow("NR_CPUS", 3704817573u)]
    // Not ASCII: hashed over the UTF-8 bytes, each sign-extended as gcc's x86 char is.
    [DataRow("SCHÖN", 1892516634u)]
    [DataRow("é_X", 3318510534u)]
    public void HashIsTheKernelsFnv(string name, uint hash)
    {
        Assert.AreEqual(hash, SymbolHashOrder.Hash(name));
    }

    [TestMethod]
    public void OrderIsBucketsAscendingAndNewestFirstInABucket()
    {
        // Buckets (hash % 16384): MODULES 5130, ADA and WMX 5147, A 14028, B 15237. WMX is created after ADA,
        // so sym_lookup() put it before ADA in their bucket's list.
        var builder = new TestModelBuilder();
        foreach (string name in new[] { "B", "ADA", "A", "MODULES", "WMX" })
        {
            builder.Config(name, Kconfig.Build.Engine.Model.SymbolType.Bool);
        }

        IReadOnlyList<Kconfig.Build.Engine.Model.Symbol> order = SymbolHashOrder.For(builder.Build());

        CollectionAssert.AreEqual(new[] { "MODULES", "WMX", "ADA", "A", "B" }, order.Select(s => s.Name).ToArray());
    }
}
