namespace Sleuth.Ingest;

/// <summary>What reading one decoded input produced: zero or more documents and zero or more skipped parts.</summary>
public sealed record ReadResult
{
    /// <summary>Documents extracted, in source order.</summary>
    public IReadOnlyList<ExtractedDocument> Documents { get; init; } = [];
    /// <summary>The input or the records of it that were skipped, each with a reason.</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>A result holding one document.</summary>
    public static ReadResult Of(ExtractedDocument document) => new() { Documents = [document] };
    /// <summary>A result skipping the input for one reason.</summary>
    public static ReadResult Skip(string path, string reason, int? line = null) => new() { Skipped = [new SkippedInput(path, reason, line)] };
}

/// <summary>Extracts plain text and structure from one input format; one sealed implementation per format.</summary>
public interface IDocumentReader
{
    /// <summary>Lower-case file extensions (with the dot) this reader handles.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Reads already decoded content; <paramref name="path"/> only names the source.</summary>
    ReadResult Read(string path, string content);
}
