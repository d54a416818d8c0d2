using Sleuth.Analysis.Reading;
using Sleuth.Case;

namespace Sleuth.Answering.Candidates;

/// <summary>"Who is X's sister?": people the sources name in that relation to X (or, without X, by that role).</summary>
public sealed class RelationCandidates : ICandidateStage
{
    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        if (q.RelationNoun == null && q.RelationTarget != null)
        {
            foreach (var f in RelationBetween(context)) yield return f;
            yield break;
        }
        if (q.RelationNoun == null) yield break;
        var anchor = context.EntityOf(q.RelationAnchor);
        var cues = Sleuth.Analysis.Cues.CueLexicon.Shared;
        var inverses = cues.Inverses.GetValueOrDefault(Canonical(q.RelationNoun)) ?? [];
        char wanted = cues.Relations.TryGetValue(q.RelationNoun, out var rel) ? rel.Gender : '-';
        foreach (var doc in context.Reading.Documents)
            foreach (var fact in RelationFinder.Find(doc))
            {
                // Seen from the other side: "Ivy, his girlfriend" answers "Who is Ivy's boyfriend?".
                if (anchor != null && fact.PersonId == anchor.Id && fact.AnchorId != null && inverses.Contains(Canonical(fact.Noun)))
                {
                    var other = context.Reading.Entities.Get(fact.AnchorId);
                    if (other != null && other.Kind == EntityKind.Person && other != anchor && (wanted == '-' || other.Gender == '?' || other.Gender == wanted))
                        yield return context.Make(other, doc, fact.Sentence, fact.Stance, 0.9, $"{anchor.Name} is {other.Name}'s {fact.Noun}", exclusive: false);
                    continue;
                }
                if (!SameRelation(fact.Noun, q.RelationNoun) && !q.RelationAlternatives.Contains(fact.Noun)) continue;
                double match;
                if (anchor != null && fact.AnchorId == anchor.Id) match = 1.0;
                else if (anchor != null && fact.AnchorId == null && fact.AnchorNoun != null && anchor.Name.Split(' ').Any(w => w.Equals(fact.AnchorNoun, StringComparison.OrdinalIgnoreCase))) match = 0.8;
                else if (anchor != null) continue;
                else if (q.RelationAnchor != null) continue;
                else match = fact.AnchorId == null ? 0.9 : 0.6;
                var e = context.Reading.Entities.Get(fact.PersonId);
                if (e == null || e.Kind != EntityKind.Person || e == anchor) continue;
                yield return context.Make(e, doc, fact.Sentence, fact.Stance, match, $"{fact.Noun} of {context.Reading.Entities.Get(fact.AnchorId)?.Name ?? "-"}", exclusive: false);
            }
    }

    /// <summary>"How is X related to Y?": the nouns the sources use for X with respect to Y, or the inverse of Y's to X.</summary>
    private static IEnumerable<Finding> RelationBetween(CandidateContext context)
    {
        var q = context.Question;
        var x = context.EntityOf(q.RelationTarget);
        var y = context.EntityOf(q.RelationAnchor);
        if (x == null || y == null || x == y) yield break;
        var cues = Sleuth.Analysis.Cues.CueLexicon.Shared;
        foreach (var doc in context.Reading.Documents)
            foreach (var fact in RelationFinder.Find(doc))
            {
                string? noun = null;
                if (fact.PersonId == x.Id && fact.AnchorId == y.Id) noun = Canonical(fact.Noun);
                else if (fact.PersonId == y.Id && fact.AnchorId == x.Id)
                {
                    // Y is X's uncle → X is Y's nephew (or niece), chosen by X's gender where the nouns differ by it.
                    var inverse = cues.Inverses.GetValueOrDefault(Canonical(fact.Noun)) ?? [];
                    noun = inverse.FirstOrDefault(n => cues.Relations.TryGetValue(n, out var r) && (r.Gender == x.Gender || r.Gender == '-'))
                        ?? inverse.FirstOrDefault();
                }
                if (noun == null) continue;
                yield return new Finding
                {
                    Key = noun, Display = noun, Document = doc, Sentence = fact.Sentence, Stance = fact.Stance, Match = 0.9, Exclusive = false,
                    Note = $"{x.Name} is {y.Name}'s {noun}",
                };
            }
    }

    private static bool SameRelation(string a, string b) =>
        a == b || Canonical(a) == Canonical(b);

    private static string Canonical(string noun) => noun switch
    {
        "mom" or "mum" => "mother", "dad" => "father", "flatmate" or "housemate" => "roommate", "co-worker" => "coworker",
        _ => noun,
    };
}
