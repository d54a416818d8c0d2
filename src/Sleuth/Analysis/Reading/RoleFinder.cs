using Sleuth.Lexicon;

namespace Sleuth.Analysis.Reading;

/// <summary>A role noun phrase in apposition to a name: "the night guard, Tobias Renn" gives Noun=guard, Phrase="the night guard".</summary>
public sealed record RoleMention(Mention Person, string Noun, string Phrase, int First, int Last);

/// <summary>
/// Reads descriptive roles in apposition, whatever the noun: "the night guard, X", "a promising dancer, X", and
/// "X, the museum's accountant," / "X, a part-time deckhand,". It complements <see cref="RelationFinder"/>, whose
/// nouns come from the cue list; here any common noun heading the phrase counts, so roles can be resolved later
/// ("the guard's brother" is the brother of whoever the case calls the guard).
/// </summary>
public static class RoleFinder
{
    public static IReadOnlyList<RoleMention> Find(ReadSentence s, ILexicon lexicon)
    {
        var list = new List<RoleMention>();
        var low = s.Lower;
        foreach (var m in s.Mentions)
        {
            if (m.Kind != MentionKind.Name || m.Parenthetical || m.Possessive) continue;
            // "the night guard, X": determiner, up to three words, comma, the name.
            // An abbreviated title between the comma and the name ("the investigator, Dr. X") belongs to the name.
            int comma = m.First - 1;
            if (comma > 0 && Words.IsCapitalisedWord(s.Tokens[comma]) && (s.Tokens[comma].Text.EndsWith('.') || s.Tokens[comma].Text.Length <= 3)) comma--;
            else if (comma > 1 && s.Tokens[comma].Text == "." && Words.IsCapitalisedWord(s.Tokens[comma - 1]) && s.Tokens[comma - 1].Text.Length <= 4) comma -= 2;
            if (comma >= 2 && low[comma] == ",")
            {
                int head = comma - 1;
                if (IsRoleNoun(s, head, lexicon))
                {
                    int k = head - 1;
                    while (k >= 0 && k >= head - 3 && !Words.IsDeterminer(low[k]) && IsModifier(s, k)) k--;
                    if (k >= 0 && low[k] is "the" or "a" or "an" or "her" or "his" or "their" && (k == 0 || s.MentionEndingAt(k - 1) == null && !Words.IsPossessiveMarker(s.Tokens[k - 1].Text) && !Words.IsPreposition(low[k - 1])))
                        list.Add(Make(s, m, head, k, head + 1));
                }
            }
            // "X, the museum's accountant," / "X, a part-time deckhand,".
            int d = m.Last;
            if (d + 2 < low.Length && low[d] == ",")
            {
                int k = d + 1;
                while (k < low.Length && s.Tokens[k].Kind == TokenKind.Number) k++;
                if (k < low.Length && low[k] == ",") k++;
                if (k >= low.Length || low[k] is not ("the" or "a" or "an")) continue;
                int start = k;
                k++;
                int end = k;
                while (end < low.Length && end < k + 5 && (IsModifier(s, end) || Words.IsPossessiveMarker(s.Tokens[end].Text))) end++;
                int head = end - 1;
                while (head > start && Words.IsPossessiveMarker(s.Tokens[head].Text)) head--;
                if (head <= start) continue;
                bool closed = end >= low.Length || low[end] is "," or "." or ";" or "and" or "who" or "of" or "at" or "for" or "in" or ")" or "—";
                if (closed && IsRoleNoun(s, head, lexicon)) list.Add(Make(s, m, head, start, head + 1));
            }
        }
        return list;
    }

    private static RoleMention Make(ReadSentence s, Mention m, int head, int first, int last)
    {
        var words = new List<string>();
        for (int i = first; i < last; i++) words.Add(s.Tokens[i].Text);
        var phrase = string.Join(' ', words).Replace(" 's", "'s").Replace(" ’s", "’s");
        if (phrase.Length > 0 && char.IsUpper(phrase[0])) phrase = char.ToLowerInvariant(phrase[0]) + phrase[1..];
        return new RoleMention(m, s.Lower[head], phrase, first, last);
    }

    private static bool IsModifier(ReadSentence s, int k) =>
        s.Tokens[k].Kind == TokenKind.Word && s.MentionAt(k) == null && !Words.IsFunctionWord(s.Lower[k]) && !char.IsUpper(s.Tokens[k].Text[0]) || Words.IsPossessiveMarker(s.Tokens[k].Text)
        || s.Tokens[k].Kind == TokenKind.Word && s.MentionAt(k) == null && k > 0 && !Words.IsFunctionWord(s.Lower[k]) && s.Tokens[k].Text.EndsWith("'s");

    /// <summary>A common noun that can name what a person is: lowercase, a noun in the lexicon, no function word, no place or work word.</summary>
    private static bool IsRoleNoun(ReadSentence s, int k, ILexicon lexicon)
    {
        if (k < 0 || k >= s.Tokens.Count) return false;
        var t = s.Tokens[k];
        if (t.Kind != TokenKind.Word || char.IsUpper(t.Text[0]) || s.MentionAt(k) != null) return false;
        var w = s.Lower[k];
        if (Words.IsFunctionWord(w) || Words.IsAdverb(w) || w.Length < 3) return false;
        // "the two fought": a verb form or a number word heads no role.
        if (w.EndsWith("ed") || w.EndsWith("ing") || (lexicon.Lemma(w, PartOfSpeech.Verb) != w && lexicon.Has(lexicon.Lemma(w, PartOfSpeech.Verb), PartOfSpeech.Verb) && !w.EndsWith('s'))) return false;
        if (w is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "both" or "pair" or "rest" or "others" or "way" or "time" or "case" or "point") return false;
        if (Words.Cues.Is("case.work.after", w) || Words.Cues.Is("place.head", w) || Words.Cues.Is("organisation.head", w) || Words.Cues.Is("time.period", w) || Words.Cues.Is("month", w)) return false;
        return lexicon.Has(w, PartOfSpeech.Noun) || lexicon.Has(lexicon.Lemma(w), PartOfSpeech.Noun);
    }
}
