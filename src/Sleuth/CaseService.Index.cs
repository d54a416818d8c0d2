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
    /// <summary>Files examined, including skipped ones.</summary>
    public int Files { get; init; }
    /// <summary>Documents stored for the first time.</summary>
    public int Added { get; init; }
    /// <summary>Documents whose file changed and replaced their old version.</summary>
    public int Replaced { get; init; }
    /// <summary>Documents already stored with the same text.</summary>
    public int Unchanged { get; init; }
    /// <summary>Documents whose text was already stored under another path (recorded as an extra path).</summary>
    public int ExactDuplicates { get; init; }
    /// <summary>New documents that joined the duplicate group of a similar stored document.</summary>
    public int NearDuplicates { get; init; }
    /// <summary>Sentences written in this run.</summary>
    public int Sentences { get; init; }
    /// <summary>Bytes of the files examined.</summary>
    public long Bytes { get; init; }
    /// <summary>Wall-clock duration of the run.</summary>
    public double Seconds { get; init; }
    /// <summary>Every skipped file or record, with its reason.</summary>
    public IReadOnlyList<SkippedInput> Skipped { get; init; } = [];
    /// <summary>Documents in the store after the run.</summary>
    public int DocumentsInStore { get; init; }
    /// <summary>Independent sources in the store after the run (distinct duplicate groups).</summary>
    public int SourcesInStore { get; init; }
    /// <summary>Throughput over the files examined.</summary>
    public double MegabytesPerSecond => Seconds > 0 ? Bytes / 1048576.0 / Seconds : 0;
}

/// <summary>A file handed over in memory (an upload), indexed with the same rules as a file on disk.</summary>
public sealed record UploadedFile(string Name, byte[] Content);

/// <summary>One ranked sentence from a search, with the matched words marked.</summary>
public sealed record SearchHit
{
    /// <summary>The stored document the sentence comes from.</summary>
    public required long DocumentId { get; init; }
    /// <summary>Its title, or its file name when it has none.</summary>
    public required string DocumentTitle { get; init; }
    /// <summary>The file the document was read from.</summary>
    public required string SourcePath { get; init; }
    /// <summary>Sentence start offset in the document text.</summary>
    public required int Start { get; init; }
    /// <summary>Sentence end offset (exclusive) in the document text.</summary>
    public required int End { get; init; }
    /// <summary>The sentence exactly as the document text has it between Start and End.</summary>
    public required string Text { get; init; }
    /// <summary>Matched words, as offsets into the document text.</summary>
    public IReadOnlyList<TextRange> Marks { get; init; } = [];
    /// <summary>Relevance: the negated bm25 rank, so higher is better.</summary>
    public required double Score { get; init; }
}

public sealed partial class CaseService
{
    // Files read and analysed ahead of the writer; bounded so a large folder does not sit in memory.
    private const int ReadAhead = 64;
    // ...and by size, so a folder of large files is not all held in memory at once.
    private const long ReadAheadBytes = 64L * 1024 * 1024;
    private const int MaxBatchFiles = 64;
    private const int MaxBatchMilliseconds = 300;

