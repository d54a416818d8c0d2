using System.Globalization;
using Sleuth.Storage;
using Spectre.Console;

namespace Sleuth.Cli.Output;

/// <summary>One row of `sleuth docs`: a stored document and the paths holding exact copies of it.</summary>
public sealed record DocumentRow(long Id, string Title, string SourcePath, int RecordIndex, string Format, int Length,
    long DuplicateGroup, IReadOnlyList<string> DuplicatePaths, string? Url, string? Author, string? Date);

/// <summary>The result of `sleuth docs`.</summary>
public sealed record DocumentList(int Documents, int Sources, IReadOnlyList<DocumentRow> Items)
{
    /// <summary>Builds the listing, near-copies sorted next to the first of their group.</summary>
    public static DocumentList From(IReadOnlyList<StoredDocument> documents, Func<long, IReadOnlyList<string>> duplicatePaths) => new(
        documents.Count,
        documents.Select(d => d.DuplicateGroup).Distinct().Count(),
        documents.OrderBy(d => d.DuplicateGroup).ThenBy(d => d.Id)
            .Select(d => new DocumentRow(d.Id, d.Title ?? Path.GetFileName(d.SourcePath), d.SourcePath, d.RecordIndex, d.Format, d.Length,
                d.DuplicateGroup, duplicatePaths(d.Id), d.Url, d.Author, d.Date))
            .ToList());
}

/// <summary>Documents grouped so near-copies stand together; a table on a terminal, tab-separated lines otherwise.</summary>
public sealed class DocumentListFormatter : IResultFormatter<DocumentList>
{
    /// <inheritdoc />
    public void Write(DocumentList list, CliOutput output)
    {
        var c = CultureInfo.InvariantCulture;
        if (output.IsTerminal)
        {
            var table = new Table().AddColumns("id", "group", "title", "path", "format", "length");
            foreach (var d in list.Items)
            {
                var path = d.RecordIndex == 0 ? d.SourcePath : $"{d.SourcePath}#{d.RecordIndex}";
                if (d.DuplicatePaths.Count > 0) path += "\n= " + string.Join("\n= ", d.DuplicatePaths);
                table.AddRow(Markup.Escape(d.Id.ToString(c)), Markup.Escape(d.DuplicateGroup == d.Id ? "" : $"~{d.DuplicateGroup}"),
                    Markup.Escape(d.Title), Markup.Escape(path), Markup.Escape(d.Format), Markup.Escape(d.Length.ToString(c)));
            }
            output.Terminal.Write(table);
        }
        else
        {
            output.Line("id\tgroup\ttitle\tpath\tformat\tlength");
            foreach (var d in list.Items)
            {
                var path = d.RecordIndex == 0 ? d.SourcePath : $"{d.SourcePath}#{d.RecordIndex}";
                output.Line(string.Create(c, $"{d.Id}\t{d.DuplicateGroup}\t{d.Title}\t{path}\t{d.Format}\t{d.Length}"));
                foreach (var copy in d.DuplicatePaths) output.Line($"\t\t(exact copy)\t{copy}\t\t");
            }
        }
        output.Line(string.Create(c, $"{list.Documents} documents, {list.Sources} independent sources"));
    }
}
