using Sleuth.Analysis;
using Sleuth.Ingest;
using Sleuth.Storage;

namespace Sleuth;

/// <summary>Progress of an index run, reported after each file.</summary>
public sealed record IndexProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string CurrentPath);

/// <summary>What an index run did.</summary>
public sealed record IndexReport
{
    public int Files { get; init; }
    public int Added { get; init; }
    public int Replaced { get; init; }
    public int Unchanged { get; init; }
    public int ExactDuplicates { get; init; }
    public int NearDuplicates { get; init; }
    public int Sentences { get; init; }
    public long Bytes { get; init; }
    public double Seconds { get; init; }
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];
    /// <summary>Documents in the store after the run.</summary>
    public int DocumentsInStore { get; init; }
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1048576.0 / Seconds : 0;
}

/// <summary>A file handed over in memory (an upload), indexed with the same rules as a file on disk.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>One ranked sentence from a search, with the matched words marked.</summary>
public sealed record SearchHit
{
    public required long DocumentId { get; init; }
    public required string DocumentTitle { get; init; }
    public required string SourcePath { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    /// <summary>Matched words, as offsets into the document text.</summary>
    public IReadOnlyList<TextRange> Marks { get; init; } = [];
    public required double Score { get; init; }
}

public sealed partial class CaseService
{
    /// <summary>Indexes files and folders (recursively). Bad files are skipped with a reason; nothing stored is lost.</summary>
    public IndexReport Index(IReadOnlyList<string> paths, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Indexes files given in memory, with the same rules and errors as files on disk.</summary>
    public IndexReport IndexUploads(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    /// <summary>Ranked sentences for a free-text query.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => throw new NotImplementedException();

    /// <summary>Every stored document, without text.</summary>
    public IReadOnlyList<StoredDocument> Documents() => _store.ListDocuments();

    /// <summary>One stored document with its text, or null.</summary>
    public StoredDocument? Document(long id) => _store.GetDocument(id);
}
