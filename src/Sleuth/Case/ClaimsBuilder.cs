using Sleuth.Analysis.Reading;
using Sleuth.Answering;
using Sleuth.Answering.Candidates;
using Sleuth.Answering.Questions;

namespace Sleuth.Case;

/// <summary>
/// The who-says-what matrix of a question: one row per candidate ask weighed ("X pushed Y"), one column per
/// independent source of the documents read, and in each cell how that source stands toward the row: it asserts
/// it, reports someone claiming it (with the speaker), denies it, speculates, asks, or is silent. When a source
/// says several things, its own commitment (assert or deny) shows before what it reports of others.
/// </summary>
public sealed class ClaimsBuilder
{
    private readonly AnswerEngine _engine;

    public ClaimsBuilder(AnswerEngine engine) => _engine = engine;

    public ClaimsMatrix Build(string question)
    {
        var verdict = _engine.Ask(question);
        var frame = _engine.Analyze(question);
        var (reading, _) = _engine.Read(frame);
        var context = new CandidateContext { Question = frame, Reading = reading };
        var findings = Sleuth.Answering.AnswerEngine.StageFor(frame).Find(context).Where(f => f.Match >= 0.3).ToList();
        var sources = reading.Documents.GroupBy(d => d.Document.DuplicateGroup).OrderBy(g => g.Key)
            .Select(g => new ClaimSource(g.Key, g.OrderBy(d => d.Document.Id).First().Document.Title ?? Path.GetFileName(g.First().Document.SourcePath),
                g.Select(d => d.Document.Id).OrderBy(i => i).ToList()))
            .ToList();
        var rows = new List<ClaimRow>();
        foreach (var candidate in verdict.Answers.Concat(verdict.Rejected))
        {
            var mine = findings.Where(f => f.Display == candidate.Text || candidate.Aliases.Contains(f.Display)).ToList();
            var cells = new List<ClaimCell>();
            foreach (var source in sources)
            {
                var inSource = mine.Where(f => f.Document.Document.DuplicateGroup == source.SourceGroup).ToList();
                var best = inSource.OrderBy(f => Rank(f)).ThenByDescending(f => f.Match).ThenBy(f => f.Document.Document.Id).ThenBy(f => f.Sentence.Index).FirstOrDefault();
                if (best == null)
                {
                    // A source that only names another doer as fact says nothing of this one; ask's verdict shows that reading.
                    var rival = candidate.Evidence.FirstOrDefault(e => e.SourceGroup == source.SourceGroup && !e.Supports);
                    cells.Add(rival != null && candidate.Status != CandidateStatus.Answer
                        ? new ClaimCell(source.SourceGroup, null, null, null) { Note = rival.Note, Others = [rival] }
                        : new ClaimCell(source.SourceGroup, null, null, null));
                    continue;
                }
                var stance = !best.Supports && best.Stance != Stance.Denied ? Stance.Denied : best.Stance;
                var evidence = VerdictBuilderEvidence(best, stance);
                cells.Add(new ClaimCell(source.SourceGroup, stance, stance == Stance.Reported ? best.Holder : null, evidence)
                {
                    Note = best.Note,
                    Others = inSource.Where(f => f != best).GroupBy(f => (f.Document.Document.Id, f.Sentence.Index)).Select(g => g.First())
                        .Select(f => VerdictBuilderEvidence(f, !f.Supports && f.Stance != Stance.Denied ? Stance.Denied : f.Stance)).ToList(),
                });
            }
            rows.Add(new ClaimRow(Proposition(question, candidate.Text), candidate.Text, cells) { Status = candidate.Status });
        }
        return new ClaimsMatrix(question, sources, rows);
    }

    private static Evidence VerdictBuilderEvidence(Finding f, Stance stance) =>
        CaseEvidence.Of(f.Document, f.Sentence, stance, f.Holder, stance is Stance.Asserted or Stance.Reported && f.Supports, f.Note);

    /// <summary>A source's own word first: assert or deny, then reports of others, speculation, questions.</summary>
    private static int Rank(Finding f) => f.Stance switch
    {
        Stance.Asserted when f.Supports => 0,
        Stance.Denied => 1,
        Stance.Asserted => 1,
        Stance.Reported => 2,
        Stance.Speculated => 3,
        _ => 4,
    };

    /// <summary>"Who pushed Cassie Shore?" with "Delia Whitlaw" gives "Delia Whitlaw pushed Cassie Shore".</summary>
    public static string Proposition(string question, string candidate)
    {
        var q = question.Trim().TrimEnd('?', '.', '!').Trim();
        var space = q.IndexOf(' ');
        if (space > 0)
        {
            var wh = q[..space].ToLowerInvariant();
            var rest = q[(space + 1)..];
            var next = rest.Split(' ')[0].ToLowerInvariant();
            bool auxNext = Words.IsAuxiliary(next) || Words.IsModal(next);
            if (wh is "who" or "what" or "which" && !auxNext) return candidate + " " + rest;
            if (wh is "who" or "what" && Words.IsBe(next)) return candidate + " " + rest;
        }
        return $"{candidate}: {q}?";
    }
}