    /// <summary>Indexes files and folders (recursively). Bad files are skipped with a reason; nothing stored is lost.</summary>
    public IndexReport Index(IReadOnlyList<string> paths, IProgress<IndexProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        // A store kept inside the indexed folder must not be read as a document.
        string[] storeFiles = _store is Storage.Sqlite.SqliteCaseStore sqlite
            ? [sqlite.Path, sqlite.Path + "-wal", sqlite.Path + "-shm", sqlite.Path + "-journal"]
            : [];
        var (files, collectSkips) = InputCollector.Collect(paths, storeFiles);
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
    /// Reading and analysing run on a background thread ahead of the writer, which stores files in input
    /// order (so the first of a duplicate group is always the same) in batched transactions.
    /// </summary>
    private IndexReport Run(IReadOnlyList<(string Path, long Length, Func<ReadResult> Load)> inputs, IReadOnlyList<SkippedInput> initialSkips,
        IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var skipped = new List<SkippedInput>(initialSkips);
        int added = 0, replaced = 0, unchanged = 0, exact = 0, near = 0, sentences = 0, done = 0;
        long bytesDone = 0, bytesTotal = inputs.Sum(i => i.Length);

        using var queue = new BlockingCollection<PreparedFile>(ReadAhead);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var budget = new ByteBudget(ReadAheadBytes);
        var producer = Task.Run(() =>
        {
            try
            {
                for (int i = 0; i < inputs.Count && !stop.IsCancellationRequested; i++)
                {
                    budget.Take(inputs[i].Length, stop.Token);
                    var read = inputs[i].Load();
                    queue.Add(Prepare(i, inputs[i].Path, read), stop.Token);
                }
            }
            catch (OperationCanceledException) { }
            finally { queue.CompleteAdding(); }
        });

        try
        {
            var batch = new List<PreparedFile>();
            while (NextBatch(queue, batch, cancellationToken))
            {
                var written = _store.WriteFiles(batch.Select(b => b.ToWrite).ToList());
                for (int f = 0; f < batch.Count; f++)
                {
                    var (index, skips, documents, unchangedResults) = batch[f];
                    IReadOnlyList<StoreWriteResult> results = [.. written[f].Results, .. unchangedResults];
                    var readSkips = written[f].Error is { } error
                        ? [.. skips, new SkippedInput(inputs[index].Path, $"not stored: {error}")]
                        : skips;
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
                    budget.Return(inputs[index].Length);
                    // Reported after the commit, so a file shown as done is really in the store.
                    progress?.Report(new IndexProgress(done, inputs.Count, bytesDone, bytesTotal, inputs[index].Path)
                    {
                        Skipped = readSkips,
                        Results = results,
                    });
                }
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

    /// <summary>A file read and analysed, ready for the writer.</summary>
    private sealed record PreparedFile(int Index, IReadOnlyList<SkippedInput> Skipped, IReadOnlyList<AnalysedDocument> ToWrite,
        IReadOnlyList<StoreWriteResult> AlreadyStored);

    /// <summary>
    /// Analyses the documents of one file, except those the store already holds unchanged: re-indexing a
    /// folder then costs little more than reading and hashing it.
    /// </summary>
    private PreparedFile Prepare(int index, string path, ReadResult read)
    {
        var toWrite = new List<AnalysedDocument>();
        var alreadyStored = new List<StoreWriteResult>();
        try
        {
            foreach (var document in read.Documents)
            {
                if (_store.FindUnchanged(document.SourcePath, document.RecordIndex, ContentHasher.Hash(document.Text)) is { } unchanged)
                    alreadyStored.Add(unchanged);
                else
                    toWrite.Add(DocumentAnalyser.Analyse(document));
            }
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // An analysis bug on one odd file must not end the run; the file is reported instead.
            return new PreparedFile(index, [.. read.Skipped, new SkippedInput(path, $"not analysed: {e.GetType().Name}: {e.Message}")], [], []);
        }
        return new PreparedFile(index, read.Skipped, toWrite, alreadyStored);
    }

    /// <summary>
    /// Takes the next files to store in one transaction: what arrives within a short time bound, up to a size bound.
    /// Committing per batch rather than per file cuts write amplification on the shared index pages many
    /// times over; each file is still all-or-nothing, and a crash loses at most the batch in flight.
    /// </summary>
    private static bool NextBatch<T>(BlockingCollection<T> queue, List<T> batch, CancellationToken cancellationToken)
    {
        batch.Clear();
        if (!queue.TryTake(out var first, Timeout.Infinite, cancellationToken)) return false;
        batch.Add(first);
        long deadline = Environment.TickCount64 + MaxBatchMilliseconds;
        while (batch.Count < MaxBatchFiles)
        {
            long wait = deadline - Environment.TickCount64;
            if (wait <= 0 || !queue.TryTake(out var next, (int)wait, cancellationToken)) break;
            batch.Add(next);
        }
        return true;
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

/// <summary>
/// Bounds the bytes read ahead of the writer. A file larger than the whole budget is still let through
/// when nothing else is in flight, so one big file never blocks the run.
/// </summary>
internal sealed class ByteBudget(long limit)
{
    // A plain object, not System.Threading.Lock: Monitor.Wait/Pulse need a monitor.
    private readonly object _gate = new();
    private long _used;

    public void Take(long bytes, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_used > 0 && _used + bytes > limit)
            {
                cancellationToken.ThrowIfCancellationRequested();
                // Short waits so cancellation is noticed without a second signalling mechanism.
                Monitor.Wait(_gate, 50);
            }
            _used += bytes;
        }
    }

    public void Return(long bytes)
    {
        lock (_gate)
        {
            _used -= bytes;
            Monitor.PulseAll(_gate);
        }
    }
}
