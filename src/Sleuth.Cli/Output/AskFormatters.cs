using System.Globalization;
using Sleuth.Answering;

namespace Sleuth.Cli.Output;

/// <summary>The answer for people: verdict, answer, confidence, "N of M sources", a quote per source, rejected candidates.</summary>
public sealed class AskResultFormatter : IResultFormatter<AskResult>
{
    public void Write(AskResult r, CliOutput o)
    {
        var inv = CultureInfo.InvariantCulture;
        o.Line($"Q: {r.Question}");
        switch (r.Verdict)
        {
            case Verdict.Answered:
                foreach (var a in r.Answers)
                    o.Line($"Answer: {a.Text}" + (a.Aliases.Count > 0 ? $"  (also: {string.Join(", ", a.Aliases)})" : ""));
                break;
            case Verdict.Disputed:
                o.Line("Disputed: the sources disagree and nothing settles it.");
                break;
            default:
                o.Line("Not in the sources: none of them states an answer.");
                break;
        }
        o.Line(string.Format(inv, "Confidence: {0:0.00} ({1})", r.Confidence, r.ConfidenceExplanation));
        if (r.Verdict == Verdict.Answered) o.Line($"Sources: {r.SupportingSources} of {r.TotalSources} independent sources agree");
        if (r.SpoilerWarning) o.Line("Note: a supporting source carries a spoiler warning.");
        foreach (var a in r.Answers) WriteEvidence(o, a, "  ");
        if (r.Rejected.Count > 0)
        {
            o.Line();
            o.Line("Other candidates:");
            foreach (var c in r.Rejected)
            {
                o.Line($"- {c.Text}: {c.Status.ToString().ToLowerInvariant()} ({c.Why})");
                WriteEvidence(o, c, "    ");
            }
        }
        if (r.Trace.Count > 0)
        {
            o.Line();
            o.Line("Explanation of the stages:");
            foreach (var line in r.Trace) o.Line("  " + line);
        }
    }

    private static void WriteEvidence(CliOutput o, CandidateAnswer c, string indent)
    {
        foreach (var e in c.Evidence)
        {
            var stance = e.Stance.ToString().ToLowerInvariant() + (e.Holder != null ? $" by {e.Holder}" : "");
            var side = e.Supports ? "for" : "against";
            o.Line($"{indent}[{side}, {stance}] {e.DocumentTitle} (doc {e.DocumentId}, {e.Start}–{e.End}){(e.Note != null ? " — " + e.Note : "")}");
            o.Line($"{indent}  \"{e.Quote.Replace('\n', ' ')}\"");
        }
    }
}

/// <summary>Each question with pass or fail and the answer given, then the totals.</summary>
public sealed class EvalReportFormatter : IResultFormatter<EvalReport>
{
    public void Write(EvalReport r, CliOutput o)
    {
        foreach (var q in r.Questions)
        {
            var given = q.Verdict == Verdict.Answered ? string.Join("; ", q.Given) : q.Verdict == Verdict.Disputed ? "(disputed)" : "(not in the sources)";
            o.Line($"{(q.Passed ? "PASS" : "FAIL")}  {q.Question}  →  {given}{(q.Passed ? "" : "   [" + q.Reason + "]")}");
        }
        o.Line($"{r.Passed} of {r.Total} passed");
    }
}
