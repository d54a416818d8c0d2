using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

// The floor Sleuth's indexing is measured against: read every .txt and .md file under a folder and
// insert its raw text into one plain FTS5 table, in one transaction, with one prepared statement.
// No extraction, sentence splitting, de-duplication or analysis: whatever Sleuth costs beyond this
// figure is the price of understanding the text.

const string Usage = "usage: Sleuth.Bench.Fts5Baseline DIR --db FILE [--json]";

string? directory = null;
string? database = null;
var json = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--db" when i + 1 < args.Length: database = args[++i]; break;
        case "--json": json = true; break;
        case "-h" or "--help": Console.WriteLine(Usage); return 0;
        default:
            if (args[i].StartsWith('-') || directory is not null)
            {
                Console.Error.WriteLine($"fts5-baseline: unexpected argument {args[i]}\n{Usage}");
                return 2;
            }
            directory = args[i];
            break;
    }
}
if (directory is null || database is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}
if (!Directory.Exists(directory))
{
    Console.Error.WriteLine($"fts5-baseline: no such folder {directory}");
    return 1;
}

foreach (var stale in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
{
    File.Delete(stale);
}

var clock = Stopwatch.StartNew();
SQLitePCL.Batteries_V2.Init();
using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database }.ToString());
connection.Open();
using (var create = connection.CreateCommand())
{
    create.CommandText = "CREATE VIRTUAL TABLE documents USING fts5(path UNINDEXED, body)";
    create.ExecuteNonQuery();
}

// Sorted so two runs insert in the same order and build the same database.
var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
    .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal)
    .ToList();

long bytes = 0;
using (var transaction = connection.BeginTransaction())
using (var insert = connection.CreateCommand())
{
    insert.Transaction = transaction;
    insert.CommandText = "INSERT INTO documents(path, body) VALUES ($path, $body)";
    var path = insert.Parameters.Add("$path", SqliteType.Text);
    var body = insert.Parameters.Add("$body", SqliteType.Text);
    insert.Prepare();
    foreach (var file in files)
    {
        var content = File.ReadAllBytes(file);
        bytes += content.Length;
        path.Value = file;
        body.Value = System.Text.Encoding.UTF8.GetString(content);
        insert.ExecuteNonQuery();
    }
    transaction.Commit();
}
connection.Close();
var seconds = clock.Elapsed.TotalSeconds;
var databaseBytes = new FileInfo(database).Length;

var documentsPerSecond = files.Count / seconds;
var megabytesPerSecond = bytes / 1048576.0 / seconds;
Console.WriteLine(json
    ? string.Create(CultureInfo.InvariantCulture,
        $"{{\"documents\":{files.Count},\"bytes\":{bytes},\"seconds\":{seconds:F3},\"documentsPerSecond\":{documentsPerSecond:F1},\"megabytesPerSecond\":{megabytesPerSecond:F2},\"databaseBytes\":{databaseBytes}}}")
    : string.Create(CultureInfo.InvariantCulture,
        $"fts5-baseline: {files.Count} documents, {bytes / 1048576.0:F1} MB in {seconds:F2} s: {documentsPerSecond:F0} documents/s, {megabytesPerSecond:F1} MB/s, database {databaseBytes / 1048576.0:F1} MB"));
return 0;
