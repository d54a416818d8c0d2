using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Case;
using Sleuth.Lexicon;
using Sleuth.Tests.Storage;

namespace Sleuth.Tests.Case;

/// <summary>A case indexed from texts written in the test, in a temporary folder and database.</summary>
public sealed class SmallCase : IDisposable
{
    private readonly TempFolder _folder = new();

    public SmallCase(params (string Name, string Text)[] documents)
    {
        foreach (var (name, text) in documents) _folder.Write(Path.Combine("docs", name), text);
        Service = CaseService.Open(_folder.File("case.db"));
        Service.Index([_folder.File("docs")]);
    }

    public CaseService Service { get; }

    /// <summary>The whole case read, for stage tests of the readers.</summary>
    public CaseReading Read()
    {
        var docs = Service.Store.ListDocuments().Select(d => (Service.Store.GetDocument(d.Id)!, Service.Store.GetSentences(d.Id))).ToList();
        return new CaseReader(EnglishLexicon.Shared).Read(docs);
    }

    public void Dispose()
    {
        Service.Dispose();
        _folder.Dispose();
    }
}

/// <summary>A folder indexed once per test class: the shared seeds or the sample case.</summary>
public abstract class IndexedFolder : IDisposable
{
    private readonly TempFolder _folder = new();

    protected IndexedFolder(string? folder)
    {
        if (folder == null) return;
        Service = CaseService.Open(_folder.File("case.db"));
        Service.Index([folder]);
    }

    public CaseService? Service { get; }

    public void Dispose()
    {
        Service?.Dispose();
        _folder.Dispose();
    }
}

public sealed class SeedsCase() : IndexedFolder(SharedSeeds.Folder);

public sealed class HarborFireCase() : IndexedFolder(SampleCase.Folder);

/// <summary>Locates samples/harbor-fire/documents by walking up to the folder holding Sleuth.slnx.</summary>
public static class SampleCase
{
    public static string? Folder { get; } = Find();

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Sleuth.slnx")))
            {
                var path = Path.Combine(dir.FullName, "samples", "harbor-fire", "documents");
                return Directory.Exists(path) ? path : null;
            }
        return null;
    }
}

/// <summary>Assertions every case view shares.</summary>
public static class CaseAssert
{
    /// <summary>Every quote equals the stored document text at its offsets.</summary>
    public static void QuotesMatch(CaseService service, IEnumerable<Evidence> evidence)
    {
        int n = 0;
        foreach (var e in evidence)
        {
            var doc = service.Store.GetDocument(e.DocumentId);
            Assert.NotNull(doc);
            Assert.True(e.Start >= 0 && e.End <= doc!.Text.Length && e.Start < e.End, $"offsets {e.Start}-{e.End} outside doc {e.DocumentId}");
            Assert.Equal(doc.Text[e.Start..e.End], e.Quote);
            Assert.False(string.IsNullOrEmpty(e.DocumentTitle));
            n++;
        }
    }

    public static IEnumerable<Evidence> AllEvidence(PeopleReport r) =>
        r.People.Concat(r.Organisations).Concat(r.Places).Concat(r.Other).SelectMany(e => e.Evidence);

    public static IEnumerable<Evidence> AllEvidence(BoardReport r) => r.Entries.SelectMany(e => e.For.Concat(e.Against));

    public static IEnumerable<Evidence> AllEvidence(ClaimsMatrix m) =>
        m.Rows.SelectMany(r => r.Cells).SelectMany(c => (c.Evidence is null ? [] : new[] { c.Evidence }).Concat(c.Others));

    /// <summary>The one person whose name or alias is the given form.</summary>
    public static CaseEntity Person(PeopleReport r, string form)
    {
        var matches = r.People.Where(p => p.Name == form || p.Aliases.Contains(form)).ToList();
        Assert.True(matches.Count == 1, $"expected one person named {form}, found {matches.Count}: {string.Join(" | ", r.People.Select(p => p.Name))}");
        return matches[0];
    }
}
