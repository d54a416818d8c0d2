using Sleuth.Analysis.Reading;

namespace Sleuth.Answering.Candidates;

/// <summary>
/// "Why did X do it?": clauses that give X's motive — a motive word whose nearest preceding person is X
/// ("X was jealous of ...", "X became enraged with jealousy"), or a "because" clause after X's act. Motives
/// merge by kind (jealous = jealousy = envy), so sources that word it differently agree.
/// </summary>
public sealed class ReasonCandidates : ICandidateStage
{
    public IEnumerable<Finding> Find(CandidateContext context)
    {
        var q = context.Question;
        var subject = context.EntityOf(q.Subject);
        if (subject == null) yield break;
        var cues = Words.Cues;
        foreach (var doc in context.Reading.Documents)
        {
            var eventSentences = q.Forms == null ? new HashSet<int>() : EventFinder.Find(doc, q.Forms)
                .Where(c => c.Agent?.Mention?.EntityId == subject.Id).Select(c => c.Sentence.Index).ToHashSet();
            foreach (var s in doc.Sentences)
            {
                if (s.IsQuestion) continue;
                for (int t = 0; t < s.Tokens.Count; t++)
                {
                    var w = s.Lower[t];
                    string? group = cues.Motives.GetValueOrDefault(w) ?? cues.Motives.GetValueOrDefault(s.Lemmas[t]);
                    if (group == null) continue;
                    var holder = NearestPersonBefore(s, t);
                    if (holder?.EntityId != subject.Id) continue;
                    bool nearEvent = eventSentences.Any(i => Math.Abs(i - s.Index) <= 3);
                    bool explicitMarker = w is "because" or "motive" or "reason";
                    if (group == "other" && !nearEvent && !explicitMarker) continue;
                    var stance = StanceReader.Read(s, holder.First, HasNegation(s, holder.Last, t), false);
                    if (stance.Stance is Stance.Asked or Stance.Denied) continue;
                    double match = (nearEvent ? 1.0 : 0.8) * (group == "other" ? 0.6 : 1.0) * (stance.Stance == Stance.Asserted ? 1.0 : 0.8);
                    var fragment = Fragment(s, t);
                    if (group == "other" && fragment.Split(' ').Length < 3) continue;
                    yield return new Finding
                    {
                        Key = group == "other" ? "because: " + fragment.ToLowerInvariant() : group, Display = fragment,
                        Document = doc, Sentence = s, Stance = stance.Stance == Stance.Reported ? Stance.Reported : Stance.Asserted, Match = match,
                        Holder = context.EntityOf(stance.Holder)?.Name ?? stance.HolderText, Exclusive = false, Note = "motive: " + group,
                    };
                    break;
                }
            }
        }
    }

    private static Mention? NearestPersonBefore(ReadSentence s, int t)
    {
        Mention? best = null;
        foreach (var m in s.Mentions)
            if (m.Last <= t && !m.Parenthetical && !m.Possessive && m.EntityId != null) best = m;
        return best;
    }

    private static bool HasNegation(ReadSentence s, int from, int to)
    {
        for (int k = from; k < to; k++) if (s.Lower[k] is "not" or "never" || s.Lower[k].EndsWith("n't")) return true;
        return false;
    }

    /// <summary>The motive in the sentence's words: from the motive word to the end of its clause.</summary>
    private static string Fragment(ReadSentence s, int t)
    {
        // Start at the words that introduce the motive when they are close: "to pay his debts", "out of revenge".
        int start = t;
        for (int k = t - 1; k >= 0 && k >= t - 5; k--)
        {
            if (s.Lower[k] is "," or ";" || s.MentionAt(k)?.Kind == MentionKind.Name) break;
            if (s.Lower[k] is "to" or "because" or "for" or "out" or "over" or "with" or "by" or "of") start = k;
        }
        int end = t + 1;
        while (end < s.Tokens.Count && end < t + 16 && s.Lower[end] is not (";" or "." or "!" or "?" or "—") && !(s.Lower[end] == "," && end > t + 3)) end++;
        var first = s.Tokens[start];
        var last = s.Tokens[end - 1];
        return s.Tokens.Count == 0 ? "" : SentenceText(s, first.Start, last.End);
    }

    private static string SentenceText(ReadSentence s, int start, int end)
    {
        var parts = new List<string>();
        foreach (var tok in s.Tokens)
            if (tok.Start >= start && tok.End <= end) parts.Add(tok.Text);
        return string.Join(' ', parts).Replace(" ,", ",").Replace(" '", "'").Replace(" ’", "’").Replace("“ ", "“").Replace(" ”", "”");
    }
}
