using Microsoft.Data.Sqlite;

namespace Sleuth.Storage.Sqlite;

/// <summary>One step of the schema history; steps are applied in order and never edited once released.</summary>
internal sealed record Migration(int Version, string Description, string Sql);

/// <summary>
/// The versioned schema. The applied version lives in PRAGMA user_version; each step runs in its own
/// transaction together with the version bump, so a store is always at exactly one known version.
/// </summary>
internal static class SchemaMigrations
{
    public static readonly IReadOnlyList<Migration> Steps =
    [
        new(1, "documents, sentences, lemma full-text index, near-duplicate signatures", """
            CREATE TABLE documents (
                id              INTEGER PRIMARY KEY,
                source_path     TEXT    NOT NULL,
                record_index    INTEGER NOT NULL DEFAULT 0,
                title           TEXT,
                url             TEXT,
                author          TEXT,
                date            TEXT,
                format          TEXT    NOT NULL,
                content_hash    TEXT    NOT NULL,
                duplicate_group INTEGER NOT NULL,
                text            TEXT    NOT NULL,
                length          INTEGER NOT NULL,
                indexed_at      TEXT    NOT NULL,
                UNIQUE (source_path, record_index)
            );
            CREATE INDEX documents_content_hash ON documents (content_hash);
            CREATE INDEX documents_duplicate_group ON documents (duplicate_group);

            -- Further paths holding exactly the same text as a stored document; the text is stored once.
            CREATE TABLE duplicate_paths (
                source_path  TEXT    NOT NULL,
                record_index INTEGER NOT NULL DEFAULT 0,
                document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                PRIMARY KEY (source_path, record_index)
            );
            CREATE INDEX duplicate_paths_document ON duplicate_paths (document_id);

            CREATE TABLE sentences (
                id           INTEGER PRIMARY KEY,
                document_id  INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
                idx          INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                paragraph    INTEGER NOT NULL,
                kind         INTEGER NOT NULL,
                lemmas       TEXT    NOT NULL,
                UNIQUE (document_id, idx)
            );

            -- External-content FTS5: the lemma text lives once, in sentences; triggers keep the index in step.
            CREATE VIRTUAL TABLE sentence_fts USING fts5 (
                lemmas, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER sentences_after_insert AFTER INSERT ON sentences BEGIN
                INSERT INTO sentence_fts (rowid, lemmas) VALUES (new.id, new.lemmas);
            END;
            CREATE TRIGGER sentences_after_delete AFTER DELETE ON sentences BEGIN
                INSERT INTO sentence_fts (sentence_fts, rowid, lemmas) VALUES ('delete', old.id, old.lemmas);
            END;

            CREATE TABLE signatures (
                document_id INTEGER PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
                minhash     BLOB    NOT NULL
            );
            CREATE TABLE signature_bands (
                band        INTEGER NOT NULL,
                key         INTEGER NOT NULL,
                document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE
            );
            CREATE INDEX signature_bands_key ON signature_bands (band, key);
            CREATE INDEX signature_bands_document ON signature_bands (document_id);
            """),
        // Row-by-row FTS triggers cost several times what direct inserts do in bulk indexing, so the store
        // now maintains the index itself; band keys encode their band, so one key index serves the lookup.
        new(2, "maintain the full-text index from code; index band keys alone", """
            DROP TRIGGER sentences_after_insert;
            DROP TRIGGER sentences_after_delete;
            DROP INDEX signature_bands_key;
            CREATE INDEX signature_bands_key ON signature_bands (key);
            """),
    ];

    public static int Latest => Steps[^1].Version;

    /// <summary>Brings the store up to the latest version; refuses a store written by a newer Sleuth.</summary>
    public static void Apply(SqliteConnection connection, int upTo = int.MaxValue)
    {
        int current = UserVersion(connection);
        if (current > Latest)
            throw new InvalidOperationException($"the store has schema version {current}, newer than this Sleuth supports ({Latest})");
        foreach (var step in Steps)
        {
            if (step.Version <= current || step.Version > upTo) continue;
            using var transaction = connection.BeginTransaction();
            // Re-read inside the write transaction: another process may have migrated meanwhile.
            if (UserVersion(connection, transaction) >= step.Version) { transaction.Commit(); continue; }
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = step.Sql + $";\nPRAGMA user_version = {step.Version};";
            command.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    public static int UserVersion(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar());
    }
}
