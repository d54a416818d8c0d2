using System.Globalization;
using Sleuth.Ingest;
using Spectre.Console;

namespace Sleuth.Cli.Output;

/// <summary>The closing summary of an index run, for people.</summary>
public sealed class IndexReportFormatter : IResultFormatter<IndexReport>
{
    /// <inheritdoc />
    public void Write(IndexReport r, CliOutput output)
    {
        var c = CultureInfo.InvariantCulture;
        output.Line(string.Create(c, $"indexed {r.Files} files: {r.Added} added, {r.Replaced} replaced, {r.Unchanged} unchanged; " +
            $"duplicates {r.ExactDuplicates} exact, {r.NearDuplicates} near; {r.Sentences} sentences"));
        output.Line(string.Create(c, $"{r.Bytes / 1048576.0:0.00} MB in {r.Seconds:0.00} s ({r.MegabytesPerSecond:0.00} MB/s); " +
            $"{r.DocumentsInStore} documents, {r.SourcesInStore} independent sources in store; {r.Skipped.Count} skipped"));
    }
}

/// <summary>
/// Shows an index run as it goes: a progress bar on a terminal, one line per file otherwise; skipped inputs
/// are always one line each (`skipped PATH: REASON`). JSON output shows nothing until the report.
/// </summary>
public sealed class IndexProgressView(CliOutput output)
{
    private readonly HashSet<SkippedInput> _printed = [];

    /// <summary>Runs <paramref name="index"/>, feeding it a progress sink suited to the output.</summary>
    public IndexReport Run(Func<IProgress<IndexProgress>, IndexReport> index)
    {
        if (output.Json) return index(new Sink(_ => { }));
        var report = output.IsTerminal ? RunWithBar(index) : index(new Sink(PrintLine));
        // Skips found before any file was read (paths that do not exist) and those held back by the bar.
        foreach (var skip in report.Skipped)
            if (_printed.Add(skip)) output.Line($"skipped {skip}");
        return report;
    }

    private IndexReport RunWithBar(Func<IProgress<IndexProgress>, IndexReport> index)
    {

        IndexReport? report = null;
        output.Terminal.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("indexing", maxValue: 1);
                report = index(new Sink(p =>
                {
                    task.MaxValue = Math.Max(1, p.BytesTotal);
                    task.Value = p.BytesDone;
                    task.Description = Markup.Escape($"{p.FilesDone}/{p.FilesTotal} {Path.GetFileName(p.CurrentPath)}");
                }));
                task.Value = task.MaxValue;
            });
        // Skips are printed after the bar (by Run) so its redrawing does not tear them up.
        return report!;
    }

    private void PrintLine(IndexProgress p)
    {
        var outcome = p.Results.Count switch
        {
            0 => null,
            1 => p.Results[0].Outcome.ToString().ToLowerInvariant() + (p.Results[0].NearDuplicate ? " (near duplicate)" : ""),
            _ => $"{p.Results.Count} documents",
        };
        if (outcome is not null) output.Line($"[{p.FilesDone}/{p.FilesTotal}] {outcome} {p.CurrentPath}");
        foreach (var skip in p.Skipped)
            if (_printed.Add(skip)) output.Line($"skipped {skip}");
    }

    /// <summary>Calls back on the indexing thread, so lines come out in file order (Progress&lt;T&gt; would post them).</summary>
    private sealed class Sink(Action<IndexProgress> report) : IProgress<IndexProgress>
    {
        /// <inheritdoc />
        public void Report(IndexProgress value) => report(value);
    }
}
