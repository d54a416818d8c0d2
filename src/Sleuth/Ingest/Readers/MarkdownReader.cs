using System.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Sleuth.Analysis;

namespace Sleuth.Ingest.Readers;

/// <summary>
/// Reads Markdown by walking Markdig's syntax tree: headings and list items keep their role, emphasis and
/// links are reduced to their text, code and raw HTML are left out of the prose.
/// </summary>
public sealed class MarkdownReader : IDocumentReader
{
    // Built once and reused: a MarkdownPipeline is immutable and thread-safe.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    // Deeper nesting (quotes in quotes...) is not prose; the guard keeps a hostile file from overflowing the stack.
    private const int MaxDepth = 128;

    /// <inheritdoc />
    public ReadResult Read(string path, string content)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(content, s_pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig refuses absurd nesting rather than overflowing the stack; that is a property of the file.
            return ReadResult.Skip(path, $"malformed Markdown: {e.Message}");
        }
        var builder = new TextBuilder();
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? h1 = null;
        foreach (var block in document)
            AddBlock(block, builder, meta, ref h1, inListItem: false, depth: 0);
        if (builder.Count == 0) return ReadResult.Skip(path, "empty: no text after Markdown extraction");
        var text = builder.ToString();
        meta.TryGetValue("title", out var frontTitle);
        var title = frontTitle ?? h1 ?? PlainTextReader.TitleOf(text, builder.Segments);
        return ReadResult.Of(new ExtractedDocument
        {
            SourcePath = path,
            Title = title,
            Url = meta.GetValueOrDefault("url") ?? meta.GetValueOrDefault("canonical_url"),
            Author = meta.GetValueOrDefault("author"),
            Date = meta.GetValueOrDefault("date"),
            Text = text,
            Segments = builder.Segments,
            Format = "md",
        });
    }

    private static void AddBlock(Block block, TextBuilder builder, Dictionary<string, string> meta, ref string? h1, bool inListItem, int depth)
    {
        if (depth > MaxDepth) return;
        switch (block)
        {
            case YamlFrontMatterBlock yaml:
                ReadFrontMatter(yaml, meta);
                break;
            case HeadingBlock heading:
                var headingText = InlineText(heading.Inline);
                if (heading.Level == 1 && h1 is null && headingText.Trim().Length > 0) h1 = TextBuilder.CollapseWhitespace(headingText);
                builder.AddBlock(headingText, SegmentKind.Heading);
                break;
            case ParagraphBlock paragraph:
                builder.AddBlock(InlineText(paragraph.Inline), inListItem ? SegmentKind.ListItem : SegmentKind.Body);
                break;
            case ListItemBlock item:
                foreach (var child in item) AddBlock(child, builder, meta, ref h1, inListItem: true, depth + 1);
                break;
            case CodeBlock:
            case HtmlBlock:
            case ThematicBreakBlock:
                // Code and raw markup are not prose a source asserts; keeping them would pollute sentences.
                break;
            case ContainerBlock container:
                foreach (var child in container) AddBlock(child, builder, meta, ref h1, inListItem, depth + 1);
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                builder.AddBlock(InlineText(leaf.Inline), inListItem ? SegmentKind.ListItem : SegmentKind.Body);
                break;
        }
    }

    private static void ReadFrontMatter(YamlFrontMatterBlock yaml, Dictionary<string, string> meta)
    {
        foreach (var line in yaml.Lines.Lines)
        {
            var s = line.Slice.ToString();
            int colon = s.IndexOf(':');
            if (colon <= 0) continue;
            var key = s[..colon].Trim();
            var value = s[(colon + 1)..].Trim().Trim('"', '\'');
            if (value.Length > 0 && !meta.ContainsKey(key)) meta[key] = value;
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new StringBuilder();
        if (inline is not null) AppendInline(inline, sb, 0);
        return sb.ToString();
    }

    private static void AppendInline(Inline inline, StringBuilder sb, int depth)
    {
        if (depth > MaxDepth) return;
        switch (inline)
        {
            case LiteralInline literal:
                sb.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                sb.Append(code.Content);
                break;
            case AutolinkInline autolink:
                sb.Append(autolink.Url);
                break;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                break;
            case LineBreakInline:
                sb.Append(' ');
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container) AppendInline(child, sb, depth + 1);
                break;
        }
    }
}
