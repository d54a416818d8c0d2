using System.Globalization;
using Sleuth.Answering.Candidates;
using Sleuth.Answering.Questions;

namespace Sleuth.Answering.Verdicts;

/// <summary>The merged outcome of all findings: verdict, answers, rejected candidates and the account of the confidence.</summary>
public sealed record VerdictOutcome(
    Verdict Verdict, double Confidence, string ConfidenceExplanation, IReadOnlyList<CandidateAnswer> Answers,
    IReadOnlyList<CandidateAnswer> Rejected, int SupportingSources, bool SpoilerWarning, IReadOnlyList<string> Trace);

/// <summary>
/// Merges findings per candidate and per independent source (a duplicate group counts once), weighs support
/// against denial, lets a source's own assertion refute what it only reports of others, and decides one verdict.
/// </summary>
public sealed class VerdictBuilder
{
    private const double MinimumMatch = 0.3;
    private const double MinimumAnswerMatch = 0.4;

    private sealed class Tally
    {
        public required string Key { get; init; }
        public required string Display { get; init; }
        public IReadOnlyList<string> Aliases { get; set; } = [];
        public List<Finding> Findings { get; } = [];
        public Dictionary<long, Finding> Support { get; } = [];
        public Dictionary<long, Finding> Against { get; } = [];
        public double Score => Support.Values.Sum(f => f.Match);
    }

