using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Sleuth.Analysis;

namespace Sleuth.Ingest.Readers;

/// <summary>
/// Reads HTML pages: keeps the visible article text as heading, list item and paragraph segments, and the
/// page's title, author, date and canonical URL; drops scripts, navigation, banners and share widgets.
/// </summary>
public sealed partial class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> s_dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg",
        "button", "select", "textarea", "head", "object", "embed", "canvas", "video", "audio", "dialog",
    };

    private static readonly HashSet<string> s_blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "blockquote", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "main", "ul", "ol",
        "dl", "dt", "dd", "pre", "table", "tr", "td", "th", "figure", "figcaption", "address", "hr", "br", "body",
    };

    // Page furniture is marked by id, class or aria-label far more reliably than by tag name.
    [GeneratedRegex("cookie|consent|gdpr|banner|share|newsletter|subscribe|nav|menu|breadcrumb|sidebar|advert|promo", RegexOptions.IgnoreCase)]
    private static partial Regex FurniturePattern();

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    /// <inheritdoc />
    public ReadResult Read(string path, string content)
    {
        var document = new HtmlParser().ParseDocument(content);
        var root = PickRoot(document);
        var builder = new TextBuilder();
        if (root is not null) new BlockWalker(builder).Walk(root);
        if (builder.Count == 0) return ReadResult.Skip(path, "empty: no visible text in HTML");
        var text = builder.ToString();
        var title = Meta(document, "og:title") ?? NonEmpty(document.Title) ?? NonEmpty(builder.FirstOf(SegmentKind.Heading))
            ?? PlainTextReader.TitleOf(text, builder.Segments);
        return ReadResult.Of(new ExtractedDocument
        {
            SourcePath = path,
            Title = title is null ? null : TextBuilder.CollapseWhitespace(title),
            Url = NonEmpty(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta(document, "og:url"),
            Author = Meta(document, "article:author") ?? Meta(document, "author")
                ?? NonEmpty(document.QuerySelector("[rel=author], [itemprop=author]")?.TextContent.Trim()),
            Date = Meta(document, "article:published_time") ?? Meta(document, "date") ?? Meta(document, "pubdate")
                ?? NonEmpty(document.QuerySelector("time[datetime]")?.GetAttribute("datetime")),
            Text = text,
            Segments = builder.Segments,
            Format = "html",
        });
    }

    /// <summary>The article or main element when the page has one, so page chrome around it is left out.</summary>
    private static IElement? PickRoot(IDocument document) =>
        document.QuerySelector("article") ?? document.QuerySelector("main") ?? document.QuerySelector("[role=main]") ?? document.Body;

    private static string? Meta(IDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase) && NonEmpty(meta.GetAttribute("content")) is { } value)
                return value;
        }
        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    internal static bool IsFurniture(IElement element)
    {
        if (s_dropped.Contains(element.LocalName)) return true;
        // A page header is chrome, but an article's own header holds its headline and byline.
        if (element.LocalName == "header") return element.ParentElement?.Closest("article") is null;
        if (element.LocalName is "body" or "html" or "article" or "main") return false;
        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        var style = element.GetAttribute("style");
        if (style is not null && style.Replace(" ", "").Contains("display:none", StringComparison.OrdinalIgnoreCase)) return true;
        foreach (var attribute in (ReadOnlySpan<string>)["id", "class", "aria-label", "role"])
        {
            var value = element.GetAttribute(attribute);
            if (value is not null && FurniturePattern().IsMatch(value)) return true;
        }
        return false;
    }

    /// <summary>Turns the element tree into blocks: inline text accumulates until the next block boundary.</summary>
    private sealed class BlockWalker(TextBuilder builder)
    {
        // Real pages nest a few dozen levels; a hostile one nested deeper would overflow the stack, which
        // no catch can stop, so content below this depth is dropped instead.
        private const int MaxDepth = 256;
        private readonly StringBuilder _inline = new();
        private int _depth;
        private SegmentKind _kind = SegmentKind.Body;

        public void Walk(IElement root)
        {
            Visit(root);
            Flush();
        }

        private void Visit(INode node)
        {
            if (++_depth > MaxDepth)
            {
                _depth--;
                return;
            }
            foreach (var child in node.ChildNodes)
            {
                if (child is IText textNode)
                {
                    _inline.Append(textNode.Data);
                    continue;
                }
                if (child is not IElement element || IsFurniture(element)) continue;
                if (element.LocalName is "img")
                    continue;
                if (!s_blocks.Contains(element.LocalName))
                {
                    Visit(element);
                    continue;
                }
                Flush();
                var outer = _kind;
                _kind = KindOf(element.LocalName, outer);
                Visit(element);
                Flush();
                _kind = outer;
            }
            _depth--;
        }

        private static SegmentKind KindOf(string tag, SegmentKind outer) => tag switch
        {
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => SegmentKind.Heading,
            "li" or "dt" or "dd" => SegmentKind.ListItem,
            "p" or "blockquote" or "pre" or "figcaption" => outer == SegmentKind.ListItem ? SegmentKind.ListItem : SegmentKind.Body,
            _ => outer,
        };

        private void Flush()
        {
            if (_inline.Length == 0) return;
            builder.AddBlock(_inline.ToString(), _kind);
            _inline.Clear();
        }
    }
}
