using Sleuth.Analysis.Cues;
using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Candidates;

/// <summary>
/// "Does X die?": clauses of the predicate about X answer yes when asserted and no when denied; clauses of an
/// opposite predicate ("X is still alive", "X recovers") answer no when asserted. Counterfactual markers
/// ("her near death") count as denial.
/// </summary>
public sealed class YesNoCandidates : ICandidateStage
{
    private static IEnumerable<Finding> ThroughDoer(CandidateContext context, Sleuth.Analysis.Reading.Entity subject)
    {
        var q = context.Question;
        var asDoer = new CandidateContext { Question = q with { Role = Questions.AskedRole.Agent, Subject = null }, Reading = context.Reading };
        foreach (var f in new DoerCandidates().Find(asDoer))
        {
            if (f.Stance is Stance.Asked or Stance.Speculated || (f.Stance == Stance.Reported && f.Supports)) continue;
            bool aboutSubject = f.Key == subject.Id;
            if (!aboutSubject && !(f.Supports && f.Stance == Stance.Asserted)) continue;
            bool yes = aboutSubject && f.Supports && f.Stance == Stance.Asserted;
            yield return f with
            {
                Key = yes ? "yes" : "no", Display = yes ? "Yes" : "No", Aliases = [], Stance = Stance.Asserted, Supports = true,
                Match = aboutSubject ? f.Match : f.Match * 0.8, ClauseId = null,
                Note = aboutSubject ? (yes ? "states it" : "clears " + subject.Name + (f.Note != null ? $" ({f.Note})" : "")) : $"names {f.Display} instead",
            };
        }
    }

    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        if (q.Forms == null) yield break;
        var subject = context.EntityOf(q.Subject);
        var obj = context.EntityOf(q.Object);
        if (subject != null && subject.Kind == Sleuth.Case.EntityKind.Person && (q.Object != null || q.ObjectHead != null))
        {
            // "Did X start the fire?": settle who did it, then X's place in that verdict answers yes or no.
            foreach (var f in ThroughDoer(context, subject)) yield return f;
        }
        var opposites = CueLexicon.Shared.Opposites[q.Forms.Lemma].ToDictionary(o => o, _ => 0.8);
        var oppositeForms = new PredicateForms { Lemma = q.Forms.Lemma, Verbs = opposites };
        foreach (var doc in context.Reading.Documents)
        {
            foreach (var (clauses, flips) in new[] { (EventFinder.Find(doc, q.Forms), false), (opposites.Count > 0 ? EventFinder.Find(doc, oppositeForms) : [], true) })
                foreach (var c in clauses)
                {
                    if (c.Kind is TriggerKind.ProVerb or TriggerKind.CulpritNoun or TriggerKind.MadeBy) continue;
                    var who = c.Passive ? c.Patient : c.Agent;
                    bool intransitive = q.Object == null;
                    double match;
                    if (!intransitive && subject?.Kind == Sleuth.Case.EntityKind.Person) continue;
                    bool noneSubject = false;
                    if (q.Subject == null)
                    {
                        // "Was anyone hurt?" / "Did the gallery pay a ransom?": an indefinite or common-noun subject.
                        var text = (who?.Text ?? "").ToLowerInvariant();
                        noneSubject = text is "nobody" or "no-one" || text.StartsWith("no ") || text.StartsWith("none");
                        bool indefinite = q.ContentLemmas.Count == 0 || context.Question.Public.Text.Split(' ').Any(w => w.ToLowerInvariant() is "anyone" or "anybody" or "someone" or "somebody" or "anything");
                        // "the gallery" in the question, "the Ferrow" (the Ferrow Gallery) in the source.
                        bool sameNoun = q.EventNoun != null && (text.Contains(q.EventNoun)
                            || (context.EntityOf(who)?.Name.Split(' ').Any(w => w.Equals(q.EventNoun, StringComparison.OrdinalIgnoreCase)) ?? false));
                        if (!(indefinite && (noneSubject || who?.Mention != null)) && !sameNoun) continue;
                        match = sameNoun ? 0.9 : 0.8;
                    }
                    else if (intransitive)
                    {
                        // "X dies", "X's death", "X is pushed" all speak of X undergoing the event.
                        if (context.Refers(who, subject, q.Subject)) match = 1.0;
                        else if (c.Kind == TriggerKind.EventNoun && context.Refers(c.Patient, subject, q.Subject)) match = 0.9;
                        // "Was the Silver Ladle trophy melted down?" answered by "the trophy was never melted down".
                        else if (q.EventNoun != null && who?.Mention == null && who != null && who.Text.Contains(q.EventNoun, StringComparison.OrdinalIgnoreCase)) match = 0.85;
                        else continue;
                    }
                    else
                    {
                        if (!context.Refers(c.Agent, subject, q.Subject) || !context.Refers(c.Patient, obj, q.Object)) continue;
                        match = 1.0;
                    }
                    if (c.Stance is Stance.Asked) continue;
                    // "no ransom was paid", "paid no ransom": a "no" phrase denies the event.
                    bool noPhrase = noneSubject || (c.Patient?.Text.StartsWith("no ", StringComparison.OrdinalIgnoreCase) ?? false)
                        || (c.Trigger + 1 < c.Sentence.Tokens.Count && c.Sentence.Lower[c.Trigger + 1] == "no");
                    bool yes = c.Stance != Stance.Denied && !noPhrase;
                    if (flips) yes = !yes;
                    var key = yes ? "yes" : "no";
                    yield return new Finding
                    {
                        Key = key, Display = yes ? "Yes" : "No", Document = doc, Sentence = c.Sentence,
                        Stance = c.Stance == Stance.Denied ? Stance.Asserted : c.Stance, Match = c.PredicateMatch * match,
                        Holder = context.EntityOf(c.Holder)?.Name ?? c.HolderText, Exclusive = true,
                        Note = (flips ? $"says \"{c.Sentence.Tokens[c.Trigger].Text}\"" : c.Stance == Stance.Denied ? "denies it" : "states it") + (c.Note != null ? $"; {c.Note}" : ""),
                    };
                }
        }
    }
}
