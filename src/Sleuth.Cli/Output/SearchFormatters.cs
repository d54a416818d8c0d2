using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Sleuth.Cli.Output;

/// <summary>The result of `sleuth search`: the query and its ranked sentences.</summary>
public sealed record SearchResult(string Query, IReadOnlyList<SearchHit> Hits);

/// <summary>Ranked sentences with title and offsets; matches in bold colour on a terminal, **word** otherwise.</summary>
public sealed class SearchResultFormatter : IResultFormatter<SearchResult>
{
    /// <inheritdoc />
    public void Write(SearchResult result, CliOutput output)
    {
        if (result.Hits.Count == 0)
        {
            output.Line($"no sentences match \"{result.Query}\"");
            return;
        }
        int rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            var header = string.Create(CultureInfo.InvariantCulture, $"{rank}. {hit.DocumentTitle} [{hit.Start}–{hit.End}] (doc {hit.DocumentId}, score {hit.Score:0.00})");
            if (output.IsTerminal)
            {
                output.Terminal.MarkupLine($"[bold]{Markup.Escape(header)}[/]");
                output.Terminal.MarkupLine("   " + Marked(hit, w => $"[bold yellow]{Markup.Escape(w)}[/]", Markup.Escape));
            }
            else
            {
                output.Line(header);
                output.Line("   " + Marked(hit, w => $"**{w}**", s => s));
            }
        }
    }

    /// <summary>The sentence with each marked word wrapped; marks are document offsets inside the sentence.</summary>
    internal static string Marked(SearchHit hit, Func<string, string> mark, Func<string, string> plain)
    {
        var sb = new StringBuilder();
        int at = hit.Start;
        foreach (var m in hit.Marks.OrderBy(m => m.Start))
        {
            if (m.Start < at || m.End > hit.End) continue;
            sb.Append(plain(Flat(hit.Text[(at - hit.Start)..(m.Start - hit.Start)])));
            sb.Append(mark(hit.Text[(m.Start - hit.Start)..(m.End - hit.Start)]));
            at = m.End;
        }
        sb.Append(plain(Flat(hit.Text[(at - hit.Start)..])));
        return sb.ToString();
    }

    // A sentence may span wrapped lines in a plain text file; one line per hit reads better.
    private static string Flat(string s) => s.Replace('\n', ' ');
}
