using Sleuth.Storage;

namespace Sleuth.Web.Tests.Support;

/// <summary>
/// An in-memory store holding documents written by the test, so the web layer's own behaviour (errors, limits,
/// headers, document view, safe rendering) is tested without depending on ingest or the engine.
/// </summary>
internal sealed class FakeCaseStore(params StoredDocument[] documents) : ICaseStore
{
    /// <summary>Makes every listing fail, to see how the server reports an unexpected error.</summary>
    public Exception? FailWith { get; init; }

    public static StoredDocument Doc(long id, string title, string text) => new()
    {
        Id = id,
        SourcePath = $"{title.ToLowerInvariant().Replace(' ', '-')}.txt",
        Title = title,
        Format = "text",
        ContentHash = $"hash{id}",
        DuplicateGroup = id,
        Length = text.Length,
        Text = text,
    };

    public StoreWriteResult Write(AnalysedDocument document) => throw new NotSupportedException("The fake store is read-only.");

    public IReadOnlyList<StoredDocument> ListDocuments(bool withText = false)
    {
        if (FailWith is not null)
        {
            throw FailWith;
        }
        return documents.Select(d => withText ? d : d with { Text = "" }).ToList();
    }

    public StoredDocument? GetDocument(long id) => documents.FirstOrDefault(d => d.Id == id);

    public IReadOnlyList<StoredSentence> GetSentences(long documentId) => [];

    public IReadOnlyList<SentenceHit> Search(LemmaQuery query, int limit) => [];

    public int CountDocuments() => documents.Length;

    public void Dispose()
    {
    }
}
