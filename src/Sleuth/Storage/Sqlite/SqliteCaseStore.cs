using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Sleuth.Analysis;
using Sleuth.Ingest;

namespace Sleuth.Storage.Sqlite;

/// <summary>
/// The embedded default store: one SQLite file in WAL mode with FTS5 over sentence lemmas. Each document
/// is written in one transaction, so a crash or a bad file never leaves half a document behind.
/// </summary>
public sealed class SqliteCaseStore : ICaseStore
{
    private static readonly Lazy<bool> s_sqliteReady = new(() => { SQLitePCL.Batteries_V2.Init(); return true; });

    private const string DocumentColumns =
        "id, source_path, record_index, title, url, author, date, format, content_hash, duplicate_group, length";

    private readonly SqliteConnection _connection;
    // One connection is not safe for concurrent use; callers such as a web server may share the store.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    private SqliteCaseStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Path of the store file.</summary>
    public required string Path { get; init; }

    /// <summary>Opens or creates the store file, applying schema migrations.</summary>
    public static SqliteCaseStore Open(string path)
    {
        _ = s_sqliteReady.Value;
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = full,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        try
        {
            connection.Open();
            // WAL keeps readers working during indexing and makes every commit atomic on a crash;
            // synchronous=NORMAL is durable against process crashes, which is what a CLI run risks.
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY;");
            SchemaMigrations.Apply(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
        return new SqliteCaseStore(connection) { Path = full };
    }

    /// <summary>The schema version the file is at.</summary>
    public int SchemaVersion
    {
        get { lock (_gate) return SchemaMigrations.UserVersion(_connection); }
    }

    /// <inheritdoc />
    public StoreWriteResult Write(AnalysedDocument document) => WriteAll([document])[0];

    /// <summary>Writes several documents (the records of one file) in one transaction: all of them or none.</summary>
    public IReadOnlyList<StoreWriteResult> WriteAll(IReadOnlyList<AnalysedDocument> documents)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var results = new List<StoreWriteResult>(documents.Count);
            foreach (var document in documents) results.Add(WriteOne(document, transaction));
            transaction.Commit();
            return results;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<FileWriteResult> WriteFiles(IReadOnlyList<IReadOnlyList<AnalysedDocument>> files)
    {
        lock (_gate)
        {
            using var transaction = _connection.BeginTransaction();
            var results = new List<FileWriteResult>(files.Count);
            foreach (var file in files)
            {
                // A savepoint per file: a file that fails is undone alone and the batch goes on.
                Exec(transaction, "SAVEPOINT file");
                try
                {
                    var written = new List<StoreWriteResult>(file.Count);
                    foreach (var document in file) written.Add(WriteOne(document, transaction));
                    Exec(transaction, "RELEASE file");
                    results.Add(new FileWriteResult(written));
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // Whatever went wrong with this file, undoing it alone keeps the other files of the batch.
                    Exec(transaction, "ROLLBACK TO file");
                    Exec(transaction, "RELEASE file");
                    results.Add(new FileWriteResult([], e.Message));
                }
            }
            transaction.Commit();
            return results;
        }
    }

    private StoreWriteResult WriteOne(AnalysedDocument document, SqliteTransaction tx)
    {
        var source = document.Source;
        long? reuseId = null;
        bool replacing = false;

        using (var reader = Query(tx, "SELECT id, content_hash, duplicate_group FROM documents WHERE source_path = $p AND record_index = $r",
                   ("$p", source.SourcePath), ("$r", source.RecordIndex)))
        {
            if (reader.Read())
            {
                long id = reader.GetInt64(0);
                if (reader.GetString(1) == document.ContentHash)
                    return new StoreWriteResult(StoreOutcome.Unchanged, id, reader.GetInt64(2), false);
                reuseId = id;
                replacing = true;
            }
        }
        if (reuseId is long oldId)
        {
            RetireOldVersion(oldId, tx);
        }
        else
        {
            using var reader = Query(tx, """
                SELECT d.id, d.content_hash, d.duplicate_group FROM duplicate_paths p JOIN documents d ON d.id = p.document_id
                WHERE p.source_path = $p AND p.record_index = $r
                """, ("$p", source.SourcePath), ("$r", source.RecordIndex));
            if (reader.Read())
            {
                if (reader.GetString(1) == document.ContentHash)
                    return new StoreWriteResult(StoreOutcome.Unchanged, reader.GetInt64(0), reader.GetInt64(2), false);
                replacing = true;
            }
        }
        if (replacing && reuseId is null)
            Exec(tx, "DELETE FROM duplicate_paths WHERE source_path = $p AND record_index = $r", ("$p", source.SourcePath), ("$r", source.RecordIndex));

        using (var reader = Query(tx, "SELECT id, duplicate_group FROM documents WHERE content_hash = $h ORDER BY id LIMIT 1", ("$h", document.ContentHash)))
        {
            if (reader.Read())
            {
                long original = reader.GetInt64(0), group = reader.GetInt64(1);
                reader.Close();
                Exec(tx, "INSERT INTO duplicate_paths (source_path, record_index, document_id) VALUES ($p, $r, $d)",
                    ("$p", source.SourcePath), ("$r", source.RecordIndex), ("$d", original));
                return new StoreWriteResult(StoreOutcome.ExactDuplicate, original, group, false);
            }
        }

        long newId = reuseId ?? Convert.ToInt64(Scalar(tx, "SELECT COALESCE(MAX(id), 0) + 1 FROM documents"));
        bool groupable = MinHash.ShingleCount(source.Text) >= MinHash.MinShingles;
        var bandKeys = MinHash.BandKeys(document.Signature);
        long? nearGroup = groupable ? FindNearGroup(document.Signature, bandKeys, tx) : null;
        long duplicateGroup = nearGroup ?? newId;

        Exec(tx, """
            INSERT INTO documents (id, source_path, record_index, title, url, author, date, format, content_hash, duplicate_group, text, length, indexed_at)
            VALUES ($id, $p, $r, $title, $url, $author, $date, $format, $hash, $group, $text, $length, $at)
            """,
            ("$id", newId), ("$p", source.SourcePath), ("$r", source.RecordIndex), ("$title", source.Title), ("$url", source.Url),
            ("$author", source.Author), ("$date", source.Date), ("$format", source.Format), ("$hash", document.ContentHash),
            ("$group", duplicateGroup), ("$text", source.Text), ("$length", source.Text.Length),
            ("$at", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture)));
        InsertSentences(newId, document, tx);
        Exec(tx, "INSERT INTO signatures (document_id, minhash) VALUES ($d, $m)", ("$d", newId), ("$m", MinHash.ToBytes(document.Signature)));
        if (groupable)
        {
            var band = Command("INSERT INTO signature_bands (band, key, document_id) VALUES ($b, $k, $d)", tx, "$b", "$k", "$d");
            for (int b = 0; b < bandKeys.Length; b++)
            {
                band.Parameters[0].Value = b;
                band.Parameters[1].Value = bandKeys[b];
                band.Parameters[2].Value = newId;
                band.ExecuteNonQuery();
            }
        }
        return new StoreWriteResult(replacing ? StoreOutcome.Replaced : StoreOutcome.Added, newId, duplicateGroup, nearGroup is not null);
    }

    /// <summary>
    /// Removes the old version of a changed document. When other paths still hold the old text (exact
    /// duplicates), the old version is kept and handed to the first of them instead of being deleted.
    /// </summary>
    private void RetireOldVersion(long id, SqliteTransaction tx)
    {
        using (var reader = Query(tx, "SELECT source_path, record_index FROM duplicate_paths WHERE document_id = $d ORDER BY source_path, record_index LIMIT 1", ("$d", id)))
        {
            if (reader.Read())
            {
                string heir = reader.GetString(0);
                long heirRecord = reader.GetInt64(1);
                reader.Close();
                Exec(tx, "DELETE FROM duplicate_paths WHERE source_path = $p AND record_index = $r", ("$p", heir), ("$r", heirRecord));
                long heirId = Convert.ToInt64(Scalar(tx, "SELECT COALESCE(MAX(id), 0) + 1 FROM documents"));
                // The old text moves to a fresh id under the heir's path so the changed file can keep its id.
                Exec(tx, """
                    INSERT INTO documents (id, source_path, record_index, title, url, author, date, format, content_hash, duplicate_group, text, length, indexed_at)
                    SELECT $new, $p, $r, title, url, author, date, format, content_hash,
                           CASE WHEN duplicate_group = id THEN $new ELSE duplicate_group END, text, length, indexed_at
                    FROM documents WHERE id = $old
                    """, ("$new", heirId), ("$p", heir), ("$r", heirRecord), ("$old", id));
                Exec(tx, "UPDATE sentences SET document_id = $new WHERE document_id = $old", ("$new", heirId), ("$old", id));
                Exec(tx, "UPDATE signatures SET document_id = $new WHERE document_id = $old", ("$new", heirId), ("$old", id));
                Exec(tx, "UPDATE signature_bands SET document_id = $new WHERE document_id = $old", ("$new", heirId), ("$old", id));
                Exec(tx, "UPDATE duplicate_paths SET document_id = $new WHERE document_id = $old", ("$new", heirId), ("$old", id));
                Exec(tx, "UPDATE documents SET duplicate_group = $new WHERE duplicate_group = $old AND id <> $old", ("$new", heirId), ("$old", id));
            }
        }
        // External-content FTS5 forgets a row only when told its old text, which the sentences row still holds.
        Exec(tx, """
            INSERT INTO sentence_fts (sentence_fts, rowid, lemmas) SELECT 'delete', id, lemmas FROM sentences WHERE document_id = $d
            """, ("$d", id));
        Exec(tx, "DELETE FROM sentences WHERE document_id = $d", ("$d", id));
        Exec(tx, "DELETE FROM signature_bands WHERE document_id = $d", ("$d", id));
        Exec(tx, "DELETE FROM signatures WHERE document_id = $d", ("$d", id));
        Exec(tx, "DELETE FROM duplicate_paths WHERE document_id = $d", ("$d", id));
        Exec(tx, "DELETE FROM documents WHERE id = $d", ("$d", id));
    }

    /// <summary>
    /// The group of the most similar stored document at or above the threshold. Band keys already encode
    /// their band, so one indexed lookup finds every candidate; a candidate must share two bands before
    /// its signature is compared, which drops chance collisions (a 0.75-similar copy shares about ten).
    /// </summary>
    private long? FindNearGroup(IReadOnlyList<ulong> signature, long[] bandKeys, SqliteTransaction tx)
    {
        var lookup = Command(s_candidateSql, tx, [.. Enumerable.Range(0, MinHash.Bands).Select(b => $"$k{b}")]);
        for (int b = 0; b < bandKeys.Length; b++) lookup.Parameters[b].Value = bandKeys[b];
        var candidates = new List<long>();
        using (var reader = lookup.ExecuteReader())
            while (reader.Read()) candidates.Add(reader.GetInt64(0));

        long? best = null;
        double bestSimilarity = 0;
        var fetch = Command("SELECT s.minhash, d.duplicate_group FROM signatures s JOIN documents d ON d.id = s.document_id WHERE s.document_id = $d", tx, "$d");
        foreach (var candidate in candidates)
        {
            fetch.Parameters[0].Value = candidate;
            using var reader = fetch.ExecuteReader();
            if (!reader.Read()) continue;
            double similarity = MinHash.Similarity(signature, MinHash.FromBytes((byte[])reader.GetValue(0)));
            if (similarity >= MinHash.NearDuplicateThreshold && similarity > bestSimilarity)
            {
                bestSimilarity = similarity;
                best = reader.GetInt64(1);
            }
        }
        return best;
    }

    private static readonly string s_candidateSql =
        "SELECT document_id FROM signature_bands WHERE key IN (" + string.Join(", ", Enumerable.Range(0, MinHash.Bands).Select(b => $"$k{b}")) +
        ") GROUP BY document_id HAVING COUNT(*) >= 2 ORDER BY document_id";

    private void InsertSentences(long documentId, AnalysedDocument document, SqliteTransaction tx)
    {
        var insert = Command("""
            INSERT INTO sentences (document_id, idx, start_offset, end_offset, paragraph, kind, lemmas)
            VALUES ($d, $i, $s, $e, $p, $k, $l)
            """, tx, "$d", "$i", "$s", "$e", "$p", "$k", "$l");
        for (int i = 0; i < document.Sentences.Count; i++)
        {
            var sentence = document.Sentences[i];
            var lemmas = i < document.SentenceLemmas.Count ? document.SentenceLemmas[i] : "";
            insert.Parameters[0].Value = documentId;
            insert.Parameters[1].Value = i;
            insert.Parameters[2].Value = sentence.Start;
            insert.Parameters[3].Value = sentence.End;
            insert.Parameters[4].Value = sentence.Paragraph;
            insert.Parameters[5].Value = (int)sentence.Kind;
            insert.Parameters[6].Value = lemmas;
            insert.ExecuteNonQuery();
        }
        // One statement indexes the whole document: far cheaper than a round trip per sentence.
        Exec(tx, "INSERT INTO sentence_fts (rowid, lemmas) SELECT id, lemmas FROM sentences WHERE document_id = $d", ("$d", documentId));
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredDocument> ListDocuments(bool withText = false)
    {
        lock (_gate)
        {
            var columns = withText ? DocumentColumns + ", text" : DocumentColumns;
            using var reader = Query(null, $"SELECT {columns} FROM documents ORDER BY id");
            var documents = new List<StoredDocument>();
            while (reader.Read()) documents.Add(ReadDocument(reader, withText));
            return documents;
        }
    }

    /// <inheritdoc />
    public StoredDocument? GetDocument(long id)
    {
        lock (_gate)
        {
            using var reader = Query(null, $"SELECT {DocumentColumns}, text FROM documents WHERE id = $id", ("$id", id));
            return reader.Read() ? ReadDocument(reader, withText: true) : null;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredSentence> GetSentences(long documentId)
    {
        lock (_gate)
        {
            using var reader = Query(null, """
                SELECT document_id, idx, start_offset, end_offset, paragraph, kind FROM sentences WHERE document_id = $d ORDER BY idx
                """, ("$d", documentId));
            var sentences = new List<StoredSentence>();
            while (reader.Read()) sentences.Add(ReadSentence(reader));
            return sentences;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<SentenceHit> Search(LemmaQuery query, int limit)
    {
        var match = ToMatchExpression(query);
        if (match.Length == 0 || limit <= 0) return [];
        lock (_gate)
        {
            using var reader = Query(null, """
                SELECT s.document_id, s.idx, s.start_offset, s.end_offset, s.paragraph, s.kind, f.rank
                FROM (SELECT rowid, rank FROM sentence_fts WHERE sentence_fts MATCH $q ORDER BY rank LIMIT $n) f
                JOIN sentences s ON s.id = f.rowid
                ORDER BY f.rank, s.document_id, s.idx
                """, ("$q", match), ("$n", limit));
            var hits = new List<SentenceHit>();
            while (reader.Read()) hits.Add(new SentenceHit(ReadSentence(reader), reader.GetDouble(6)));
            return hits;
        }
    }

    /// <summary>
    /// An FTS5 expression ORing every alternative of every group. Each term is a quoted string, so words
    /// such as NOT, NEAR or stray quotes in user input are searched for rather than parsed as syntax.
    /// </summary>
    internal static string ToMatchExpression(LemmaQuery query)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in query.Groups)
            foreach (var alternative in group)
                if (!string.IsNullOrWhiteSpace(alternative) && alternative.Any(char.IsLetterOrDigit))
                    terms.Add(alternative.Trim().ToLowerInvariant());
        var sb = new StringBuilder();
        foreach (var term in terms)
        {
            if (sb.Length > 0) sb.Append(" OR ");
            sb.Append('"').Append(term.Replace("\"", "\"\"")).Append('"');
        }
        return sb.ToString();
    }

    /// <inheritdoc />
    public int CountDocuments()
    {
        lock (_gate) return Convert.ToInt32(Scalar(null, "SELECT COUNT(*) FROM documents"));
    }

    /// <inheritdoc />
    public StoreWriteResult? FindUnchanged(string sourcePath, int recordIndex, string contentHash)
    {
        lock (_gate)
        {
            using var reader = Query(null, """
                SELECT id, duplicate_group FROM documents WHERE source_path = $p AND record_index = $r AND content_hash = $h
                UNION ALL
                SELECT d.id, d.duplicate_group FROM duplicate_paths p JOIN documents d ON d.id = p.document_id
                WHERE p.source_path = $p AND p.record_index = $r AND d.content_hash = $h
                LIMIT 1
                """, ("$p", sourcePath), ("$r", recordIndex), ("$h", contentHash));
            return reader.Read() ? new StoreWriteResult(StoreOutcome.Unchanged, reader.GetInt64(0), reader.GetInt64(1), false) : null;
        }
    }

    /// <inheritdoc />
    public int CountSources()
    {
        lock (_gate) return Convert.ToInt32(Scalar(null, "SELECT COUNT(DISTINCT duplicate_group) FROM documents"));
    }

    /// <inheritdoc />
    public IReadOnlyList<string> GetDuplicatePaths(long documentId)
    {
        lock (_gate)
        {
            using var reader = Query(null, "SELECT source_path, record_index FROM duplicate_paths WHERE document_id = $d ORDER BY source_path, record_index", ("$d", documentId));
            var paths = new List<string>();
            while (reader.Read())
                paths.Add(reader.GetInt64(1) == 0 ? reader.GetString(0) : $"{reader.GetString(0)}#{reader.GetInt64(1)}");
            return paths;
        }
    }

    /// <summary>
    /// Result of SQLite's integrity check: "ok" when the file is sound and the full-text index agrees with
    /// the sentences it indexes.
    /// </summary>
    public string CheckIntegrity()
    {
        lock (_gate)
        {
            var result = Convert.ToString(Scalar(null, "PRAGMA integrity_check"), CultureInfo.InvariantCulture) ?? "";
            if (result != "ok") return result;
            try
            {
                Exec(null, "INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('integrity-check', 1)");
            }
            catch (SqliteException e)
            {
                return $"full-text index: {e.Message}";
            }
            return "ok";
        }
    }

    /// <summary>Releases the prepared commands and closes the file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            foreach (var command in _commands.Values) command.Dispose();
            _commands.Clear();
            _connection.Dispose();
        }
    }

    private static StoredDocument ReadDocument(SqliteDataReader r, bool withText) => new()
    {
        Id = r.GetInt64(0),
        SourcePath = r.GetString(1),
        RecordIndex = r.GetInt32(2),
        Title = r.IsDBNull(3) ? null : r.GetString(3),
        Url = r.IsDBNull(4) ? null : r.GetString(4),
        Author = r.IsDBNull(5) ? null : r.GetString(5),
        Date = r.IsDBNull(6) ? null : r.GetString(6),
        Format = r.GetString(7),
        ContentHash = r.GetString(8),
        DuplicateGroup = r.GetInt64(9),
        Length = r.GetInt32(10),
        Text = withText ? r.GetString(11) : "",
    };

    private static StoredSentence ReadSentence(SqliteDataReader r) =>
        new(r.GetInt64(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), (SegmentKind)r.GetInt32(5));

    /// <summary>A prepared command kept for the life of the store; bulk indexing reuses it for every row.</summary>
    private SqliteCommand Command(string sql, SqliteTransaction? tx, params string[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _commands[sql] = command;
        }
        command.Transaction = tx;
        return command;
    }

    private SqliteCommand Bind(SqliteTransaction? tx, string sql, (string Name, object? Value)[] args)
    {
        var command = Command(sql, tx, args.Select(a => a.Name).ToArray());
        for (int i = 0; i < args.Length; i++) command.Parameters[i].Value = args[i].Value ?? DBNull.Value;
        return command;
    }

    private SqliteDataReader Query(SqliteTransaction? tx, string sql, params (string, object?)[] args) => Bind(tx, sql, args).ExecuteReader();

    private void Exec(SqliteTransaction? tx, string sql, params (string, object?)[] args) => Bind(tx, sql, args).ExecuteNonQuery();

    private object? Scalar(SqliteTransaction? tx, string sql, params (string, object?)[] args) => Bind(tx, sql, args).ExecuteScalar();

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
