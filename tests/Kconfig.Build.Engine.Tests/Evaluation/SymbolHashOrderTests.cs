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
    public void HashIsTheKernelsFnv(string name, uint hash)
    {
        Assert.AreEqual(hash, SymbolHashOrder.Hash(name));
    }
}
