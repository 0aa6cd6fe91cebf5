using System.Diagnostics;

namespace Kconfig.Build.Engine.Tests.DeviceTree;

/// <summary>Runs the real dtc (device-tree-compiler, installed in CI) and captures what it says.</summary>
internal static class DtcProcess
{
    public static DtcResult Run(params string[] arguments)
    {
        var start = new ProcessStartInfo(System.Environment.GetEnvironmentVariable("KCONFIG_DTC") is { Length: > 0 } dtc ? dtc : "dtc")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("dtc did not start");
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Assert.Fail($"dtc is not installed (apt-get install device-tree-compiler): {exception.Message}");
            throw;
        }

        using (process)
        {
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return new DtcResult(process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
