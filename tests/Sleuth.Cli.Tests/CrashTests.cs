using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sleuth.Tests.Storage;

namespace Sleuth.Cli.Tests;

/// <summary>Killing `sleuth index` mid-run leaves a store that opens, passes integrity_check and keeps earlier work.</summary>
public sealed class CrashTests
{
    [Fact]
    public void Index_KilledMidRun_StoreStaysConsistentAndEarlierDocumentsIntact()
    {
        using var work = new TempFolder();
        var db = work.File("case.db");
        var first = CorpusGenerator.Write(work.File("first"), count: 25, seed: 1);
        var large = CorpusGenerator.Write(work.File("large"), count: 1200, paragraphs: 10, seed: 2);

        var completed = CliRunner.Run(work.Path, "index", first, "--db", db);
        Assert.True(completed.ExitCode == 0, completed.ToString());
        Dictionary<string, string> before;
        using (var service = CaseService.Open(db))
            before = service.Documents().ToDictionary(d => $"{d.SourcePath}#{d.RecordIndex}", d => service.Document(d.Id)!.Text);

        // Kill once the run is well under way, so some large-folder files are committed and one is in flight.
        using (var process = Process.Start(CliRunner.StartInfo(work.Path, "index", large, "--db", db))!)
        {
            _ = process.StandardError.ReadToEndAsync();
            int linesSeen = 0;
            while (process.StandardOutput.ReadLine() is { } line)
                if (line.StartsWith('[') && ++linesSeen >= 200) break;
            Assert.False(process.HasExited, "the index run finished before it could be killed; make the corpus larger");
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        SQLitePCL.Batteries_V2.Init();
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", check.ExecuteScalar());
            // With rank 1, FTS5 also checks its index against the sentences it was built from.
            check.CommandText = "INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('integrity-check', 1)";
            check.ExecuteNonQuery();
        }
        using (var service = CaseService.Open(db))
        {
            var after = service.Documents();
            Assert.True(after.Count > before.Count, "no large-folder document was committed before the kill");
            foreach (var (key, text) in before)
            {
                var stored = after.Single(d => $"{d.SourcePath}#{d.RecordIndex}" == key);
                Assert.Equal(text, service.Document(stored.Id)!.Text);
                Assert.NotEmpty(service.Store.GetSentences(stored.Id));
            }
            // Every committed document is whole: its sentences are there and quote its text.
            foreach (var document in after)
            {
                var full = service.Document(document.Id)!;
                var sentences = service.Store.GetSentences(document.Id);
                Assert.NotEmpty(sentences);
                Assert.All(sentences, s => Assert.True(s.End <= full.Text.Length));
            }
            Assert.NotEmpty(service.Search("pushed Cassie", 5));
        }

        // The interrupted run can simply be repeated: committed files are unchanged, the rest are added.
        var resumed = CliRunner.Run(work.Path, "index", large, "--db", db, "--json");
        Assert.True(resumed.ExitCode == 0, resumed.ToString());
        Assert.Contains("\"unchanged\"", resumed.Stdout);
    }
}
