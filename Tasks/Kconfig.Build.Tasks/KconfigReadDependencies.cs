using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Kconfig.Build.Tasks;

/// <summary>
/// Reads the dependency files the last resolution wrote (see <see cref="DependencyFile"/>): the recorded
/// files become the resolution target's Inputs, and a recorded environment variable whose value differs
/// now makes the resolution out of date. Cheap by design: it runs on every build.
/// </summary>
public sealed class KconfigReadDependencies : Microsoft.Build.Utilities.Task
{
    /// <summary>The dependency files; those that do not exist yet are skipped (the first build runs anyway).</summary>
    [Required]
    public ITaskItem[] DependencyFiles { get; set; } = [];

    /// <summary>Every recorded file.</summary>
    [Output]
    public ITaskItem[] Dependencies { get; private set; } = [];

    /// <summary>True when a recorded environment variable changed, or a recorded file or output no longer exists.</summary>
    [Output]
    public bool OutOfDate { get; private set; }

    public override bool Execute()
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ITaskItem item in DependencyFiles)
        {
            string path = item.GetMetadata("FullPath");
            if (!File.Exists(path))
            {
                continue;
            }

            foreach (string line in File.ReadLines(path))
            {
                if (line.StartsWith(DependencyFile.EnvironmentPrefix, StringComparison.Ordinal))
                {
                    string entry = line.Substring(DependencyFile.EnvironmentPrefix.Length);
                    int equals = entry.IndexOf('=', StringComparison.Ordinal);
                    string name = equals < 0 ? entry : entry.Substring(0, equals);
                    if (!string.Equals(DependencyFile.EnvironmentLine(name, System.Environment.GetEnvironmentVariable(name)), line, StringComparison.Ordinal))
                    {
                        Log.LogMessage(MessageImportance.Low, "Kconfig: environment variable {0} changed since {1} was written", name, path);
                        OutOfDate = true;
                    }
                }
                else if (line.StartsWith(DependencyFile.OutputPrefix, StringComparison.Ordinal))
                {
                    string output = line.Substring(DependencyFile.OutputPrefix.Length);
                    if (!File.Exists(output))
                    {
                        Log.LogMessage(MessageImportance.Low, "Kconfig: output {0} recorded in {1} no longer exists", output, path);
                        OutOfDate = true;
                    }
                }
                else if (line.Length > 0)
                {
                    if (!File.Exists(line))
                    {
                        // A deleted Kconfig file gives MSBuild no timestamp to compare: rebuild explicitly.
                        Log.LogMessage(MessageImportance.Low, "Kconfig: {0} recorded in {1} no longer exists", line, path);
                        OutOfDate = true;
                    }

                    files.Add(line);
                }
            }
        }

        Dependencies = files.Select(f => (ITaskItem)new TaskItem(f)).ToArray();
        return true;
    }
}
