using System.Text;

namespace Sleuth.Bench.Corpus;

/// <summary>One paragraph of an article; a subheading, when present, is printed before it in Markdown.</summary>
internal sealed record Paragraph(string Text, string? Subheading = null, IReadOnlyList<string>? Bullets = null);

/// <summary>A generated news article, independent of the file format it is written in.</summary>
internal sealed record Article
{
    public required string Headline { get; init; }
    public required string Outlet { get; init; }
    public required string Author { get; init; }
    public required string Dateline { get; init; }
    public required IReadOnlyList<Paragraph> Paragraphs { get; init; }

    /// <summary>Plain text: headline, outlet, date and byline lines, then paragraphs separated by blank lines.</summary>
    public string ToText()
    {
        var text = new StringBuilder(8192);
        text.Append(Headline).Append('\n');
        text.Append(Outlet).Append('\n');
        text.Append(Dateline).Append('\n');
        text.Append("By ").Append(Author).Append("\n\n");
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Subheading is { } heading)
            {
                text.Append(heading).Append("\n\n");
            }
            text.Append(paragraph.Text).Append("\n\n");
            if (paragraph.Bullets is { } bullets)
            {
                foreach (var bullet in bullets)
                {
                    text.Append("* ").Append(bullet).Append('\n');
                }
                text.Append('\n');
            }
        }
        return text.ToString(0, text.Length - 1);
    }

    /// <summary>Markdown: a level-one headline, an italic byline, level-two subheadings and bullet lists.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder(8192);
        text.Append("# ").Append(Headline).Append("\n\n");
        text.Append('*').Append(Outlet).Append(", ").Append(Dateline).Append(". By ").Append(Author).Append(".*\n\n");
        foreach (var paragraph in Paragraphs)
        {
            if (paragraph.Subheading is { } heading)
            {
                text.Append("## ").Append(heading).Append("\n\n");
            }
            text.Append(paragraph.Text).Append("\n\n");
            if (paragraph.Bullets is { } bullets)
            {
                foreach (var bullet in bullets)
                {
                    text.Append("- ").Append(bullet).Append('\n');
                }
                text.Append('\n');
            }
        }
        return text.ToString(0, text.Length - 1);
    }
}
