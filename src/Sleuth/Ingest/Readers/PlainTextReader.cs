using Sleuth.Analysis;

namespace Sleuth.Ingest.Readers;

/// <summary>
/// Reads plain text. The text is kept as written (only line endings are normalised) so quotes match the
/// file a reader opens; structure is inferred from blank lines, list markers and short unpunctuated lines.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    // Longer lines are prose even without a full stop; headlines of web articles stay under this.
    private const int MaxHeadingChars = 120;
    private const int MaxHeadingWords = 16;
    // The first line of a multi-line block only counts as a heading when clearly shorter than wrapped prose.
    private const int MaxLeadingHeadingChars = 60;
    private const int MaxTitleChars = 200;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".txt", ".text"];

    /// <inheritdoc />
    public ReadResult Read(string path, string content)
    {
        var text = NormalizeLineEndings(content);
        var segments = Segment(text);
        if (segments.Count == 0) return ReadResult.Skip(path, "empty: no text");
        return ReadResult.Of(new ExtractedDocument
        {
            SourcePath = path,
            Title = TitleOf(text, segments),
            Text = text,
            Segments = segments,
            Format = "txt",
        });
    }

    /// <summary>Line endings become "\n" so offsets do not depend on the platform that wrote the file.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>The first heading, else the first non-empty line.</summary>
    public static string? TitleOf(string text, IReadOnlyList<Segment> segments)
    {
        if (segments.Count == 0) return null;
        var first = segments.FirstOrDefault(s => s.Kind == SegmentKind.Heading) ?? segments[0];
        var title = text[first.Start..first.End];
        int newline = title.IndexOf('\n');
        if (newline > 0) title = title[..newline];
        title = title.Trim();
        return title.Length > MaxTitleChars ? title[..MaxTitleChars].TrimEnd() + "…" : title;
    }

    /// <summary>Splits text into heading, list item and paragraph segments whose offsets index <paramref name="text"/>.</summary>
    public static IReadOnlyList<Segment> Segment(string text)
    {
        var blocks = Blocks(Lines(text));
        var segments = new List<Segment>();
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            bool textFollows = b + 1 < blocks.Count;
            int i = 0;
            if (block.Count == 1 && textFollows && (IsStandaloneHeading(text, block[0]) || (b == 0 && IsTitleLine(text, block[0]))))
            {
                segments.Add(new Segment(block[0].Start, block[0].End, SegmentKind.Heading));
                continue;
            }
            if (block.Count > 1 && IsLeadingHeading(text, block[0], block[1]))
            {
                segments.Add(new Segment(block[0].Start, block[0].End, SegmentKind.Heading));
                i = 1;
            }
            int paragraphStart = -1, paragraphEnd = -1;
            for (; i < block.Count; i++)
            {
                var line = block[i];
                int markerEnd = ListMarkerEnd(text, line);
                if (markerEnd >= 0)
                {
                    Flush(segments, ref paragraphStart, paragraphEnd, SegmentKind.Body);
                    if (markerEnd < line.End) segments.Add(new Segment(markerEnd, line.End, SegmentKind.ListItem));
                    continue;
                }
                if (paragraphStart < 0) paragraphStart = line.Start;
                paragraphEnd = line.End;
            }
            Flush(segments, ref paragraphStart, paragraphEnd, SegmentKind.Body);
        }
        return segments;
    }

    private static void Flush(List<Segment> segments, ref int start, int end, SegmentKind kind)
    {
        if (start >= 0 && end > start) segments.Add(new Segment(start, end, kind));
        start = -1;
    }

    /// <summary>Non-blank lines as trimmed ranges; a blank line is a null entry marking a paragraph break.</summary>
    private static List<TextRange?> Lines(string text)
    {
        var lines = new List<TextRange?>();
        int pos = 0;
        while (pos <= text.Length)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            int s = pos, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            lines.Add(e > s ? new TextRange(s, e) : null);
            if (nl < 0) break;
            pos = nl + 1;
        }
        return lines;
    }

    private static List<List<TextRange>> Blocks(List<TextRange?> lines)
    {
        var blocks = new List<List<TextRange>>();
        List<TextRange>? current = null;
        foreach (var line in lines)
        {
            if (line is not TextRange range) { current = null; continue; }
            if (current is null) blocks.Add(current = []);
            current.Add(range);
        }
        return blocks;
    }

    /// <summary>Offset just past a list marker ("- ", "* ", "• ", "1. ", "2) ") at the line start, or -1.</summary>
    private static int ListMarkerEnd(string text, TextRange line)
    {
        int i = line.Start;
        char c = text[i];
        if ((c == '-' || c == '*' || c == '•' || c == '–') && i + 1 < line.End && text[i + 1] == ' ')
            return SkipSpaces(text, i + 2, line.End);
        int d = i;
        while (d < line.End && d - i < 3 && char.IsAsciiDigit(text[d])) d++;
        if (d > i && d + 1 < line.End && (text[d] == '.' || text[d] == ')') && text[d + 1] == ' ')
            return SkipSpaces(text, d + 2, line.End);
        return -1;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static bool IsStandaloneHeading(string text, TextRange line)
    {
        if (line.Length > MaxHeadingChars || ListMarkerEnd(text, line) >= 0) return false;
        int words = CountWords(text, line);
        if (words == 0 || words > MaxHeadingWords) return false;
        char last = LastMeaningfulChar(text, line);
        // A short question standing alone ("Who is Cassie?") is how articles title their sections.
        if (last == '?') return words <= 12;
        return !IsTerminal(last);
    }

    /// <summary>A file's opening line standing alone is its title even when it is a long question.</summary>
    private static bool IsTitleLine(string text, TextRange line) =>
        line.Length <= MaxHeadingChars && ListMarkerEnd(text, line) < 0 && LastMeaningfulChar(text, line) is not ('.' or ',' or ';' or ':');

    private static bool IsLeadingHeading(string text, TextRange line, TextRange next)
    {
        if (line.Length > MaxLeadingHeadingChars || ListMarkerEnd(text, line) >= 0) return false;
        if (IsTerminal(LastMeaningfulChar(text, line)) || LastMeaningfulChar(text, line) == '?') return false;
        // Wrapped prose continues in lower case; a heading is followed by a new capitalised sentence.
        char firstOfNext = text[next.Start];
        return char.IsUpper(text[line.Start]) && (char.IsUpper(firstOfNext) || char.IsDigit(firstOfNext) || firstOfNext is '"' or '“' or '\'');
    }

    private static char LastMeaningfulChar(string text, TextRange line)
    {
        int i = line.End - 1;
        while (i > line.Start && text[i] is '"' or '”' or '\'' or '’' or ')') i--;
        return text[i];
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or ';' or ',' or ':' or '…';

    private static int CountWords(string text, TextRange line)
    {
        int words = 0;
        bool inWord = false;
        for (int i = line.Start; i < line.End; i++)
        {
            bool letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
