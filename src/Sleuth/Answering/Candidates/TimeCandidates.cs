using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Candidates;

/// <summary>"When was X released?": dates in clauses of the asked predicate whose arguments include the question's names.</summary>
public sealed class TimeCandidates : ICandidateStage
{
    private static readonly HashSet<string> s_happen = ["happen", "occur", "take", "break", "start", "begin", "erupt", "unfold"];

    /// <summary>"When did the fire happen?": dates in sentences that name the event noun (and, better, the question's names).</summary>
    private static IEnumerable<Finding> EventNounDates(CandidateContext context, HashSet<string> names)
    {
        var noun = context.Question.EventNoun!;
        // The event as a noun ("the fire"), not the same word as a verb ("fired him").
        return DatesNear(context, s => Enumerable.Range(0, s.Tokens.Count).FirstOrDefault(i => s.Lemmas[i] == noun && ArgumentFinder.IsNounUse(s, i), -1),
            names.Count == 0, names);
    }

    /// <summary>Dates near an anchor token of each sentence, weighed by nearness; dates relative to something else count less.</summary>
    private static IEnumerable<Finding> DatesNear(CandidateContext context, Func<ReadSentence, int> anchor, bool named, HashSet<string>? names = null)
    {
        foreach (var doc in context.Reading.Documents)
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                int at = anchor(s);
                if (at < 0) continue;
                named = named || (names != null && s.Mentions.Any(m => m.EntityId != null && names.Contains(m.EntityId)));
                foreach (var d in DateFinder.Find(s))
                {
                    if (d.Key.Length == 4) continue;
                    var stance = StanceReader.Read(s, Math.Min(at, d.First), false, false);
                    if (stance.Stance is Stance.Asked) continue;
                    // "two days after the fire, on October 19" dates something else; nearness to the noun counts.
                    int from = Math.Min(at, d.First), to = Math.Max(at, d.First);
                    bool relative = Enumerable.Range(from, to - from).Any(i => s.Lower[i] is "after" or "before" or "since" or "until" or "following" or "ahead" or "prior");
                    double near = 1.0 / (1 + Math.Max(0, to - from - 1) / 8.0);
                    yield return new Finding
                    {
                        Key = d.Key, Display = d.Text, Document = doc, Sentence = s, Stance = stance.Stance, Match = (named ? 0.9 : 0.75) * near * (relative ? 0.4 : 1.0),
                        Holder = stance.HolderText, ClauseId = $"{doc.Document.Id}:{s.Index}:{d.First}",
                    };
                }
            }
    }

    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        var names = q.Names.Select(n => context.EntityOf(n)).Where(e => e != null).Select(e => e!.Id).ToHashSet();
        if (q.Forms == null)
        {
            // "When was the Brennan Valley Classic?": the dates written next to the event's name.
            foreach (var f in DatesNear(context, s => Enumerable.Range(0, s.Tokens.Count).FirstOrDefault(i => s.MentionAt(i)?.EntityId is { } id && names.Contains(id), -1), true))
                yield return f;
            yield break;
        }
        var nameWords = q.Names.SelectMany(n => n.Split(' ')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (q.EventNoun != null && s_happen.Contains(q.Forms.Lemma))
            foreach (var f in EventNounDates(context, names)) yield return f;
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
                    double near = (d.First > c.Trigger ? 1.0 : 0.7) / (1 + distance / 10);
                    // "On March 9 he confessed that he stole it": a verb in between takes the date for itself.
                    int lo = Math.Min(d.Last, c.Trigger), hi = Math.Max(d.First, c.Trigger);
                    if (Enumerable.Range(lo, Math.Max(0, hi - lo)).Any(i => i != c.Trigger && (Words.Cues.Is("report.lemma", c.Sentence.Lemmas[i]) || Words.Cues.Is("factive", c.Sentence.Lower[i]) || c.Sentence.Lower[i] is "that" or "when" or "after" or "before")))
                        near *= 0.4;
                    yield return new Finding
                    {
                        Key = d.Key, Display = d.Text, Document = doc, Sentence = s, Stance = c.Stance, Match = c.PredicateMatch * argMatch * (0.3 + 0.7 * near),
                        Holder = context.EntityOf(c.Holder)?.Name ?? c.HolderText, Exclusive = true, ClauseId = $"{doc.Document.Id}:{s.Index}:{d.First}",
                    };
                }
            }
    }
}
