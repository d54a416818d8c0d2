namespace Sleuth.Analysis.Text;

/// <summary>
/// Splits each segment into sentences. Segments are never merged: a heading or title is one sentence
/// per line; body paragraphs and list items are split at sentence ends. Spans are trimmed of
/// whitespace, quote the text exactly, are in order and do not overlap. <see cref="SentenceSpan.Paragraph"/>
/// is the index of the segment the sentence came from.
/// </summary>
/// <remarks>
/// A sentence ends at ., ?, ! or an ellipsis followed by whitespace (closing quotes and brackets
/// stay with the sentence) when the next word does not start in lowercase. Periods of abbreviations
/// follow their class in Lexicon/Data/abbreviations.txt: titles (Dr., Mrs.), inline ones (vs., e.g.)
/// and initials (J. K.) never end a sentence; "No."/"Dec." not before a number; ambiguous ones
/// (Inc., U.S., etc.) only before a capitalised sentence opener ("The", "He"). An ellipsis ends a
/// sentence only before a capital. A newline ends a sentence when its line has no closing punctuation,
/// the next line starts without lowercase and the line looks like a dateline or byline (ends in a
/// capital, digit or symbol, or is short compared with the segment's longest line); a blank line always does.
/// </remarks>
public sealed class SentenceSplitter : ISentenceSplitter
{
    /// <summary>Lines at most this long, and shorter than this share of the longest, count as standalone lines.</summary>
    private const int ShortLine = 60;
    private const double ShortLineShare = 0.7;

    private readonly Abbreviations _abbreviations = Abbreviations.Instance;

    /// <summary>The shared, stateless splitter.</summary>
    public static SentenceSplitter Shared { get; } = new();

    /// <summary>Splits every segment of <paramref name="text"/> into sentences, in segment order.</summary>
    public IReadOnlyList<SentenceSpan> Split(string text, IReadOnlyList<Segment> segments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(segments);
        var result = new List<SentenceSpan>(segments.Count * 2);
        for (int p = 0; p < segments.Count; p++)
        {
            var seg = segments[p];
            int start = Math.Clamp(seg.Start, 0, text.Length);
            int end = Math.Clamp(seg.End, start, text.Length);
            if (seg.Kind is SegmentKind.Heading or SegmentKind.Title) SplitLines(result, text, start, end, p, seg.Kind);
            else SplitProse(result, text, start, end, p, seg.Kind);
        }
        return result;
    }

    private static void SplitLines(List<SentenceSpan> result, string text, int start, int end, int paragraph, SegmentKind kind)
    {
        int lineStart = start;
        for (int i = start; i < end; i++)
        {
            if (text[i] != '\n') continue;
            Add(result, text, lineStart, i, paragraph, kind);
            lineStart = i + 1;
        }
        Add(result, text, lineStart, end, paragraph, kind);
    }

    private void SplitProse(List<SentenceSpan> result, string text, int start, int end, int paragraph, SegmentKind kind)
    {
        int longestLine = LongestLine(text, start, end);
        int sentenceStart = start;
        int lineStart = start;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (EndsAtLineBreak(text, lineStart, i, end, longestLine))
                {
                    Add(result, text, sentenceStart, i, paragraph, kind);
                    sentenceStart = i + 1;
                }
                lineStart = i + 1;
                i++;
                continue;
            }
            if (c is not ('.' or '?' or '!' or '\u2026'))
            {
                i++;
                continue;
            }

