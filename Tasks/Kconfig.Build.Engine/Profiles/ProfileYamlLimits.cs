using Kconfig.Build.Engine.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Kconfig.Build.Engine.Profiles;

/// <summary>
/// Bounds on what a profile's YAML may cost before it is built into nodes: its size, how deeply collections nest
/// (block or flow), and how many nodes it would have with every alias expanded. The last one stops the "billion
/// laughs" document, a few lines of anchors each aliasing the previous one ten times, which is small as text and as
/// YamlDotNet's node graph (an alias is the anchored node itself) but exponential for anything that walks it.
/// The check runs on the parser's events, which YamlDotNet produces without recursion.
/// </summary>
internal static class ProfileYamlLimits
{
    /// <summary>Largest profile file, in characters: real profiles are a few kilobytes.</summary>
    public const int MaxCharacters = 1024 * 1024;

    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public const int MaxDepth = 64;

    /// <summary>Most nodes the document may have with its aliases expanded.</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>The first limit the text breaks, with its location and message; null when it keeps all of them or is not well-formed YAML (the loader reports that).</summary>
    public static (SourceSpan Where, string Message)? Check(string path, string text)
    {
        if (text.Length > MaxCharacters)
        {
            return (SourceSpan.At(path, 1, 1), $"the profile is {text.Length} characters long; the limit is {MaxCharacters}");
        }

        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Nodes)>();
        long total = 0;
        try
        {
            var parser = new Parser(new StringReader(text));
            while (parser.MoveNext())
            {
                long added;
                switch (parser.Current)
                {
                    case Scalar scalar:
                        added = 1;
                        if (!scalar.Anchor.IsEmpty)
                        {
                            anchors[scalar.Anchor.Value] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        added = anchors.TryGetValue(alias.Value.Value, out long size) ? size : 1;
                        if (total + Sum(open) + added > MaxExpandedNodes)
                        {
                            return (At(path, alias.Start), $"alias *{alias.Value.Value} expands the document past {MaxExpandedNodes} nodes (nested anchors and aliases); write the values out or use extends");
                        }

                        break;
                    case NodeEvent { } start and (SequenceStart or MappingStart):
                        if (open.Count >= MaxDepth)
                        {
                            return (At(path, start.Start), $"collections nested deeper than {MaxDepth}");
                        }

                        open.Push((start.Anchor.IsEmpty ? null : start.Anchor.Value, 1));
                        continue;
                    case SequenceEnd or MappingEnd:
                        (string? anchor, long nodes) = open.Pop();
                        if (anchor is not null)
                        {
                            anchors[anchor] = nodes;
                        }

                        added = nodes;
                        break;
                    default:
                        continue;
                }

                if (open.Count == 0)
                {
                    total = Math.Min(total + added, MaxExpandedNodes + 1);
                }
                else
                {
                    (string? anchor, long nodes) = open.Pop();
                    open.Push((anchor, Math.Min(nodes + added, MaxExpandedNodes + 1)));
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or OverflowException)
        {
            // Malformed YAML: the loader parses it again and reports it where it is.
            return null;
        }

        return null;
    }

    private static long Sum(Stack<(string? Anchor, long Nodes)> open)
    {
        long sum = 0;
        foreach ((_, long nodes) in open)
        {
            sum += nodes;
        }

        return sum;
    }

    private static SourceSpan At(string path, Mark mark) => SourceSpan.At(path, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
