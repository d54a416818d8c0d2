using Sleuth.Analysis;
using Sleuth.Analysis.Reading;
using Sleuth.Case;

namespace Sleuth.Answering.Candidates;

/// <summary>
/// The fallback for who-questions no clause reading answers ("Who was at a wedding in Dunmere?", "Who was seen on
/// CCTV at the fish bar?"): sentences holding most of the question's content words name the person they are
/// about. Its matches are weak by design, so one such sentence never outweighs a clause that states the answer.
/// </summary>
public sealed class OverlapCandidates : ICandidateStage
{
    private const double MinimumOverlap = 0.6;

    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        var named = q.Names.Select(n => context.EntityOf(n)?.Id).Where(id => id != null).ToHashSet();
        var predicate = q.Forms?.Verbs.Keys.ToHashSet() ?? [];
        var nameWords = q.Names.SelectMany(n => n.ToLowerInvariant().Split(' ')).ToHashSet();
        var content = q.ContentLemmas.Where(w => w.Length > 1 && !(q.Forms != null && w == q.Forms.Lemma)).Distinct().ToList();
        // Names alone say nothing about who did what: at least two other content words must be there to match.
        if (content.Count(w => !nameWords.Contains(w)) < 2) yield break;
        foreach (var doc in context.Reading.Documents)
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                var present = new HashSet<string>(s.Lemmas.Concat(s.Lower));
                int hits = content.Count(present.Contains);
                if (content.Count(w => !nameWords.Contains(w) && present.Contains(w)) < 2) continue;
                bool predicateHere = predicate.Count == 0 || s.Lemmas.Any(predicate.Contains);
                double overlap = (double)hits / content.Count;
                if (overlap < MinimumOverlap) continue;
                // An embedded question ("no idea who sent it") names nobody as the doer.
                if (s.Lower.Any(w => w is "who" or "whoever" or "whom") && !s.Mentions.Any(m => m.Kind == MentionKind.Name && s.Lower.Skip(m.Last).Take(2).Contains("who"))) continue;
                int first = Enumerable.Range(0, s.Tokens.Count).FirstOrDefault(i => content.Contains(s.Lemmas[i]) || content.Contains(s.Lower[i]), -1);
                if (first < 0) continue;
                Mention? candidate = null;
                foreach (var m in s.Mentions)
                {
                    if (m.First >= first) break;
                    if (m.Parenthetical || m.Possessive || m.EntityId == null || named.Contains(m.EntityId)) continue;
                    if (m.First > 0 && Words.IsPreposition(s.Lower[m.First - 1])) continue;
                    if (context.Reading.Entities.Get(m.EntityId)?.Kind != EntityKind.Person) continue;
                    candidate = m;
                }
                if (candidate == null) continue;
                var e = context.Reading.Entities.Get(candidate.EntityId)!;
                bool negated = Enumerable.Range(candidate.Last, Math.Max(0, first - candidate.Last)).Any(i => s.Lower[i] is "not" or "never" || s.Lower[i].EndsWith("n't"));
                var stance = StanceReader.Read(s, candidate.First, negated, false);
                yield return context.Make(e, doc, s, stance.Stance, (hits >= 4 ? 0.65 : 0.55) * overlap * (predicateHere ? 1.0 : 0.85), $"shares {hits} of {content.Count} question words",
                    stance.Holder, stance.HolderText, supports: stance.Stance != Stance.Denied);
            }
    }
}
