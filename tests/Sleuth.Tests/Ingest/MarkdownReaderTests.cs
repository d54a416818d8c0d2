using Sleuth.Analysis;
using Sleuth.Ingest.Readers;

namespace Sleuth.Tests.Ingest;

public sealed class MarkdownReaderTests
{
    private static readonly MarkdownReader s_reader = new();

    [Fact]
    public void Read_KeepsHeadingsAndListItemsAsSegments()
    {
        const string md = "# Who Pushed Cassie?\n\nIntro with *emphasis* and a [link text](https://x.org).\n\n## Suspects\n\n- **Bette**, the rival\n- June\n\n```\ncode is dropped\n```\n\nClosing `words`.\n";
        var document = Assert.Single(s_reader.Read("a.md", md).Documents);

        Assert.Equal("Who Pushed Cassie?", document.Title);
        Assert.Equal(["Who Pushed Cassie?", "Suspects"], ReaderAssert.Quotes(document, SegmentKind.Heading));
        Assert.Equal(["Bette, the rival", "June"], ReaderAssert.Quotes(document, SegmentKind.ListItem));
        Assert.Equal(["Intro with emphasis and a link text.", "Closing words."], ReaderAssert.Quotes(document, SegmentKind.Body));
        Assert.DoesNotContain("code is dropped", document.Text);
        Assert.DoesNotContain("*", document.Text);
        Assert.DoesNotContain("https://x.org", document.Text);
        ReaderAssert.SegmentsQuoteText(document);
    }

    [Fact]
    public void Read_FrontMatterGivesTitleAuthorAndDate()
    {
        const string md = "---\ntitle: \"The Fall\"\nauthor: Jane Roe\ndate: 2020-12-14\n---\n\n# Other Heading\n\nBody text.\n";
        var document = Assert.Single(s_reader.Read("a.md", md).Documents);
        Assert.Equal("The Fall", document.Title);
        Assert.Equal("Jane Roe", document.Author);
        Assert.Equal("2020-12-14", document.Date);
        Assert.DoesNotContain("Jane Roe", document.Text);
    }

    [Fact]
    public void Read_OnlyCodeIsSkippedAsEmpty()
    {
        var result = s_reader.Read("a.md", "```\nx = 1\n```\n");
        Assert.Empty(result.Documents);
        Assert.Contains("empty", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public void Read_AbsurdlyNestedQuotesAreSkippedNotCrashed()
    {
        var result = s_reader.Read("a.md", "Top text.\n\n" + new string('>', 5000) + " deep\n");
        Assert.StartsWith("malformed Markdown", Assert.Single(result.Skipped).Reason);
    }
}
