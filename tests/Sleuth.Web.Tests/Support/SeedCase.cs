namespace Sleuth.Web.Tests.Support;

/// <summary>A throwaway case file with the shared seed documents indexed, one per test so uploads never leak.</summary>
internal sealed class SeedCase : IDisposable
{
    private readonly TempFolder _folder = new();

    private SeedCase()
    {
        DbPath = _folder.File("case.db");
    }

    public string DbPath { get; }

    public static SeedCase Create()
    {
        var seeded = new SeedCase();
        using var service = CaseService.Open(seeded.DbPath);
        var report = service.Index([RepoPaths.Seeds]);
        Assert.True(report.DocumentsInStore > 0, $"indexing {RepoPaths.Seeds} stored no documents");
        return seeded;
    }

    public void Dispose() => _folder.Dispose();
}
