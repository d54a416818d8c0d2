using Microsoft.Data.Sqlite;
using Sleuth.Analysis;
using Sleuth.Ingest;
using Sleuth.Ingest.Readers;
using Sleuth.Storage;
using Sleuth.Storage.Sqlite;

namespace Sleuth.Tests.Storage;

public sealed class SqliteCaseStoreTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private SqliteCaseStore OpenStore() => SqliteCaseStore.Open(_folder.File("case.db"));

    private static AnalysedDocument Doc(string path, string text, int record = 0, string format = "txt")
    {
        var segments = PlainTextReader.Segment(text);
        return DocumentAnalyser.Analyse(new ExtractedDocument { SourcePath = path, RecordIndex = record, Text = text, Segments = segments, Format = format });
    }

    private static string Article(int seed, int sentences = 40)
    {
        var random = new Random(seed);
        return string.Join("\n\n", Enumerable.Range(0, sentences / 4).Select(_ => CorpusGenerator.Paragraph(random, 4)));
    }

    [Fact]
    public void Open_EmptyFileIsMigratedToTheLatestSchema()
    {
        File.WriteAllBytes(_folder.File("case.db"), []);
        using var store = OpenStore();
        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Equal(0, store.CountDocuments());
        Assert.Equal("ok", store.CheckIntegrity());
    }

    [Fact]
    public void Open_VersionOneStoreWithDataMigratesAndKeepsItsIndexInStep()
    {
        // A store as the first released schema wrote it: the full-text index filled by its triggers.
        SQLitePCL.Batteries_V2.Init();
        using (var connection = new SqliteConnection($"Data Source={_folder.File("case.db")};Pooling=False"))
        {
            connection.Open();
            SchemaMigrations.Apply(connection, upTo: 1);
            using var command = connection.CreateCommand();
            command.CommandText = """
                INSERT INTO documents (id, source_path, record_index, format, content_hash, duplicate_group, text, length, indexed_at)
                VALUES (1, '/old.txt', 0, 'txt', 'h1', 1, 'Bette pushed Cassie.', 20, '2020-12-14');
                INSERT INTO sentences (document_id, idx, start_offset, end_offset, paragraph, kind, lemmas)
                VALUES (1, 0, 0, 20, 0, 0, 'bette push cassie');
                """;
            command.ExecuteNonQuery();
            Assert.Equal(1, SchemaMigrations.UserVersion(connection));
        }

        using var store = OpenStore();
        Assert.Equal(SchemaMigrations.Latest, store.SchemaVersion);
        Assert.Single(store.Search(new LemmaQuery([["bette"]]), 10));

        store.Write(Doc("/old.txt", "Delia pushed Cassie."));
        Assert.Empty(store.Search(new LemmaQuery([["bette"]]), 10));
        Assert.Single(store.Search(new LemmaQuery([["delia"]]), 10));
        Assert.Equal("ok", store.CheckIntegrity());
    }

    [Fact]
    public void Open_TwiceKeepsDataAndVersion()
    {
        using (var store = OpenStore()) store.Write(Doc("/a.txt", "Cassie was pushed."));
        using var again = OpenStore();
        Assert.Equal(1, again.CountDocuments());
        Assert.Equal(SchemaMigrations.Latest, again.SchemaVersion);
    }

    [Fact]
    public void Open_StoreFromANewerVersionIsRefused()
    {
        using (var store = OpenStore()) { }
        SQLitePCL.Batteries_V2.Init();
        using (var connection = new SqliteConnection($"Data Source={_folder.File("case.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA user_version = 999";
            command.ExecuteNonQuery();
        }
        var error = Assert.Throws<InvalidOperationException>(() => OpenStore());
        Assert.Contains("999", error.Message);
    }

    [Fact]
    public void Write_SameFileTwiceIsUnchanged()
    {
        using var store = OpenStore();
        var first = store.Write(Doc("/a.txt", "Cassie was pushed off the roof."));
        var second = store.Write(Doc("/a.txt", "Cassie was pushed off the roof."));
        Assert.Equal(StoreOutcome.Added, first.Outcome);
        Assert.Equal(StoreOutcome.Unchanged, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, store.CountDocuments());
        Assert.Single(store.Search(new LemmaQuery([["cassie"]]), 10));
    }

    [Fact]
    public void FindUnchanged_KnowsStoredPathsAndExactCopiesButNotChangedText()
    {
        using var store = OpenStore();
        var original = store.Write(Doc("/a.txt", "Delia pushed Cassie."));
        store.Write(Doc("/copy.txt", "Delia pushed Cassie."));
        var hash = ContentHasher.Hash("Delia pushed Cassie.");

        Assert.Equal(original.DocumentId, store.FindUnchanged("/a.txt", 0, hash)?.DocumentId);
        Assert.Equal(original.DocumentId, store.FindUnchanged("/copy.txt", 0, hash)?.DocumentId);
        Assert.Null(store.FindUnchanged("/a.txt", 0, ContentHasher.Hash("Bette pushed Cassie.")));
        Assert.Null(store.FindUnchanged("/a.txt", 1, hash));
        Assert.Null(store.FindUnchanged("/new.txt", 0, hash));
    }

    [Fact]
    public void Write_ChangedFileReplacesItsOldVersion()
    {
        using var store = OpenStore();
        var first = store.Write(Doc("/a.txt", "Bette pushed Cassie."));
        var second = store.Write(Doc("/a.txt", "Delia pushed Cassie. Bette is innocent."));
        Assert.Equal(StoreOutcome.Replaced, second.Outcome);
        Assert.Equal(first.DocumentId, second.DocumentId);
        Assert.Equal(1, store.CountDocuments());
        Assert.Equal("Delia pushed Cassie. Bette is innocent.", store.GetDocument(second.DocumentId)!.Text);
        Assert.Equal(2, store.GetSentences(second.DocumentId).Count);
        Assert.Empty(store.Search(new LemmaQuery([["innocentx"]]), 10));
        Assert.Single(store.Search(new LemmaQuery([["delia"]]), 10));
        Assert.Single(store.Search(new LemmaQuery([["bette"]]), 10));
        Assert.Equal("ok", store.CheckIntegrity());
    }

    [Fact]
    public void Write_ExactCopyAtAnotherPathIsStoredOnce()
    {
        using var store = OpenStore();
        var original = store.Write(Doc("/a.txt", "Delia pushed Cassie off the roof."));
        var copy = store.Write(Doc("/copy/a.txt", "Delia  pushed Cassie\noff the roof."));
        Assert.Equal(StoreOutcome.ExactDuplicate, copy.Outcome);
        Assert.Equal(original.DocumentId, copy.DocumentId);
        Assert.Equal(1, store.CountDocuments());
        Assert.Equal(["/copy/a.txt"], store.GetDuplicatePaths(original.DocumentId));
        Assert.Equal(StoreOutcome.Unchanged, store.Write(Doc("/copy/a.txt", "Delia  pushed Cassie\noff the roof.")).Outcome);
    }

    [Fact]
    public void Write_ChangingTheOriginalHandsTheOldTextToItsExactCopy()
    {
        using var store = OpenStore();
        store.Write(Doc("/a.txt", "Delia pushed Cassie off the roof."));
        store.Write(Doc("/b.txt", "Delia pushed Cassie off the roof."));
        store.Write(Doc("/a.txt", "A completely new text about Nabil."));

        var documents = store.ListDocuments(withText: true);
        Assert.Equal(2, documents.Count);
        Assert.Equal("Delia pushed Cassie off the roof.", documents.Single(d => d.SourcePath == "/b.txt").Text);
        Assert.Equal("A completely new text about Nabil.", documents.Single(d => d.SourcePath == "/a.txt").Text);
        Assert.Single(store.Search(new LemmaQuery([["delia"]]), 10));
        Assert.Equal("ok", store.CheckIntegrity());
    }

    [Fact]
    public void Write_NearCopyWithNewHeadlineJoinsTheOriginalsGroup()
    {
        using var store = OpenStore();
        var article = Article(1);
        var original = store.Write(Doc("/news/original.txt", "Who Pushed Cassie\n\n" + article));
        var syndicated = store.Write(Doc("/other/syndicated.txt", "Syndicated: The Rooftop Mystery Solved\n\n" + article + "\n\nThis article first appeared on Example News. Subscribe for more."));
        var unrelated = store.Write(Doc("/news/other.txt", Article(2)));

        Assert.Equal(StoreOutcome.Added, syndicated.Outcome);
        Assert.True(syndicated.NearDuplicate);
        Assert.Equal(original.DocumentId, syndicated.DuplicateGroup);
        Assert.False(unrelated.NearDuplicate);
        Assert.Equal(unrelated.DocumentId, unrelated.DuplicateGroup);
        Assert.Equal(3, store.CountDocuments());
        Assert.Equal(2, store.CountSources());
    }

    [Fact]
    public void WriteAll_FailureRollsBackTheWholeBatchAndKeepsEarlierDocuments()
    {
        using var store = OpenStore();
        store.Write(Doc("/kept.txt", "Stored before the failure."));
        var bad = Doc("/bad.txt", "This one cannot be stored.", format: null!);

        Assert.ThrowsAny<Exception>(() => store.WriteAll([Doc("/batch.txt", "First of the batch."), bad]));

        Assert.Equal(["/kept.txt"], store.ListDocuments().Select(d => d.SourcePath));
        Assert.Empty(store.Search(new LemmaQuery([["batch"]]), 10));
        Assert.Equal("ok", store.CheckIntegrity());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NOT")]
    [InlineData("NEAR(")]
    [InlineData("a*b OR")]
    [InlineData("col:umn")]
    public void Search_SyntaxInTermsIsSearchedNotParsed(string term)
    {
        using var store = OpenStore();
        store.Write(Doc("/a.txt", "Nothing NOT near here."));
        _ = store.Search(new LemmaQuery([[term]]), 10);
    }

    [Fact]
    public void Search_RanksSentencesWithMoreQueryWordsHigher()
    {
        using var store = OpenStore();
        store.Write(Doc("/a.txt", "Cassie danced on the roof all night long with friends. Delia pushed Cassie."));
        var hits = store.Search(new LemmaQuery([["delia"], ["push", "pushed"], ["cassie"]]), 10);
        Assert.Equal(2, hits.Count);
        Assert.Equal(1, hits[0].Sentence.Index);
        Assert.True(hits[0].Rank < hits[1].Rank);
    }
}
