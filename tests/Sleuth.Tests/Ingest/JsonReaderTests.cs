using Sleuth.Ingest.Readers;

namespace Sleuth.Tests.Ingest;

public sealed class JsonReaderTests
{
    private static readonly JsonReader s_reader = new();

    [Fact]
    public void Read_ObjectWithTextAndMetadataBecomesOneDocument()
    {
        var result = s_reader.Read("a.json", """{"title":"Statement","text":"We deny it.\n\nNothing more.","url":"https://x.org","date":"2020-12-15","author":"Police"}""");
        var document = Assert.Single(result.Documents);
        Assert.Equal("Statement", document.Title);
        Assert.Equal("https://x.org", document.Url);
        Assert.Equal("2020-12-15", document.Date);
        Assert.Equal("Police", document.Author);
        Assert.Equal(2, document.Segments.Count);
        Assert.Equal("json", document.Format);
    }

    [Fact]
    public void Read_ArrayGivesOneDocumentPerObjectAndSkipsObjectsWithoutText()
    {
        var result = s_reader.Read("a.json", """[{"body":"First post."},{"title":"no text"},{"content":"Third post."}]""");
        Assert.Equal(["First post.", "Third post."], result.Documents.Select(d => d.Text));
        Assert.Equal([0, 2], result.Documents.Select(d => d.RecordIndex));
        Assert.Contains("record 1 has no text", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public void Read_MalformedJsonIsSkippedWithItsLineNumber()
    {
        var skip = Assert.Single(s_reader.Read("a.json", "{\n  \"text\": \"ok\",\n  oops\n}").Skipped);
        Assert.Equal(3, skip.Line);
        Assert.Contains("malformed JSON", skip.Reason);
    }

    [Fact]
    public void Read_JsonLinesKeepsGoodLinesAndNamesTheBadOnes()
    {
        const string jsonl = "{\"text\":\"Line one.\"}\n{\"text\": broken}\n\n{\"title\":\"x\"}\n{\"body\":\"Line five.\"}\n";
        var result = s_reader.Read("a.jsonl", jsonl);
        Assert.Equal(["Line one.", "Line five."], result.Documents.Select(d => d.Text));
        Assert.Equal([1, 5], result.Documents.Select(d => d.RecordIndex));
        Assert.Equal([2, 4], result.Skipped.Select(s => s.Line));
        Assert.Contains("malformed JSON", result.Skipped[0].Reason);
        Assert.Contains("no text", result.Skipped[1].Reason);
        Assert.Equal("a.jsonl:2: " + result.Skipped[0].Reason, result.Skipped[0].ToString());
    }
}
