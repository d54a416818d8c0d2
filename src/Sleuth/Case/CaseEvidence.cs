using Sleuth.Analysis.Reading;
using Sleuth.Answering;

namespace Sleuth.Case;

/// <summary>Evidence quoted from a read sentence at its stored offsets, so the quote always equals the document text.</summary>
internal static class CaseEvidence
{
    public static Evidence Of(ReadDocument doc, ReadSentence s, Stance stance = Stance.Asserted, string? holder = null, bool supports = true, string? note = null) =>
        Span(doc, s.Start, s.End, stance, holder, supports, note);

    public static Evidence Span(ReadDocument doc, int start, int end, Stance stance = Stance.Asserted, string? holder = null, bool supports = true, string? note = null)
    {
        var d = doc.Document;
        return new Evidence
        {
            DocumentId = d.Id, DocumentTitle = d.Title ?? Path.GetFileName(d.SourcePath), SourcePath = d.SourcePath, SourceGroup = d.DuplicateGroup,
            Start = start, End = end, Quote = d.Text[start..end], Stance = stance, Holder = holder, Supports = supports, Note = note,
        };
    }

    /// <summary>The sentence's text between two tokens, as written.</summary>
    public static string Text(ReadDocument doc, ReadSentence s, int first, int last)
    {
        if (first >= last || first < 0 || last > s.Tokens.Count) return "";
        return doc.Document.Text[s.Tokens[first].Start..s.Tokens[last - 1].End];
    }
}
