using Sleuth.Analysis;
using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Candidates;

/// <summary>"What did X steal?" and "How many people were evacuated?": objects and counts in clauses of the predicate.</summary>
public sealed class ThingCandidates : ICandidateStage
{
    private static readonly Dictionary<string, int> s_numberWords = new(StringComparer.Ordinal)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["hundred"] = 100, ["dozen"] = 12, ["dozens"] = 24,
    };

    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        if (q.CountedNoun != null) { foreach (var f in Counts(context)) yield return f; yield break; }
        if (q.Forms == null) yield break;
        var subject = context.EntityOf(q.Subject);
        foreach (var doc in context.Reading.Documents)
            foreach (var c in EventFinder.Find(doc, q.Forms))
            {
                if (c.Kind != TriggerKind.Verb || c.Stance == Stance.Asked) continue;
                var doer = c.Passive ? c.Agent : c.Agent;
                var thing = c.Passive ? null : c.Patient;
                if (thing == null || !context.Refers(doer, subject, q.Subject)) continue;
                var key = (context.EntityOf(thing)?.Id ?? thing.Text).ToLowerInvariant();
                yield return new Finding
                {
                    Key = key, Display = context.EntityOf(thing)?.Name ?? thing.Text, Document = doc, Sentence = c.Sentence, Stance = c.Stance,
                    Match = c.PredicateMatch, Holder = context.EntityOf(c.Holder)?.Name ?? c.HolderText, Supports = c.Stance != Stance.Denied,
                };
            }
    }

    private static IEnumerable<Finding> Counts(CandidateContext context)
    {
        var q = context.Question;
        var counted = q.CountedNoun!;
        foreach (var doc in context.Reading.Documents)
        {
            var eventSentences = q.Forms == null ? [] : EventFinder.Find(doc, q.Forms).Select(c => c.Sentence.Index).ToHashSet();
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                for (int t = 0; t + 1 < s.Tokens.Count; t++)
                {
                    int n = t + 1;
                    while (n < s.Tokens.Count && n < t + 3 && s.Lemmas[n] != counted && s.Tokens[n].Kind == TokenKind.Word && !Words.IsFunctionWord(s.Lower[n])) n++;
                    if (n >= s.Tokens.Count || s.Lemmas[n] != counted) continue;
                    long? value = s.Tokens[t].Kind == TokenKind.Number && long.TryParse(s.Tokens[t].Text.Replace(",", ""), out var v) ? v
                        : s_numberWords.TryGetValue(s.Lower[t], out var w) ? w : null;
                    if (value == null) continue;
                    var stance = StanceReader.Read(s, t, false, false);
                    double match = eventSentences.Contains(s.Index) ? 1.0 : q.Forms == null ? 0.7 : 0.4;
                    yield return new Finding
                    {
                        Key = value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Display = $"{s.Tokens[t].Text} ({value})",
                        Document = doc, Sentence = s, Stance = stance.Stance, Match = match, Holder = stance.HolderText,
                    };
                }
            }
        }
    }
}
