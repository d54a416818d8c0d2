using Sleuth.Analysis;

namespace Sleuth.Storage;

/// <summary>A document as stored, with the duplicate group that makes near-copies count as one source.</summary>
public sealed record StoredDocument
{
    public required long Id { get; init; }
    public required string SourcePath { get; init; }
    public int RecordIndex { get; init; }
    public string? Title { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    public required string Format { get; init; }
    public required string ContentHash { get; init; }
    /// <summary>Id of the group of near-duplicate documents; equals the first member's id.</summary>
    public required long DuplicateGroup { get; init; }
    public required int Length { get; init; }
    /// <summary>The full text; empty when the listing was asked for without text.</summary>
    public string Text { get; init; } = "";
}

/// <summary>A stored sentence: its offsets into the document text and where it stands.</summary>
public sealed record StoredSentence(long DocumentId, int Index, int Start, int End, int Paragraph, SegmentKind Kind);

/// <summary>A sentence found by full-text search, with its bm25 rank (lower is better, as SQLite gives it).</summary>
public sealed record SentenceHit(StoredSentence Sentence, double Rank);

/// <summary>
/// A lemma query: every group is a set of alternative lemmas (a word with its synonyms and derivations);
/// a sentence matches when it holds any alternative of any group, and ranks higher the more groups it holds.
/// </summary>
public sealed record LemmaQuery(IReadOnlyList<IReadOnlyList<string>> Groups);

/// <summary>A document ready to store: extracted text, its sentences, and per-sentence lemma text for the index.</summary>
public sealed record AnalysedDocument
{
    public required Sleuth.Ingest.ExtractedDocument Source { get; init; }
    public required string ContentHash { get; init; }
    public required IReadOnlyList<SentenceSpan> Sentences { get; init; }
    /// <summary>One space-joined lemma string per sentence, in sentence order, for the full-text index.</summary>
    public required IReadOnlyList<string> SentenceLemmas { get; init; }
    /// <summary>Locality-sensitive signature of the text, for near-duplicate grouping.</summary>
    public required IReadOnlyList<ulong> Signature { get; init; }
}

/// <summary>What storing one document did.</summary>
public enum StoreOutcome { Added, Replaced, Unchanged, ExactDuplicate }

/// <summary>The outcome of storing one document, with the duplicate group it joined.</summary>
public sealed record StoreWriteResult(StoreOutcome Outcome, long DocumentId, long DuplicateGroup, bool NearDuplicate);

/// <summary>What storing one file's documents did, or why the file could not be stored (its writes were rolled back).</summary>
public sealed record FileWriteResult(IReadOnlyList<StoreWriteResult> Results, string? Error = null);

/// <summary>
/// The case store: documents, sentences and a full-text index over sentence lemmas.
/// One implementation per backend; every write of one document is one transaction.
/// </summary>
public interface ICaseStore : IDisposable
{
    StoreWriteResult Write(AnalysedDocument document);
    IReadOnlyList<StoredDocument> ListDocuments(bool withText = false);
    StoredDocument? GetDocument(long id);
    IReadOnlyList<StoredSentence> GetSentences(long documentId);
    IReadOnlyList<SentenceHit> Search(LemmaQuery query, int limit);
    int CountDocuments();

    /// <summary>Writes the documents drawn from one file in one transaction: all of them are stored or none.</summary>
    IReadOnlyList<StoreWriteResult> WriteAll(IReadOnlyList<AnalysedDocument> documents);

    /// <summary>
    /// Writes several files in one transaction for speed; each file is all-or-nothing on its own (a failing
    /// file is rolled back alone and reported), and a crash loses at most the files of this call.
    /// </summary>
    IReadOnlyList<FileWriteResult> WriteFiles(IReadOnlyList<IReadOnlyList<AnalysedDocument>> files);

    /// <summary>
    /// The Unchanged result a write of this text under this path would give, or null when it would change
    /// something; lets indexing skip analysing files already stored as they are.
    /// </summary>
    StoreWriteResult? FindUnchanged(string sourcePath, int recordIndex, string contentHash);

    /// <summary>Independent sources: the number of distinct duplicate groups.</summary>
    int CountSources();

    /// <summary>Further paths whose text is exactly this document's (stored once); "path#record" for JSON records.</summary>
    IReadOnlyList<string> GetDuplicatePaths(long documentId);
}
