using Sleuth.Analysis;
using Sleuth.Ingest;

namespace Sleuth.Tests.Ingest;

internal static class ReaderAssert
{
    /// <summary>Segments lie inside the text, in order, without overlap, and start and end on non-space characters.</summary>
    public static void SegmentsQuoteText(ExtractedDocument document)
    {
        int last = 0;
        foreach (var segment in document.Segments)
        {
            Assert.True(segment.Start >= last && segment.End > segment.Start && segment.End <= document.Text.Length,
                $"segment {segment} out of order or out of range");
            Assert.False(char.IsWhiteSpace(document.Text[segment.Start]));
            Assert.False(char.IsWhiteSpace(document.Text[segment.End - 1]));
            last = segment.End;
        }
    }

    public static string Quote(ExtractedDocument document, Segment segment) => document.Text[segment.Start..segment.End];

    public static IReadOnlyList<string> Quotes(ExtractedDocument document, SegmentKind kind) =>
        document.Segments.Where(s => s.Kind == kind).Select(s => Quote(document, s)).ToList();
}
