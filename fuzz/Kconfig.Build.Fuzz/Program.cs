using Kconfig.Build.Engine.Tests.Reliability;
using SharpFuzz;

namespace Kconfig.Build.Fuzz;

/// <summary>
/// <c>Kconfig.Build.Fuzz TARGET</c> under afl-fuzz (SharpFuzz's persistent mode), or
/// <c>Kconfig.Build.Fuzz TARGET FILE...</c> to run inputs once (a crash shows its stack trace).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
        {
            Console.Error.WriteLine("usage: Kconfig.Build.Fuzz {" + string.Join('|', FuzzTargets.Names) + "} [FILE...]");
            return 2;
        }

        string target = args[0];
        if (args.Length > 1)
        {
            foreach (string file in args.Skip(1))
            {
                FuzzTargets.Run(target, File.ReadAllBytes(file));
            }

            return 0;
        }

        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.Run(target, buffer.ToArray());
        });
        return 0;
    }
}