    public VerdictOutcome Build(QuestionFrame question, IReadOnlyList<Finding> findings, int totalSources)
    {
        bool holderMode = question.Holder != null;
        bool reportedCounts = holderMode || question.Role is AskedRole.Reason;
        var trace = new List<string>();
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        // A candidate is shown in the words of its strongest finding (ties: earliest document), so the same case
        // gives the same wording whatever other documents were read with it.
        foreach (var f in findings.Where(f => f.Match >= MinimumMatch).OrderByDescending(f => f.Supports && f.Stance == Stance.Asserted)
                     .ThenByDescending(f => f.Match).ThenBy(f => f.Document.Document.Id).ThenBy(f => f.Sentence.Index))
        {
            if (!tallies.TryGetValue(f.Key, out var t)) tallies[f.Key] = t = new Tally { Key = f.Key, Display = f.Display, Aliases = f.Aliases };
            t.Findings.Add(f);
        }
        // Per source: the strongest word for and against each candidate.
        foreach (var t in tallies.Values)
            foreach (var group in t.Findings.GroupBy(f => f.Document.Document.DuplicateGroup))
            {
                var pro = group.Where(f => f.Supports && (f.Stance == Stance.Asserted || (reportedCounts && f.Stance == Stance.Reported))).MaxBy(f => f.Match);
                var con = group.Where(f => !f.Supports || f.Stance == Stance.Denied).MaxBy(f => f.Match);
                if (pro != null && con != null)
                {
                    if (pro.Match > con.Match + 0.05) con = null;
                    else if (con.Match > pro.Match + 0.05) pro = null;
                    else { pro = null; con = null; }
                }
                if (pro != null) t.Support[group.Key] = pro;
                if (con != null) t.Against[group.Key] = con;
            }
        // A source that asserts one doer refutes the others it only reports, suspects or asks about.
        bool exclusive = findings.Count > 0 && findings.All(f => f.Exclusive);
        if (exclusive && !holderMode)
        {
            foreach (var t in tallies.Values)
                foreach (var group in t.Findings.GroupBy(f => f.Document.Document.DuplicateGroup))
                {
                    if (t.Support.ContainsKey(group.Key) || t.Against.ContainsKey(group.Key)) continue;
                    var clauses = group.Select(f => f.ClauseId).ToHashSet();
                    var rival = tallies.Values.Where(o => o != t && o.Support.TryGetValue(group.Key, out var of) && !clauses.Contains(of.ClauseId))
                        .Select(o => o.Support[group.Key]).MaxBy(f => f.Match);
                    if (rival != null) t.Against[group.Key] = rival with { Supports = false, Note = $"names {rival.Display} instead" };
                }
        }
        foreach (var t in tallies.Values.OrderByDescending(t => t.Score))
            trace.Add($"candidate {t.Display}: {t.Support.Count} supporting, {t.Against.Count} against, {t.Findings.Count} findings, score {t.Score:0.00}");

        // Candidates rank by summed evidence over independent sources (so both agreement and match count); one
        // needs at least one clear piece of evidence to be an answer at all.
        var ranked = tallies.Values.Where(t => t.Support.Count > t.Against.Count && t.Support.Count > 0 && t.Support.Values.Max(f => f.Match) >= MinimumAnswerMatch)
            .OrderByDescending(t => t.Score).ThenByDescending(t => t.Support.Count).ToList();
        var answers = new List<Tally>();
        var disputed = new List<Tally>();
        if (ranked.Count > 0)
        {
            var top = ranked[0];
            answers.Add(top);
            var topClauses = top.Support.Values.Select(f => f.ClauseId).Where(c => c != null).ToHashSet();
            foreach (var other in ranked.Skip(1))
            {
                bool sameClause = other.Support.Values.Any(f => f.ClauseId != null && topClauses.Contains(f.ClauseId));
                if (sameClause) { answers.Add(other); continue; }
                bool strong = other.Support.Count * 2 >= top.Support.Count && other.Score * 2 >= top.Score;
                if (!exclusive && question.Role != AskedRole.Reason && strong) answers.Add(other);
                else if (exclusive && other.Support.Count >= Math.Max(1, top.Support.Count * 0.6) && other.Score >= top.Score * 0.6
                    && other.Support.Values.Max(f => f.Match) >= top.Support.Values.Max(f => f.Match) * 0.75) disputed.Add(other);
            }
            if (disputed.Count > 0) { disputed.Insert(0, top); answers.Clear(); }
        }
        // Once the sources settle who did it, a claim about another doer that no source supports is refuted by the
        // sources that name the answer, even where they do not mention the claim.
        if (exclusive && !holderMode && answers.Count > 0 && disputed.Count == 0)
        {
            var answerClauses = answers.SelectMany(a => a.Support.Values.Select(f => f.ClauseId)).ToHashSet();
            foreach (var t in tallies.Values.Where(t => !answers.Contains(t) && t.Support.Count == 0 && t.Against.Count == 0
                && t.Findings.Any(f => f.Stance is Stance.Reported or Stance.Speculated) && !t.Findings.Any(f => answerClauses.Contains(f.ClauseId))))
                foreach (var (group, f) in answers[0].Support)
                    t.Against[group] = f with { Supports = false, Note = $"names {answers[0].Display} instead" };
        }
        var answerKeys = answers.Select(a => a.Key).ToHashSet();
        var disputedKeys = disputed.Select(a => a.Key).ToHashSet();
        var supportingGroups = answers.SelectMany(a => a.Support.Keys).Distinct().Count();
        var answerList = answers.Select(a => Candidate(a, CandidateStatus.Answer, totalSources, holderMode)).ToList();
        var rejected = tallies.Values.Where(t => !answerKeys.Contains(t.Key))
            .Select(t => Candidate(t, disputedKeys.Contains(t.Key) ? CandidateStatus.Disputed
                : t.Support.Count > 0 && t.Against.Count >= t.Support.Count ? CandidateStatus.Disputed
                : t.Against.Count > 0 ? CandidateStatus.Refuted : CandidateStatus.Unsupported, totalSources, holderMode))
            .OrderBy(c => c.Status).ThenByDescending(c => c.OpposingSources + c.SupportingSources).ToList();

        Verdict verdict = answers.Count > 0 ? Verdict.Answered : disputed.Count > 0 ? Verdict.Disputed : Verdict.NotInSources;
        var (confidence, why) = Confidence(verdict, answers, disputed, tallies.Count, totalSources);
        bool spoiler = answers.SelectMany(a => a.Support.Values).Any(f => f.Document.SpoilerWarning);
        return new VerdictOutcome(verdict, confidence, why, answerList, rejected, supportingGroups, spoiler, trace);
    }

