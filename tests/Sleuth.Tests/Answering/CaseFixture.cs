using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Lexicon;
using Sleuth.Tests.Storage;

namespace Sleuth.Tests.Answering;

/// <summary>A throwaway case built from texts written in a test, indexed through the real pipeline into a temporary SQLite file.</summary>
internal sealed class CaseFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    private CaseFixture(IReadOnlyList<string> texts)
    {
        var uploads = texts.Select((t, i) => new UploadedFile($"source-{i + 1:00}.txt", System.Text.Encoding.UTF8.GetBytes($"Report {i + 1}\n\n{t}"))).ToList();
        Service = CaseService.Open(Path.Combine(_folder.Path, "case.db"));
        var report = Service.IndexUploads(uploads);
        Assert.Empty(report.Skipped);
    }

    public CaseService Service { get; }

    public static CaseFixture Of(params string[] texts) => new(texts);

    public AskResult Ask(string question) => Service.Ask(question);

    /// <summary>The whole case read: sentences, mentions, entities.</summary>
    public CaseReading Read()
    {
        var docs = Service.Documents().Select(d => Service.Document(d.Id)!).Select(d => (d, Service.Store.GetSentences(d.Id))).ToList();
        return new CaseReader(EnglishLexicon.Shared).Read(docs);
    }

    public void Dispose()
    {
        Service.Dispose();
        _folder.Dispose();
    }
}

/// <summary>Checks every answering result holds: each quote is the document text at its offsets.</summary>
internal static class AnswerAssert
{
    public static void QuotesMatchDocuments(CaseService service, AskResult result)
    {
        foreach (var c in result.Answers.Concat(result.Rejected))
            foreach (var e in c.Evidence)
            {
                var doc = service.Document(e.DocumentId);
                Assert.NotNull(doc);
                Assert.Equal(doc!.Text[e.Start..e.End], e.Quote);
            }
    }
}
