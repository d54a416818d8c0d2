using Sleuth.Analysis;

namespace Sleuth.Ingest;

/// <summary>Plain text extracted from one source file (or one record of a JSON Lines file), with its metadata.</summary>
public sealed record ExtractedDocument
{
    public required string SourcePath { get; init; }
    /// <summary>Distinguishes several documents drawn from one file (JSON Lines record number); 0 otherwise.</summary>
    public int RecordIndex { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    public required string Text { get; init; }
    /// <summary>Headings, list items and paragraphs as the source format marked them.</summary>
    public required IReadOnlyList<Segment> Segments { get; init; }
    public required string Format { get; init; }
}

/// <summary>Why an input was skipped; each names the file and the reason in one line.</summary>
public sealed record SkippedInput(string Path, string Reason, int? Line = null)
{
    public override string ToString() => Line is int l ? $"{Path}:{l}: {Reason}" : $"{Path}: {Reason}";
}
