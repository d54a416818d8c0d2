namespace Sleuth.Analysis.Text;

/// <summary>Splits each segment into sentences at terminal punctuation.</summary>
public sealed class SentenceSplitter : ISentenceSplitter
{
    public static SentenceSplitter Shared { get; } = new();

    public IReadOnlyList<SentenceSpan> Split(string text, IReadOnlyList<Segment> segments)
    {
        var result = new List<SentenceSpan>();
        for (int p = 0; p < segments.Count; p++)
        {
            var seg = segments[p];
            int s = seg.Start;
            for (int i = seg.Start; i < seg.End; i++)
            {
                if ((text[i] == '.' || text[i] == '?' || text[i] == '!') && (i + 1 == seg.End || char.IsWhiteSpace(text[i + 1])))
                {
                    Add(result, text, s, i + 1, p, seg.Kind);
                    s = i + 1;
                }
            }
            Add(result, text, s, seg.End, p, seg.Kind);
        }
        return result;
    }

    private static void Add(List<SentenceSpan> result, string text, int start, int end, int paragraph, SegmentKind kind)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new SentenceSpan(start, end, paragraph, kind));
    }
}