    private static (double, string) Confidence(Verdict verdict, List<Tally> answers, List<Tally> disputed, int candidates, int totalSources)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (verdict)
        {
            case Verdict.Answered:
            {
                var top = answers[0];
                int n = top.Support.Count, m = top.Against.Count;
                double match = top.Support.Values.Average(f => f.Match);
                double c = Math.Min(0.97, match * (1 - Math.Pow(0.4, n)) * n / (n + m));
                var text = string.Format(inv, "{0} of {1} independent source{2} support it{3}; average evidence match {4:0.00} (1 = the question's predicate and arguments stated outright); each further agreeing source raises confidence, each denying source lowers it",
                    n, totalSources, totalSources == 1 ? "" : "s", m > 0 ? $", {m} speak against it" : ", none against it", match);
                return (Math.Round(c, 2), text);
            }
            case Verdict.Disputed:
                return (0.3, $"the sources disagree: {string.Join(" vs ", disputed.Select(d => $"{d.Display} ({d.Support.Count} for, {d.Against.Count} against)"))}, and nothing settles it");
            default:
                return (candidates == 0 ? 0.8 : 0.6, candidates == 0
                    ? $"none of the {totalSources} sources states an answer to this question"
                    : "the sources mention possible answers only as claims, speculation or denials; none asserts one");
        }
    }

    private static CandidateAnswer Candidate(Tally t, CandidateStatus status, int totalSources, bool holderMode)
    {
        var evidence = new List<Evidence>();
        foreach (var f in t.Support.Values.OrderBy(f => f.Document.Document.Id)) evidence.Add(ToEvidence(f, true));
        foreach (var f in t.Against.Values.OrderBy(f => f.Document.Document.Id)) evidence.Add(ToEvidence(f, false));
        if (status != CandidateStatus.Answer)
            foreach (var f in t.Findings.Where(f => f.Stance is Stance.Reported or Stance.Speculated).GroupBy(f => f.Document.Document.DuplicateGroup).Select(g => g.MaxBy(f => f.Match)!))
                if (!evidence.Any(e => e.DocumentId == f.Document.Document.Id && e.Start == f.Sentence.Start)) evidence.Add(ToEvidence(f, true));
        // Claimants are the people the sources name (or "everyone"-like words), not phrases such as "her post".
        var claimedBy = t.Findings.Where(f => f.Stance is Stance.Reported && f.Holder != null && (f.HolderKey != null || !f.Holder.Contains(' ')))
            .Select(f => f.Holder!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var suspectedBy = t.Findings.Where(f => f.Stance is Stance.Speculated).Select(f => f.Holder ?? "a source").Distinct().ToList();
        bool accused = t.Findings.Any(f => f.Note?.StartsWith("accused", StringComparison.Ordinal) == true) || claimedBy.Count > 0;
        int n = t.Support.Count, m = t.Against.Count;
        string why = status switch
        {
            CandidateStatus.Answer when holderMode => $"reported as {string.Join(", ", claimedBy)}'s claim by {n} of {totalSources} sources",
            CandidateStatus.Answer => $"asserted by {n} of {totalSources} sources" + (m > 0 ? $"; {m} disagree" : ""),
            CandidateStatus.Refuted => (claimedBy.Count > 0 ? $"{(accused ? "accused" : "claimed")} by {string.Join(", ", claimedBy)}; " : suspectedBy.Count > 0 ? "suspected; " : "")
                + $"refuted by {m} source{(m == 1 ? "" : "s")}",
            CandidateStatus.Disputed => $"asserted by {n}, denied by {m} source{(m == 1 ? "" : "s")}",
            _ => claimedBy.Count > 0 ? $"only claimed by {string.Join(", ", claimedBy)}; no source confirms it"
                : suspectedBy.Count > 0 ? "only speculated; no source confirms it" : $"mentioned by {t.Findings.Select(f => f.Document.Document.DuplicateGroup).Distinct().Count()} source(s) with weaker evidence",
        };
        double confidence = n == 0 ? 0 : Math.Round(Math.Min(0.97, t.Support.Values.Average(f => f.Match) * (1 - Math.Pow(0.4, n)) * n / (n + m)), 2);
        return new CandidateAnswer
        {
            Text = t.Display, Aliases = t.Aliases, Status = status, Confidence = confidence, SupportingSources = n, OpposingSources = m,
            ClaimedBy = claimedBy, Why = why, Evidence = evidence,
        };
    }

    /// <summary>Evidence quotes the whole sentence at its stored offsets, so it always equals the document text.</summary>
    public static Evidence ToEvidence(Finding f, bool supports)
    {
        var doc = f.Document.Document;
        return new Evidence
        {
            DocumentId = doc.Id, DocumentTitle = doc.Title ?? Path.GetFileName(doc.SourcePath), SourcePath = doc.SourcePath, SourceGroup = doc.DuplicateGroup,
            Start = f.Sentence.Start, End = f.Sentence.End, Quote = doc.Text[f.Sentence.Start..f.Sentence.End],
            Stance = f.Stance, Holder = f.Holder, Supports = supports && f.Supports, Note = f.Note,
        };
    }
}
