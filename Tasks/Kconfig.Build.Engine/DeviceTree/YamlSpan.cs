using Kconfig.Build.Engine.Text;
using YamlDotNet.RepresentationModel;

namespace Kconfig.Build.Engine.DeviceTree;

/// <summary>Source spans of YAML nodes; YamlDotNet marks are 1-based and the end mark is one past the last character.</summary>
internal static class YamlSpan
{
    public static SourceSpan Of(string file, YamlNode node)
    {
        int line = checked((int)node.Start.Line);
        int column = checked((int)node.Start.Column);
        int endLine = checked((int)node.End.Line);
        int endColumn = checked((int)node.End.Column) - 1;
        if (endLine < line || (endLine == line && endColumn < column))
        {
            endLine = line;
            endColumn = column;
        }

        return new SourceSpan(file, line, column, endLine, endColumn);
    }
}
