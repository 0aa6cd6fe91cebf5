using System.Collections;
using Microsoft.Build.Framework;

namespace Kconfig.Build.Tasks.Tests;

/// <summary>
/// Collects what a task logs. Does not promote warnings to errors (the real engine can; see the end-to-end
/// tests). Messages may arrive from the task's worker threads; read them with <see cref="MessageTexts"/>
/// while the task runs.
/// </summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public List<BuildErrorEventArgs> Errors { get; } = [];

    public List<BuildWarningEventArgs> Warnings { get; } = [];

    public List<BuildMessageEventArgs> Messages { get; } = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.proj";

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => throw new NotSupportedException();

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e)
    {
        lock (Messages)
        {
            Messages.Add(e);
        }
    }

    /// <summary>The messages logged so far; safe while the task is still running.</summary>
    public string[] MessageTexts()
    {
        lock (Messages)
        {
            return Messages.Select(m => m.Message ?? string.Empty).ToArray();
        }
    }

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Add(e);

    /// <summary>Errors in the canonical form MSBuild prints.</summary>
    public string[] ErrorLines() => Errors.Select(e => $"{e.File}({e.LineNumber},{e.ColumnNumber}): error {e.Code}: {e.Message}").ToArray();
}
