using System.Text.Json;
using Sleuth.Tests.Storage;

namespace Sleuth.Cli.Tests;

/// <summary>End-to-end runs of the real `sleuth` process: index, search and docs, their output and exit codes.</summary>
public sealed class CommandTests : IDisposable
{
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private string Db => _work.File("case.db");

    private CliResult Sleuth(params string[] args) => CliRunner.Run(_work.Path, args);

    private static void AssertNoStackTrace(CliResult result)
    {
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.DoesNotContain("   at ", result.Stdout);
    }

    [SeedsFact]
    public void Index_SeedsReportsFiveDocuments()
    {
        var result = Sleuth("index", SharedSeeds.Folder!, "--db", Db, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(5, json.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("documentsInStore").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("skipped").GetArrayLength());
    }

    [SeedsFact]
    public void Index_HumanOutputPrintsOneLinePerFileAndASummary()
    {
        var result = Sleuth("index", SharedSeeds.Folder!, "--db", Db);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(5, result.Stdout.Split('\n').Count(l => l.StartsWith('[') && l.Contains(" added ")));
        Assert.Contains("indexed 5 files: 5 added, 0 replaced, 0 unchanged", result.Stdout);
        Assert.Contains("MB/s", result.Stdout);

        var again = Sleuth("index", SharedSeeds.Folder!, "--db", Db);
        Assert.Contains("0 added, 0 replaced, 5 unchanged", again.Stdout);
    }

    [SeedsFact]
    public void Search_PushedCassieQuotesSentencesFromAllFiveDocuments()
    {
        Assert.Equal(0, Sleuth("index", SharedSeeds.Folder!, "--db", Db).ExitCode);
        var result = Sleuth("search", "pushed Cassie", "--db", Db, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(result.Stdout);
        var hits = json.RootElement.GetProperty("hits").EnumerateArray().ToList();
        using var service = CaseService.Open(Db);
        foreach (var hit in hits)
        {
            var document = service.Document(hit.GetProperty("documentId").GetInt64())!;
            int start = hit.GetProperty("start").GetInt32(), end = hit.GetProperty("end").GetInt32();
            Assert.Equal(document.Text[start..end], hit.GetProperty("text").GetString());
            Assert.NotEmpty(hit.GetProperty("marks").EnumerateArray());
        }
        Assert.Equal(5, hits.Select(h => h.GetProperty("documentId").GetInt64()).Distinct().Count());
    }

    [SeedsFact]
    public void Search_HumanOutputMarksMatchesAndShowsOffsets()
    {
        Assert.Equal(0, Sleuth("index", SharedSeeds.Folder!, "--db", Db).ExitCode);
        var result = Sleuth("search", "pushed Cassie", "--db", Db, "--limit", "3");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^1\. .+ \[\d+–\d+\]", result.Stdout);
        Assert.Contains("**Cassie**", result.Stdout);
    }

    [Fact]
    public void Index_WithBadFilesExitsOneAndPrintsEachSkipOnOneLine()
    {
        using var input = new TempFolder();
        input.Write("good.md", "# Title\n\nDelia pushed Cassie.");
        var pdf = input.Write("report.pdf", "%PDF");
        var empty = input.Write("empty.txt", "");
        var jsonl = input.Write("posts.jsonl", "{\"text\":\"ok\"}\n{broken\n");

        var result = Sleuth("index", input.Path, "--db", Db);

        Assert.True(result.ExitCode == 1, result.ToString());
        var lines = result.Stdout.Split('\n');
        Assert.Contains($"skipped {pdf}: unsupported extension .pdf", lines);
        Assert.Contains(lines, l => l.StartsWith($"skipped {empty}: empty"));
        Assert.Contains(lines, l => l.StartsWith($"skipped {jsonl}:2: malformed JSON"));
        Assert.Contains("3 skipped", result.Stdout);
    }

    [Fact]
    public void Index_MaxFileMbSkipsLargerFiles()
    {
        using var input = new TempFolder();
        var big = input.Write("big.txt", new string('w', 300_000) + ".");
        var result = Sleuth("index", input.Path, "--db", Db, "--max-file-mb", "0.1");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"skipped {big}: oversized", result.Stdout);
    }

    [Fact]
    public void Index_WithoutDbCreatesTheStoreUnderDotSleuth()
    {
        using var input = new TempFolder();
        input.Write("a.txt", "Delia pushed Cassie off the roof.");
        Assert.Equal(0, Sleuth("index", input.Path).ExitCode);
        Assert.True(File.Exists(Path.Combine(_work.Path, ".sleuth", "case.db")));
        Assert.Contains("Delia", Sleuth("search", "delia").Stdout);
    }

    [Fact]
    public void Docs_ListsNearCopiesTogetherInOneGroup()
    {
        using var input = new TempFolder();
        var random = new Random(3);
        var article = string.Join("\n\n", Enumerable.Range(0, 8).Select(_ => CorpusGenerator.Paragraph(random, 4)));
        input.Write("a-original.txt", "Original Headline\n\n" + article);
        input.Write("b-other.txt", string.Join("\n\n", Enumerable.Range(0, 8).Select(_ => CorpusGenerator.Paragraph(random, 4))));
        input.Write("c-syndicated.txt", "A Changed Headline\n\n" + article + "\n\nFirst published by Example News.");
        input.Write("d-exact.txt", "Original Headline\n\n" + article);
        Assert.Equal(0, Sleuth("index", input.Path, "--db", Db).ExitCode);

        var result = Sleuth("docs", "--db", Db, "--json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(3, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("sources").GetInt32());
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var original = items.Single(i => i.GetProperty("sourcePath").GetString()!.EndsWith("a-original.txt"));
        var syndicated = items.Single(i => i.GetProperty("sourcePath").GetString()!.EndsWith("c-syndicated.txt"));
        Assert.Equal(original.GetProperty("duplicateGroup").GetInt64(), syndicated.GetProperty("duplicateGroup").GetInt64());
        Assert.EndsWith("d-exact.txt", original.GetProperty("duplicatePaths")[0].GetString());
        Assert.Equal(1, items.IndexOf(syndicated) - items.IndexOf(original));

        var human = Sleuth("docs", "--db", Db);
        Assert.Contains("3 documents, 2 independent sources", human.Stdout);
        Assert.Contains("Original Headline", human.Stdout);
    }

    [Fact]
    public void Index_ChangedFileIsReplacedAndUnchangedFilesAreLeftAlone()
    {
        using var input = new TempFolder();
        var changing = input.Write("a.txt", "Bette pushed Cassie, people said.");
        input.Write("b.txt", "Nabil waited downstairs all night.");
        Assert.Equal(0, Sleuth("index", input.Path, "--db", Db).ExitCode);
        File.WriteAllText(changing, "Delia pushed Cassie, the finale revealed.");

        var result = Sleuth("index", input.Path, "--db", Db, "--json");
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("replaced").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("documentsInStore").GetInt32());
        var search = Sleuth("search", "Bette", "--db", Db, "--json");
        using var hits = JsonDocument.Parse(search.Stdout);
        Assert.Equal(0, hits.RootElement.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public void Index_JsonReportListsSkipsWithPathReasonAndLine()
    {
        using var input = new TempFolder();
        var jsonl = input.Write("posts.jsonl", "{\"text\":\"Fine.\"}\n{oops}\n");
        var result = Sleuth("index", input.Path, "--db", Db, "--json");
        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var skip = Assert.Single(json.RootElement.GetProperty("skipped").EnumerateArray());
        Assert.Equal(jsonl, skip.GetProperty("path").GetString());
        Assert.Equal(2, skip.GetProperty("line").GetInt32());
        Assert.StartsWith("malformed JSON", skip.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("search")]
    [InlineData("index")]
    [InlineData("search", "x", "--limit", "0")]
    [InlineData("search", "x", "--limit", "many")]
    [InlineData("index", ".", "--max-file-mb", "-1")]
    public void UsageErrors_ExitTwoWithoutStackTrace(params string[] args)
    {
        var result = Sleuth([.. args, "--db", Db]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.Stderr.Trim());
        AssertNoStackTrace(result);
    }

    [Fact]
    public void Search_WithoutAStoreExitsTwoWithAClearMessage()
    {
        var result = Sleuth("search", "cassie", "--db", _work.File("missing.db"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no case store", result.Stderr);
        Assert.False(File.Exists(_work.File("missing.db")));
    }

    [Fact]
    public void Docs_OnAFileThatIsNotADatabaseExitsTwo()
    {
        File.WriteAllText(Db, "this is not a SQLite database, just some text that is long enough to be read as a header");
        var result = Sleuth("docs", "--db", Db);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("sleuth: error:", result.Stderr);
        AssertNoStackTrace(result);
    }
}
