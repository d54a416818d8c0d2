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
    /// <summary>A common-noun owner instead of a person ("the gallery's director" → "gallery").</summary>
    public string? AnchorNoun { get; init; }
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
                if (next != null && next.First == after && next.Kind == MentionKind.Name && !next.Possessive && !next.Parenthetical && EndsPhrase(s, next.Last)) person = next;
                // "her boyfriend, Tarn Valley rider Ollie Brandt": a short description may stand before the name.
                if (person == null && anchor != null && after < low.Length && (after > t + 1 && low[after - 1] == ","))
                    for (int k = after; k < low.Length && k < after + 6 && low[k] is not ("," or ";" or "." or "and" or "who"); k++)
                    {
                        var m = s.MentionAt(k);
                        if (m?.Kind == MentionKind.Name && !m.Possessive && !m.Parenthetical && EndsPhrase(s, m.Last)) { person = m; break; }
                    }
                if (person == null && anchor != null)
                {
                    // "Y, X's sister" / "Y is X's sister": the name before the possessor.
                    int b = anchor.First - 1;
                    while (b >= 0 && (Words.IsAdverb(low[b]) || Words.IsNegation(low[b]))) b--;
                    // "Teddy, Hollis's son and Wren's boyfriend,": an earlier role in the same apposition leads back to the name.
                    if (b >= 0 && low[b] == "and")
                        for (int c = b - 1; c >= 0 && c >= b - 6; c--)
                            if (low[c] == ",") { b = c; break; }
                    if (b >= 0 && (low[b] == "," || Words.IsBe(low[b])))
                    {
                        // "Marty Albers, who is Jess's uncle": the relative pronoun stands for the name before it.
                        int end = b - 1;
                        if (end >= 0 && low[end] is "who" or "that") end = end > 0 && low[end - 1] == "," ? end - 2 : end - 1;
                        var np = ArgumentFinder.NounPhraseEndingAt(s, end);
                        if (np?.Mention != null && (np.Mention.Kind == MentionKind.Name || np.Mention.EntityId != null)) person = np.Mention;
                    }
                }
                if (person == null && anchor == null)
                {
                    // "the sister of X"
                    if (t + 2 < low.Length && low[t + 1] == "of")
                    {
                        // "the niece of Greyhollow coach Marty Albers": the name that closes the phrase.
                        Mention? of = null;
                        for (int k = t + 2; k < low.Length && k < t + 7 && low[k] is not ("," or "." or ";"); k++)
                        {
                            var m = s.MentionAt(k);
                            if (m?.Kind == MentionKind.Name && !m.Parenthetical) { of = m; k = m.Last - 1; if (EndsPhrase(s, m.Last)) break; }
                        }
                        int b = t - 1;
                        while (b >= 0 && (Words.IsDeterminer(low[b]) || Words.IsAdverb(low[b]))) b--;
                        // "happens to be", "turned out to be": a copula with extra words.
                        if (b >= 1 && low[b] == "be" && low[b - 1] == "to") { b -= 2; while (b >= 0 && low[b] is "out" || (b >= 0 && Words.IsAdverb(low[b]))) b--; if (b >= 0) b = Words.IsBe(low[b]) ? b : b; }
                        if (of != null && b >= 0 && (low[b] == "," || Words.IsBe(low[b]) || low[b] is "happens" or "happened" or "turns" or "turned" or "seems" or "is"))
                        {
                            var np = ArgumentFinder.NounPhraseEndingAt(s, b - 1);
                            if (np?.Mention != null) { person = np.Mention; anchor = of; }
                        }
                    }
                }
                string? anchorNoun = null;
                if (person == null && anchor == null)
                {
                    person = DescribedName(s, t);
                    // "Amelia Grint, the gallery's director": the owner is a thing named by a common noun.
                    if (t > 1 && Words.IsPossessiveMarker(s.Tokens[t - 1].Text) && s.MentionAt(t - 2) == null) anchorNoun = s.Lemmas[t - 2];
                }
                if (person?.EntityId == null) continue;
                if (anchor != null && anchor.EntityId == person.EntityId) continue;
                // "whether Hollis was Wren's father", "rumoured to be her brother": only a question or a guess.
                if (stance == Stance.Asserted)
                {
                    var framed = StanceReader.Read(s, Math.Min(person.First, t), false, false);
                    if (framed.Stance is Stance.Speculated or Stance.Asked) stance = framed.Stance;
                }
                foreach (var n in nouns)
                    facts.Add(new RelationFact { PersonId = person.EntityId, Noun = n, AnchorId = anchor?.EntityId, Document = doc, Sentence = s, Stance = stance, AnchorNoun = anchorNoun });
            }
        }
        return facts;
    }

    /// <summary>Whether a name ending here closes its phrase (a comma, a bracket, a verb or the end follows).</summary>
    private static bool EndsPhrase(ReadSentence s, int after)
    {
        if (after >= s.Tokens.Count) return true;
        var w = s.Lower[after];
        return w is "," or "." or "(" or ";" or ")" or ":" or "and" or "who" or "—" or "–" || Words.IsAuxiliary(w) || Words.IsModal(w) || w.EndsWith("ed") || (w.EndsWith('s') && !Words.IsPossessiveMarker(s.Tokens[after].Text) && s.Tokens[after].Kind == TokenKind.Word && !char.IsUpper(s.Tokens[after].Text[0]));
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
