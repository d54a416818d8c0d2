using Sleuth.Analysis.Cues;
using Sleuth.Answering;

namespace Sleuth.Analysis.Reading;

/// <summary>
/// "Delia is Bette's sister": Person=Delia, Noun=sister, Anchor=Bette. A descriptor has no anchor
/// ("Ramon, the choreographer").
/// </summary>
public sealed record RelationFact
{
    public required string PersonId { get; init; }
    public required string Noun { get; init; }
    public string? AnchorId { get; init; }
    public required ReadDocument Document { get; init; }
    public required ReadSentence Sentence { get; init; }
    public required Stance Stance { get; init; }
}

/// <summary>
/// Reads kinship, romance, work and school relations from appositions and copulas: "X's (older) sister Y",
/// "her boyfriend Y", "Y, X's sister,", "Y is X's sister", "the sister of X", "Y, the choreographer",
/// "renowned choreographer, Y" and list headings such as "Y — The Roommate".
/// </summary>
public static class RelationFinder
{
    public static IReadOnlyList<RelationFact> Find(ReadDocument doc)
    {
        var facts = new List<RelationFact>();
        var relations = CueLexicon.Shared.Relations;
        foreach (var s in doc.Sentences)
        {
            var low = s.Lower;
            for (int t = 0; t < low.Length; t++)
            {
                if (!relations.ContainsKey(low[t]) && !(low[t].EndsWith('s') && relations.ContainsKey(low[t][..^1]))) continue;
                var noun = relations.ContainsKey(low[t]) ? low[t] : low[t][..^1];
                var stance = s.IsQuestion ? Stance.Asked : HasNegation(s, t) ? Stance.Denied : Stance.Asserted;
                var anchor = Possessor(s, t);
                int after = t + 1;
                // "her boyfriend and renowned choreographer, Ramon Costa": a second relation noun shares the name.
                var nouns = new List<string> { noun };
                if (after + 1 < low.Length && low[after] == "and")
                {
                    int k = after + 1;
                    while (k < low.Length && k < after + 4 && !relations.ContainsKey(low[k]) && s.Tokens[k].Kind == TokenKind.Word && s.MentionAt(k) == null) k++;
                    if (k < low.Length && relations.ContainsKey(low[k])) { nouns.Add(low[k]); after = k + 1; }
                }
                Mention? person = null;
                if (after < low.Length && low[after] == "," && after + 1 < low.Length) after++;
                var next = after < low.Length ? s.MentionAt(after) : null;
                if (next != null && next.First == after && next.Kind == MentionKind.Name && !next.Possessive && !next.Parenthetical) person = next;
                if (person == null && anchor != null)
                {
                    // "Y, X's sister" / "Y is X's sister": the name before the possessor.
                    int b = anchor.First - 1;
                    while (b >= 0 && (Words.IsAdverb(low[b]) || Words.IsNegation(low[b]))) b--;
                    if (b >= 0 && (low[b] == "," || Words.IsBe(low[b])))
                    {
                        var np = ArgumentFinder.NounPhraseEndingAt(s, b - 1);
                        if (np?.Mention != null && np.Mention.Kind == MentionKind.Name) person = np.Mention;
                    }
                }
                if (person == null && anchor == null)
                {
                    // "the sister of X"
                    if (t + 2 < low.Length && low[t + 1] == "of")
                    {
                        var of = s.MentionAt(t + 2);
                        int b = t - 1;
                        while (b >= 0 && (Words.IsDeterminer(low[b]) || Words.IsAdverb(low[b]))) b--;
                        if (of != null && b >= 0 && (low[b] == "," || Words.IsBe(low[b])))
                        {
                            var np = ArgumentFinder.NounPhraseEndingAt(s, b - 1);
                            if (np?.Mention != null) { person = np.Mention; anchor = of; }
                        }
                    }
                }
                if (person == null && anchor == null) person = DescribedName(s, t);
                if (person?.EntityId == null) continue;
                if (anchor != null && anchor.EntityId == person.EntityId) continue;
                foreach (var n in nouns)
                    facts.Add(new RelationFact { PersonId = person.EntityId, Noun = n, AnchorId = anchor?.EntityId, Document = doc, Sentence = s, Stance = stance });
            }
        }
        return facts;
    }

    /// <summary>The owner in "X's (adj) sister" or "her (adj) sister", skipping up to two modifiers.</summary>
    private static Mention? Possessor(ReadSentence s, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 3; k--)
        {
            var m = s.MentionEndingAt(k) ?? (Words.IsPossessiveMarker(s.Tokens[k].Text) && k > 0 ? s.MentionEndingAt(k - 1) : null);
            if (m != null && m.Possessive) return m;
            if (m == null && Words.IsPossessiveMarker(s.Tokens[k].Text)) continue;
            var w = s.Lower[k];
            if (s.Tokens[k].Kind != TokenKind.Word || Words.IsFunctionWord(w) && w is not ("her" or "his" or "their")) return null;
        }
        return null;
    }

    /// <summary>"Ramon, the choreographer", "renowned choreographer, Ramon Costa", "June — The Roommate".</summary>
    private static Mention? DescribedName(ReadSentence s, int t)
    {
        var low = s.Lower;
        int b = t - 1;
        while (b >= 0 && (Words.IsDeterminer(low[b]) || (s.Tokens[b].Kind == TokenKind.Word && s.MentionAt(b) == null && !Words.IsFunctionWord(low[b]) && b >= t - 2))) b--;
        if (b >= 1 && low[b] is "," or "—" or "–" or "-")
        {
            var np = ArgumentFinder.NounPhraseEndingAt(s, b - 1);
            if (np?.Mention?.Kind == MentionKind.Name) return np.Mention;
        }
        if (t + 2 < low.Length && low[t + 1] == ",")
        {
            var m = s.MentionAt(t + 2);
            if (m != null && m.First == t + 2 && m.Kind == MentionKind.Name && !m.Possessive) return m;
        }
        return null;
    }

    private static bool HasNegation(ReadSentence s, int t)
    {
        for (int k = t - 1; k >= 0 && k >= t - 5; k--)
        {
            if (s.Lower[k] is "," or ";") return false;
            if (Words.IsNegation(s.Lower[k]) && s.Lower[k] is "not" or "never" or "isn't" or "wasn't" or "isn’t" or "wasn’t") return true;
        }
        return false;
    }
}
