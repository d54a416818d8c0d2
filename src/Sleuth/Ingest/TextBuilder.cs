using System.Text;
using Sleuth.Analysis;

namespace Sleuth.Ingest;

/// <summary>
/// Assembles extracted text block by block and records each block as a segment, so that segment offsets
/// quote the final text exactly whatever the source format was.
/// </summary>
internal sealed class TextBuilder
{
    private const string BlockSeparator = "\n\n";
    private readonly StringBuilder _text = new();
    private readonly List<Segment> _segments = [];

    public IReadOnlyList<Segment> Segments => _segments;

    public int Count => _segments.Count;

    /// <summary>Adds one block; runs of whitespace collapse to one space, so formats that wrap lines read as prose.</summary>
    public void AddBlock(string text, SegmentKind kind)
    {
        var collapsed = CollapseWhitespace(text);
        if (collapsed.Length == 0) return;
        if (_text.Length > 0) _text.Append(BlockSeparator);
        int start = _text.Length;
        _text.Append(collapsed);
        _segments.Add(new Segment(start, _text.Length, kind));
    }

    public string FirstOf(SegmentKind kind)
    {
        foreach (var s in _segments)
            if (s.Kind == kind) return _text.ToString(s.Start, s.End - s.Start);
        return "";
    }

    public override string ToString() => _text.ToString();

    /// <summary>Collapses every whitespace run (including non-breaking spaces) to one space and trims the ends.</summary>
    public static string CollapseWhitespace(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool pendingSpace = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B' || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
