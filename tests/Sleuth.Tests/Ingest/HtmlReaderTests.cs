using Sleuth.Analysis;
using Sleuth.Ingest.Readers;

namespace Sleuth.Tests.Ingest;

public sealed class HtmlReaderTests
{
    private static readonly HtmlReader s_reader = new();

    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Who pushed Cassie? | Example News</title>
          <meta property="article:author" content="Daniel Hart">
          <meta property="article:published_time" content="2020-12-14T10:00:00Z">
          <link rel="canonical" href="https://example.org/cassie">
          <style>p { color: red }</style>
          <script>var secret = "script text";</script>
        </head>
        <body>
          <header><a href="/">Example News</a></header>
          <nav><ul><li>Home</li><li>TV</li></ul></nav>
          <div id="cookie-consent">We use cookies to improve your experience. Accept?</div>
          <div class="share-buttons">Share on Facebook</div>
          <article>
            <h1>Who pushed Cassie?</h1>
            <p>Cassie was <em>pushed</em> off the roof &amp; fell.
               Police arrived later.</p>
            <ul><li>Bette denied it.</li><li>Delia <b>confessed</b>.</li></ul>
            <blockquote>I did it, Delia said.</blockquote>
            <div class="newsletter-signup">Subscribe to our newsletter</div>
            <noscript>Enable JavaScript</noscript>
            <iframe src="x"></iframe>
          </article>
          <aside>Related: other shows</aside>
          <footer>© 2020 Example</footer>
        </body></html>
        """;

    [Fact]
    public void Read_DropsScriptsNavigationAndBannersAndKeepsArticleText()
    {
        var document = Assert.Single(s_reader.Read("a.html", Page).Documents);

        foreach (var furniture in new[] { "script text", "color: red", "Home", "cookies", "Share on", "Subscribe", "Related", "© 2020", "Enable JavaScript", "Example News" })
            Assert.DoesNotContain(furniture, document.Text);
        Assert.Equal(["Who pushed Cassie?"], ReaderAssert.Quotes(document, SegmentKind.Heading));
        Assert.Equal(["Bette denied it.", "Delia confessed."], ReaderAssert.Quotes(document, SegmentKind.ListItem));
        Assert.Equal(["Cassie was pushed off the roof & fell. Police arrived later.", "I did it, Delia said."], ReaderAssert.Quotes(document, SegmentKind.Body));
        ReaderAssert.SegmentsQuoteText(document);
    }

    [Fact]
    public void Read_KeepsTitleAuthorDateAndCanonicalUrl()
    {
        var document = Assert.Single(s_reader.Read("a.html", Page).Documents);
        Assert.Equal("Who pushed Cassie? | Example News", document.Title);
        Assert.Equal("Daniel Hart", document.Author);
        Assert.Equal("2020-12-14T10:00:00Z", document.Date);
        Assert.Equal("https://example.org/cassie", document.Url);
        Assert.Equal("html", document.Format);
    }

    [Fact]
    public void Read_WithoutArticleUsesBodyAndOgTitle()
    {
        const string html = "<html><head><meta property='og:title' content='OG Title'><title>T</title></head><body><div>First block</div><div>Second <span>block</span></div><nav>menu</nav></body></html>";
        var document = Assert.Single(s_reader.Read("a.htm", html).Documents);
        Assert.Equal("OG Title", document.Title);
        Assert.Equal("First block\n\nSecond block", document.Text);
    }

    [Fact]
    public void Read_PageWithoutVisibleTextIsSkipped()
    {
        var result = s_reader.Read("a.html", "<html><body><script>x()</script><nav>Home</nav></body></html>");
        Assert.Empty(result.Documents);
        Assert.Contains("no visible text", Assert.Single(result.Skipped).Reason);
    }

    [Fact]
    public void Read_DeeplyNestedPageDoesNotOverflowTheStack()
    {
        var html = "<html><body><p>Top text.</p>" + string.Concat(Enumerable.Repeat("<div><span>", 20000)) + "deep" + "</body></html>";
        var document = Assert.Single(s_reader.Read("a.html", html).Documents);
        Assert.StartsWith("Top text.", document.Text);
    }
}
