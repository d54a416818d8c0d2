using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Candidates;

/// <summary>"When was X released?": dates in clauses of the asked predicate whose arguments include the question's names.</summary>
public sealed class TimeCandidates : ICandidateStage
{
    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        if (q.Forms == null) yield break;
        var names = q.Names.Select(n => context.EntityOf(n)).Where(e => e != null).Select(e => e!.Id).ToHashSet();
        var nameWords = q.Names.SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var doc in context.Reading.Documents)
            foreach (var c in EventFinder.Find(doc, q.Forms))
            {
                if (c.Kind is TriggerKind.ProVerb or TriggerKind.CulpritNoun) continue;
                var s = c.Sentence;
                var dates = DateFinder.Find(s);
                if (dates.Count == 0) continue;
                int mentioned = s.Mentions.Count(m => m.EntityId != null && names.Contains(m.EntityId));
                bool wordsMatch = s.Tokens.Any(t => nameWords.Contains(t.Text));
                double argMatch = names.Count == 0 ? 0.7 : mentioned > 0 ? 1.0 : wordsMatch ? 0.8 : 0.4;
                foreach (var d in dates)
                {
                    // Prefer a date after the trigger ("released ... on December 14") and near it.
                    double distance = Math.Abs(d.First - c.Trigger);
                    double near = d.First > c.Trigger ? 1.0 / (1 + distance / 8) : 0.6 / (1 + distance / 8);
                    yield return new Finding
                    {
                        Key = d.Key, Display = d.Text, Document = doc, Sentence = s, Stance = c.Stance, Match = c.PredicateMatch * argMatch * (0.5 + near / 2),
                        Holder = context.EntityOf(c.Holder)?.Name ?? c.HolderText, Exclusive = true, ClauseId = $"{doc.Document.Id}:{s.Index}:{d.First}",
                    };
                }
            }
    }
}
