using Sleuth.Answering;
using Sleuth.Case;

namespace Sleuth.Cli.Output;

/// <summary>Shared lines for quoted evidence: where it is and the exact quote.</summary>
internal static class EvidenceLines
{
    public static void Write(CliOutput o, Evidence e, string indent, string? label = null)
    {
        var stance = e.Stance.ToString().ToLowerInvariant() + (e.Holder != null ? $" by {e.Holder}" : "");
        o.Line($"{indent}[{label ?? stance}] {e.DocumentTitle} (doc {e.DocumentId}, {e.Start}–{e.End}){(e.Note != null ? " — " + e.Note : "")}");
        o.Line($"{indent}  \"{e.Quote.Replace('\n', ' ')}\"");
    }
}

/// <summary>People, then organisations, places and other names, each with aliases, descriptors and mentions per document.</summary>
public sealed class PeopleFormatter : IResultFormatter<PeopleReport>
{
    public void Write(PeopleReport r, CliOutput o)
    {
        if (r.DocumentsRead < r.DocumentsInCase) o.Line($"(read the first {r.DocumentsRead} of {r.DocumentsInCase} documents; the case is too large to read whole)");
        Section(o, "People", r.People, true);
        Section(o, "Organisations", r.Organisations, false);
        Section(o, "Places", r.Places, false);
        Section(o, "Other names (works, brands, unclear)", r.Other, false);
    }

    private static void Section(CliOutput o, string heading, IReadOnlyList<CaseEntity> list, bool quotes)
    {
        o.Line($"{heading} ({list.Count})");
        foreach (var e in list)
        {
            var mentions = string.Join(", ", e.MentionsPerDocument.OrderBy(p => p.Key).Select(p => $"doc {p.Key}: {p.Value}"));
            o.Line($"- {e.Name}" + (e.Aliases.Count > 0 ? $"  (also: {string.Join(", ", e.Aliases)})" : ""));
            if (e.Descriptors.Count > 0) o.Line($"    {string.Join("; ", e.Descriptors)}");
            o.Line($"    mentions: {mentions}");
            if (quotes)
                foreach (var ev in e.Evidence.Where(x => x.Note != "first mention")) EvidenceLines.Write(o, ev, "    ", "evidence");
        }
        o.Line();
    }
}

/// <summary>One line per relation with its category and number of sources, then a quote per source.</summary>
public sealed class RelationsFormatter : IResultFormatter<IReadOnlyList<CaseRelation>>
{
    public void Write(IReadOnlyList<CaseRelation> r, CliOutput o)
    {
        if (r.Count == 0) o.Line("No relations found.");
        foreach (var rel in r)
        {
            var what = rel.To.Length > 0 ? $"{rel.From} is {rel.To}'s {rel.Kind}" : $"{rel.From} is the {rel.Kind}";
            o.Line($"- {what}  [{rel.Category}; {rel.Sources} source{(rel.Sources == 1 ? "" : "s")}]");
            foreach (var e in rel.Evidence) EvidenceLines.Write(o, e, "    ");
        }
    }
}

/// <summary>The verdict line, then each person with status, accusers, why cleared, motive and evidence for and against.</summary>
public sealed class BoardFormatter : IResultFormatter<BoardReport>
{
    public void Write(BoardReport r, CliOutput o)
    {
        o.Line($"Q: {r.Question}");
        o.Line(r.Verdict.Verdict switch
        {
            Verdict.Answered => $"Answer: {string.Join(", ", r.Verdict.Answers.Select(a => a.Text))} ({r.Verdict.SupportingSources} of {r.Verdict.TotalSources} sources)",
            Verdict.Disputed => "Disputed: the sources disagree.",
            _ => "Not in the sources: none of them states an answer.",
        });
        o.Line();
        foreach (var e in r.Entries)
        {
            o.Line($"{e.Person}: {Status(e.Status)}" + (e.AccusedBy.Count > 0 ? $" (accused by {string.Join(", ", e.AccusedBy)})" : ""));
            if (e.ClearedBecause != null) o.Line($"    cleared: {e.ClearedBecause}");
            if (e.Motive != null) o.Line($"    motive: {e.Motive}");
            foreach (var ev in e.For) EvidenceLines.Write(o, ev, "    ", "for, " + Stance(ev));
            foreach (var ev in e.Against) EvidenceLines.Write(o, ev, "    ", "against, " + Stance(ev));
        }
    }

    private static string Stance(Evidence e) => e.Stance.ToString().ToLowerInvariant() + (e.Holder != null ? $" by {e.Holder}" : "");

    private static string Status(BoardStatus s) => s switch
    {
        BoardStatus.Culprit => "culprit",
        BoardStatus.AccusedRefuted => "accused, refuted",
        BoardStatus.SuspectedCleared => "suspected, cleared",
        BoardStatus.Disputed => "disputed",
        BoardStatus.Suspected => "suspected",
        _ => "named only",
    };
}

/// <summary>The matrix as one block per proposition: each source's stance with its quote, silent sources listed last.</summary>
public sealed class ClaimsFormatter : IResultFormatter<ClaimsMatrix>
{
    public void Write(ClaimsMatrix m, CliOutput o)
    {
        o.Line($"Q: {m.Question}");
        o.Line("Sources:");
        foreach (var s in m.Sources) o.Line($"  S{s.SourceGroup}: {s.Title} (doc {string.Join(", ", s.DocumentIds)})");
        foreach (var row in m.Rows)
        {
            o.Line();
            o.Line($"{row.Proposition}  [{row.Status.ToString().ToLowerInvariant()}]");
            foreach (var c in row.Cells)
            {
                if (c.Stance == null)
                {
                    o.Line($"  S{c.SourceGroup}: silent" + (c.Note != null ? $" ({c.Note})" : ""));
                    continue;
                }
                var stance = c.Stance.Value switch
                {
                    Answering.Stance.Asserted => "asserts",
                    Answering.Stance.Reported => $"reports {c.Holder ?? "someone"} claiming it",
                    Answering.Stance.Denied => "denies",
                    Answering.Stance.Speculated => "speculates",
                    _ => "asks",
                };
                o.Line($"  S{c.SourceGroup}: {stance}" + (c.Note != null ? $" ({c.Note})" : ""));
                if (c.Evidence != null) o.Line($"      \"{c.Evidence.Quote.Replace('\n', ' ')}\" (doc {c.Evidence.DocumentId}, {c.Evidence.Start}–{c.Evidence.End})");
            }
        }
    }
}

/// <summary>Events in order with their anchor (or "no time given") and the quote of each source.</summary>
public sealed class TimelineFormatter : IResultFormatter<IReadOnlyList<TimelineEvent>>
{
    public void Write(IReadOnlyList<TimelineEvent> events, CliOutput o)
    {
        if (events.Count == 0) o.Line("No events found.");
        foreach (var e in events)
        {
            o.Line($"{e.Order,3}. {(e.Anchored ? "[" + e.Anchor + "] " : "[no time given] ")}{e.Description}  ({e.Evidence.Count} source{(e.Evidence.Count == 1 ? "" : "s")})");
            foreach (var ev in e.Evidence) o.Line($"       \"{ev.Quote.Replace('\n', ' ')}\" (doc {ev.DocumentId}, {ev.Start}–{ev.End})");
        }
    }
}
