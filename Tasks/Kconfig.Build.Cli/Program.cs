namespace Kconfig.Build.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("kconfig: not implemented yet");
        return 2;
    }
}
