using Sleuth.Storage;

namespace Sleuth.Tests.Storage;

/// <summary>Over whole corpora, every stored sentence and every search hit quotes its document exactly.</summary>
public sealed class OffsetPropertyTests
{
    private static void AssertCorpusQuotesExactly(string corpus)
    {
        using var folder = new TempFolder();
        using var service = CaseService.Open(folder.File("case.db"));
        var report = service.Index([corpus]);
        Assert.True(report.Added > 0);

        int sentences = 0;
        foreach (var listed in service.Documents())
        {
            var document = service.Document(listed.Id)!;
            Assert.Equal(document.Length, document.Text.Length);
            int last = 0;
            foreach (var sentence in service.Store.GetSentences(document.Id))
            {
                Assert.True(sentence.Start >= last && sentence.Start < sentence.End && sentence.End <= document.Text.Length,
                    $"sentence {sentence} out of range in {document.SourcePath}");
                var quote = document.Text[sentence.Start..sentence.End];
                Assert.Equal(quote.Trim(), quote);
                Assert.False(char.IsLowSurrogate(document.Text[sentence.Start]), "sentence starts inside a surrogate pair");
                last = sentence.End;
                sentences++;
            }
        }
        Assert.True(sentences > 0);

        foreach (var query in new[] { "pushed Cassie", "Delia roof", "café Núñez", "police statement", "Zoë", "2020" })
        {
            foreach (var hit in service.Search(query, 50))
            {
                var text = service.Document(hit.DocumentId)!.Text;
                Assert.Equal(text[hit.Start..hit.End], hit.Text);
                Assert.NotEmpty(hit.Marks);
                foreach (var mark in hit.Marks)
                    Assert.True(mark.Start >= hit.Start && mark.End <= hit.End);
            }
        }
    }

    [Fact]
    public void GeneratedCorpus_EveryOffsetQuotesTheText()
    {
        using var corpus = new TempFolder();
        CorpusGenerator.Write(corpus.Path, count: 60);
        AssertCorpusQuotesExactly(corpus.Path);
    }

    [SeedsFact]
    public void SeedCorpus_EveryOffsetQuotesTheText() => AssertCorpusQuotesExactly(SharedSeeds.Folder!);
}
