namespace Sleuth.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file with FTS5 over sentence lemmas.</summary>
public sealed class SqliteCaseStore : ICaseStore
{
    private SqliteCaseStore() { }

    /// <summary>Opens or creates the store file, applying schema migrations.</summary>
    public static SqliteCaseStore Open(string path) => throw new NotImplementedException();

    public StoreWriteResult Write(AnalysedDocument document) => throw new NotImplementedException();
    public IReadOnlyList<StoredDocument> ListDocuments(bool withText = false) => throw new NotImplementedException();
    public StoredDocument? GetDocument(long id) => throw new NotImplementedException();
    public IReadOnlyList<StoredSentence> GetSentences(long documentId) => throw new NotImplementedException();
    public IReadOnlyList<SentenceHit> Search(LemmaQuery query, int limit) => throw new NotImplementedException();
    public int CountDocuments() => throw new NotImplementedException();
    public void Dispose() { }
}
