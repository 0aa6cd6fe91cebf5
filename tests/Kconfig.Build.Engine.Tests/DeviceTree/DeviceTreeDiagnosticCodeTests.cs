using System.Reflection;
using Kconfig.Build.Engine.Diagnostics;
using Kconfig.Build.Engine.Tests.Infrastructure;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

[TestClass]
public sealed class DeviceTreeDiagnosticCodeTests
{
    [TestMethod]
    public void EveryDeviceTreeCodeIsUniqueInRangeAndDocumented()
    {
        string[] codes = typeof(DiagnosticCodes)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.StartsWith("DeviceTree", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();
        Assert.AreEqual(43, codes.Length);
        Assert.AreEqual(codes.Length, codes.Distinct(StringComparer.Ordinal).Count());
        foreach (string code in codes)
        {
            int number = int.Parse(code.AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
            Assert.IsTrue(code.StartsWith("KC", StringComparison.Ordinal) && number is >= 4000 and <= 4999, code);
            string page = Path.Combine(KernelTree.RepositoryRoot, "docs", "diagnostics", code + ".md");
            Assert.IsTrue(File.Exists(page), page);
            StringAssert.StartsWith(File.ReadAllText(page), "# " + code + ": ");
        }
    }
}
