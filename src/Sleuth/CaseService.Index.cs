using System.Collections.Concurrent;
using System.Diagnostics;
using Sleuth.Analysis;
using Sleuth.Analysis.Text;
using Sleuth.Ingest;
using Sleuth.Lexicon;
using Sleuth.Storage;

namespace Sleuth;

/// <summary>Progress of an index run, reported after each file.</summary>
public sealed record IndexProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, string CurrentPath)
{
    /// <summary>What the file just finished was skipped for (the whole file or some of its records).</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];

    /// <summary>What storing the file's documents did.</summary>
    public IReadOnlyList<StoreWriteResult> Results { get; init; } = [];
}

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
    /// <summary>Independent sources in the store after the run (distinct duplicate groups).</summary>
    public int SourcesInStore { get; init; }
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
    /// <summary>Relevance: the negated bm25 rank, so higher is better.</summary>
    public required double Score { get; init; }
}

public sealed partial class CaseService
{
    // Files read and analysed ahead of the writer; bounded so a large folder does not sit in memory.
    private const int ReadAhead = 16;

    /// <summary>Indexes files and folders (recursively). Bad files are skipped with a reason; nothing stored is lost.</summary>
    public IndexReport Index(IReadOnlyList<string> paths, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var (files, collectSkips) = InputCollector.Collect(paths);
        var loader = new DocumentLoader(Options.MaxFileBytes);
        return Run(files.Select(f => (f.Path, f.Length, (Func<ReadResult>)(() => loader.Load(f.Path)))).ToList(),
            collectSkips, progress, cancellationToken);
    }

    /// <summary>Indexes files given in memory, with the same rules and errors as files on disk.</summary>
    public IndexReport IndexUploads(IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        var loader = new DocumentLoader(Options.MaxFileBytes);
        return Run(files.Select(f => (f.Name, f.Content.LongLength, (Func<ReadResult>)(() => loader.Load(f.Name, f.Content)))).ToList(),
            [], null, cancellationToken);
    }

    /// <summary>
    /// Reading and analysing run on a background thread one file ahead of the writer, which stores each
    /// file in its own transaction in input order (so the first of a duplicate group is always the same).
    /// </summary>
    private IndexReport Run(IReadOnlyList<(string Path, long Length, Func<ReadResult> Load)> inputs, IReadOnlyList<SkippedInput> initialSkips,
        IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var skipped = new List<SkippedInput>(initialSkips);
        int added = 0, replaced = 0, unchanged = 0, exact = 0, near = 0, sentences = 0, done = 0;
        long bytesDone = 0, bytesTotal = inputs.Sum(i => i.Length);

        using var queue = new BlockingCollection<(int Index, ReadResult Read, IReadOnlyList<AnalysedDocument> Documents)>(ReadAhead);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() =>
        {
            try
            {
                for (int i = 0; i < inputs.Count && !stop.IsCancellationRequested; i++)
                {
                    var read = inputs[i].Load();
                    var analysed = read.Documents.Select(DocumentAnalyser.Analyse).ToList();
                    queue.Add((i, read, analysed), stop.Token);
                }
            }
            catch (OperationCanceledException) { }
            finally { queue.CompleteAdding(); }
        });

        try
        {
            foreach (var (index, read, documents) in queue.GetConsumingEnumerable(cancellationToken))
            {
                IReadOnlyList<StoreWriteResult> results = [];
                var readSkips = read.Skipped;
                try
                {
                    if (documents.Count > 0) results = _store.WriteAll(documents);
                }
                catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
                {
                    // The file's transaction rolled back, so the store holds exactly what it held before.
                    readSkips = [.. readSkips, new SkippedInput(inputs[index].Path, $"not stored: {e.Message}")];
                }
                for (int d = 0; d < results.Count; d++)
                {
                    var result = results[d];
                    switch (result.Outcome)
                    {
                        case StoreOutcome.Added: added++; break;
                        case StoreOutcome.Replaced: replaced++; break;
                        case StoreOutcome.Unchanged: unchanged++; break;
                        case StoreOutcome.ExactDuplicate: exact++; break;
                    }
                    if (result.NearDuplicate) near++;
                    if (result.Outcome is StoreOutcome.Added or StoreOutcome.Replaced) sentences += documents[d].Sentences.Count;
                }
                skipped.AddRange(readSkips);
                done++;
                bytesDone += inputs[index].Length;
                progress?.Report(new IndexProgress(done, inputs.Count, bytesDone, bytesTotal, inputs[index].Path)
                {
                    Skipped = readSkips,
                    Results = results,
                });
            }
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
        cancellationToken.ThrowIfCancellationRequested();

        return new IndexReport
        {
            Files = inputs.Count,
            Added = added,
            Replaced = replaced,
            Unchanged = unchanged,
            ExactDuplicates = exact,
            NearDuplicates = near,
            Sentences = sentences,
            Bytes = bytesDone,
            Seconds = clock.Elapsed.TotalSeconds,
            Skipped = skipped,
            DocumentsInStore = _store.CountDocuments(),
            SourcesInStore = _store.CountSources(),
        };
    }

    /// <summary>Ranked sentences for a free-text query.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        var lemmas = QueryLemmas(query);
        if (lemmas.Count == 0) return [];
        var hits = _store.Search(new LemmaQuery(lemmas.Select(l => (IReadOnlyList<string>)[l]).ToList()), limit);
        var documents = new Dictionary<long, StoredDocument?>();
        var wanted = lemmas.SelectMany(IndexTerms.Split).ToHashSet(StringComparer.Ordinal);
        var results = new List<SearchHit>(hits.Count);
        foreach (var hit in hits)
        {
            var sentence = hit.Sentence;
            if (!documents.TryGetValue(sentence.DocumentId, out var document))
                documents[sentence.DocumentId] = document = _store.GetDocument(sentence.DocumentId);
            if (document is null || sentence.End > document.Text.Length) continue;
            var marks = WordTokenizer.Shared.Tokenize(document.Text, sentence.Start, sentence.End)
                .Where(t => t.Kind is TokenKind.Word or TokenKind.Number && IndexTerms.Split(EnglishLexicon.Shared.Lemma(t.Text)).Any(wanted.Contains))
                .Select(t => new TextRange(t.Start, t.End))
                .ToList();
            results.Add(new SearchHit
            {
                DocumentId = document.Id,
                DocumentTitle = document.Title ?? Path.GetFileName(document.SourcePath),
                SourcePath = document.SourcePath,
                Start = sentence.Start,
                End = sentence.End,
                Text = document.Text[sentence.Start..sentence.End],
                Marks = marks,
                Score = -hit.Rank,
            });
        }
        return results;
    }

    /// <summary>The distinct index lemmas of a query's words; stop words are dropped unless nothing else is left.</summary>
    private static IReadOnlyList<string> QueryLemmas(string query)
    {
        var words = WordTokenizer.Shared.Tokenize(query, 0, query.Length)
            .Where(t => t.Kind is TokenKind.Word or TokenKind.Number)
            .ToList();
        var content = words.Where(t => !SearchStopWords.Contains(t.Lower)).ToList();
        if (content.Count == 0) content = words;
        return content.Select(t => EnglishLexicon.Shared.Lemma(t.Text).ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every stored document, without text.</summary>
    public IReadOnlyList<StoredDocument> Documents() => _store.ListDocuments();

    /// <summary>One stored document with its text, or null.</summary>
    public StoredDocument? Document(long id) => _store.GetDocument(id);
}