            // The terminal run ("?!", "...") and any closing quotes or brackets belong to this sentence.
            int runStart = i;
            while (i < end && text[i] is '.' or '?' or '!' or '\u2026') i++;
            int runEnd = i;
            while (i < end && IsCloser(text[i])) i++;
            // Only whitespace after the run can end a sentence: "3.5", "U.S", "site.com", "end.Next" do not.
            if (i < end && !char.IsWhiteSpace(text[i])) continue;
            if (EndsSentence(text, start, runStart, runEnd, i, end))
            {
                Add(result, text, sentenceStart, i, paragraph, kind);
                sentenceStart = i;
            }
        }
        Add(result, text, sentenceStart, end, paragraph, kind);
    }

    /// <summary>Decides whether the terminal run text[runStart..runEnd) (closers up to <paramref name="after"/>) ends a sentence.</summary>
    private bool EndsSentence(string text, int segStart, int runStart, int runEnd, int after, int end)
    {
        int next = after;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        if (next >= end) return true;
        while (next < end && IsOpener(text[next])) next++;
        if (next >= end) return true;
        char first = text[next];
        if (char.IsLower(first)) return false;

        var run = text.AsSpan(runStart, runEnd - runStart);
        if (run.Contains('?') || run.Contains('!')) return true;
        // An ellipsis ("wait... then", "I was... I don't know") ends a sentence only before a capital.
        if (run.Length > 1 || run[0] == '\u2026') return char.IsUpper(first);

        // A single period: look at the word before it.
        int wordStart = runStart;
        while (wordStart > segStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
        // Only a whole word counts ("1st." or "x-ray." are not abbreviations).
        if (wordStart > segStart && char.IsLetterOrDigit(text[wordStart - 1])) return true;
        var word = text.AsSpan(wordStart, runStart - wordStart);
        switch (_abbreviations.Classify(word))
        {
            case AbbreviationClass.Title or AbbreviationClass.Inline or AbbreviationClass.Initial:
                return false;
            case AbbreviationClass.Number:
                return !char.IsDigit(first) && first != '#';
            case AbbreviationClass.Month:
                return !char.IsDigit(first) && _abbreviations.IsSentenceStarter(NextWord(text, next, end));
            case AbbreviationClass.Ambiguous:
                return _abbreviations.IsSentenceStarter(NextWord(text, next, end));
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether the newline at <paramref name="newline"/> ends a sentence: a blank line does; otherwise the
    /// line must lack closing punctuation, the next line must not start in lowercase, and the line must
    /// look standalone (a dateline or byline) rather than hard-wrapped prose.
    /// </summary>
    private static bool EndsAtLineBreak(string text, int lineStart, int newline, int end, int longestLine)
    {
        int last = newline - 1;
        while (last >= lineStart && char.IsWhiteSpace(text[last])) last--;
        if (last < lineStart) return false; // an empty line: the sentence already ended before it

        int next = newline + 1;
        while (next < end && text[next] is ' ' or '\t' or '\r') next++;
        if (next >= end) return false;
        if (text[next] == '\n') return true;

        int closing = last;
        while (closing > lineStart && IsCloser(text[closing])) closing--;
        if (text[closing] is '.' or '?' or '!' or '\u2026') return false; // decided by the punctuation rules

        int first = next;
        while (first < end && IsOpener(text[first])) first++;
        if (first >= end || char.IsLower(text[first])) return false;

        char lastChar = text[last];
        if (!char.IsLower(lastChar) && lastChar is not (',' or ';' or '-' or '(')) return true;
        int length = last - lineStart + 1;
        return length <= ShortLine && length < longestLine * ShortLineShare;
    }

    private static int LongestLine(string text, int start, int end)
    {
        int longest = 0, lineStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && text[i] != '\n') continue;
            longest = Math.Max(longest, i - lineStart);
            lineStart = i + 1;
        }
        return longest;
    }

    private static ReadOnlySpan<char> NextWord(string text, int i, int end)
    {
        int j = i;
        while (j < end && char.IsLetter(text[j])) j++;
        return text.AsSpan(i, j - i);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201d' or '\u2019' or ')' or ']' or '}' or '\u00bb';

    private static bool IsOpener(char c) => c is '"' or '\'' or '\u201c' or '\u2018' or '(' or '[' or '{' or '\u00ab';

    private static void Add(List<SentenceSpan> result, string text, int start, int end, int paragraph, SegmentKind kind)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new SentenceSpan(start, end, paragraph, kind));
    }
}
