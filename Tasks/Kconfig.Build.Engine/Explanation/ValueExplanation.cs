using System.Text;

namespace Kconfig.Build.Engine.Explanation;

/// <summary>The classified cause of a value and the chain down to its roots.</summary>
public sealed record ValueExplanation(NotTakenReason Reason, IReadOnlyList<WhyLink> Chain)
{
    /// <summary>The chain as one line: each link with its Kconfig file:line, depth first, separated by "; ".</summary>
    public string Render()
    {
        var builder = new StringBuilder();
        foreach (WhyLink link in Chain)
        {
            Append(link, builder);
        }

        return builder.ToString();
    }

    private static void Append(WhyLink link, StringBuilder builder)
    {
        if (builder.Length > 0)
        {
            builder.Append("; ");
        }

        builder.Append(link.Text);
        if (!link.Location.IsNone)
        {
            builder.Append(" (").Append(link.Location.ToFileLine()).Append(')');
        }

        foreach (WhyLink cause in link.Causes)
        {
            Append(cause, builder);
        }
    }
}
