namespace Sleuth.Web.Tests.Support;

/// <summary>A throwaway SQLite case holding documents written by the test, indexed through the real ingest.</summary>
internal sealed class TestCase : IDisposable
{
    private readonly TempFolder _folder = new();

    private TestCase()
    {
        DbPath = _folder.File("case.db");
    }

    public string DbPath { get; }

    /// <summary>An empty case file (created, migrated, no documents).</summary>
    public static TestCase Empty() => With();

    /// <summary>A case with the given files, indexed with the same rules as `sleuth index`.</summary>
    public static TestCase With(params (string Name, string Text)[] files)
    {
        var created = new TestCase();
        using var service = CaseService.Open(created.DbPath);
        if (files.Length > 0)
        {
            var report = service.IndexUploads(files.Select(f => new UploadedFile(f.Name, System.Text.Encoding.UTF8.GetBytes(f.Text))).ToList());
            Assert.Empty(report.Skipped);
        }
        return created;
    }

    /// <summary>The shared seed documents, one copy per test so uploads never leak between tests.</summary>
    public static TestCase Seeds()
    {
        var created = new TestCase();
        using var service = CaseService.Open(created.DbPath);
        var report = service.Index([RepoPaths.Seeds]);
        Assert.True(report.DocumentsInStore > 0, $"indexing {RepoPaths.Seeds} stored no documents");
        return created;
    }

    public void Dispose() => _folder.Dispose();
}
