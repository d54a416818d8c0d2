namespace Sleuth.Analysis;

/// <summary>A half-open character range [Start, End) into a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public int Length => End - Start;
    public bool Contains(int offset) => offset >= Start && offset < End;
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

/// <summary>What kind of characters a token holds.</summary>
public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>One token with its exact character offsets into the document text.</summary>
public sealed record Token(string Text, int Start, int End, TokenKind Kind)
{
    public string Lower { get; } = Text.ToLowerInvariant();
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
}

/// <summary>The role a block of text plays in its document; headings are kept apart from body text.</summary>
public enum SegmentKind { Body, Heading, ListItem, Title }

/// <summary>A structural block of extracted text (paragraph, heading or list item) with offsets.</summary>
public sealed record Segment(int Start, int End, SegmentKind Kind);

/// <summary>A sentence with offsets, the paragraph it belongs to and the kind of block it came from.</summary>
public sealed record SentenceSpan(int Start, int End, int Paragraph, SegmentKind Kind);

/// <summary>Splits text into sentences; every returned span quotes the text exactly.</summary>
public interface ISentenceSplitter
{
    IReadOnlyList<SentenceSpan> Split(string text, IReadOnlyList<Segment> segments);
}

/// <summary>Splits a range of text into tokens with offsets into the whole text.</summary>
public interface ITokenizer
{
    IReadOnlyList<Token> Tokenize(string text, int start, int end);
}
