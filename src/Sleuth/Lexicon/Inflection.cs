namespace Sleuth.Lexicon;

/// <summary>
/// Suffix rules for English inflections: WordNet's detachment rules (candidates to check against a
/// dictionary) and guessing rules for words no dictionary knows (undoubling, silent-e restoration).
/// </summary>
internal static class Inflection
{
    /// <summary>WordNet morphy detachment rules per part of speech, tried in order.</summary>
    public static readonly (string Suffix, string Ending)[][] Detachments =
    [
        // Noun
        [("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"), ("ies", "y")],
        // Verb: "-ed" and "-ing" try the silent-e form first, so "hoped" finds "hope" before "hop".
        [("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("ied", "y")],
        // Adjective
        [("er", ""), ("est", ""), ("er", "e"), ("est", "e"), ("ier", "y"), ("iest", "y")],
        // Adverb
        [],
    ];

    /// <summary>Candidate bases for a form, in rule order, including undoubled stems ("stopped" → "stop").</summary>
    public static IEnumerable<string> Candidates(string word, PartOfSpeech pos)
    {
        foreach (var (suffix, ending) in Detachments[(int)pos])
        {
            if (word.Length <= suffix.Length + 1 || !word.EndsWith(suffix, StringComparison.Ordinal)) continue;
            // "seed", "need", "feed" are bases, not "see" + "d".
            if (suffix == "ed" && word.Length <= 5 && word.EndsWith("eed", StringComparison.Ordinal)) continue;
            yield return string.Concat(word.AsSpan(0, word.Length - suffix.Length), ending);
        }
        if (pos is PartOfSpeech.Verb or PartOfSpeech.Adjective)
        {
            foreach (var suffix in pos == PartOfSpeech.Verb ? s_verbDoubling : s_adjectiveDoubling)
            {
                if (word.Length > suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    var stem = word.AsSpan(0, word.Length - suffix.Length);
                    if (stem[^1] == stem[^2] && !IsVowel(stem[^1])) yield return stem[..^1].ToString();
                }
            }
        }
    }

    private static readonly string[] s_verbDoubling = ["ed", "ing"];
    private static readonly string[] s_adjectiveDoubling = ["er", "est"];

    /// <summary>Best guess at the base of a verb form no dictionary knows ("livestreamed" → "livestream").</summary>
    public static string GuessVerb(string w)
    {
        // Short "-ied"/"-ying" forms keep the ie ("tied" → "tie"); longer ones had a y ("carried" → "carry").
        if (w.Length >= 4 && w.EndsWith("ied", StringComparison.Ordinal)) return w.Length == 4 ? w[..^1] : w[..^3] + "y";
        if (w.Length == 5 && w.EndsWith("ying", StringComparison.Ordinal)) return w[..^4] + "ie";
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal))
        {
            if (w.EndsWith("eed", StringComparison.Ordinal))
                return w.Length <= 5 || w.EndsWith("ceed", StringComparison.Ordinal) ? w : w[..^1];
            return RestoreStem(w[..^2]);
        }
        if (w.Length >= 6 && w.EndsWith("ing", StringComparison.Ordinal))
            return RestoreStem(w[..^3]);
        return GuessNoun(w);
    }

    /// <summary>Best guess at the singular of a plural-looking form no dictionary knows ("tables" → "table").</summary>
    public static string GuessNoun(string w)
    {
        if (w.Length <= 3 || w[^1] != 's') return w;
        if (w.EndsWith("ss", StringComparison.Ordinal) || w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("is", StringComparison.Ordinal))
            return w;
        if (w.EndsWith("ies", StringComparison.Ordinal)) return w.Length <= 4 ? w[..^1] : w[..^3] + "y";
        if (w.EndsWith("sses", StringComparison.Ordinal) || w.EndsWith("shes", StringComparison.Ordinal)
            || w.EndsWith("ches", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal)
            || w.EndsWith("zzes", StringComparison.Ordinal))
            return w[..^2];
        if (w.EndsWith("oes", StringComparison.Ordinal) && w.Length >= 6) return w[..^2];
        return w[..^1];
    }

    /// <summary>Best guess at the base of a comparative or superlative ("bigger" → "big").</summary>
    public static string GuessAdjective(string w)
    {
        foreach (var suffix in s_adjectiveDoubling)
        {
            if (w.Length < suffix.Length + 3 || !w.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = w[..^suffix.Length];
            if (stem[^1] == 'i') return stem[..^1] + "y";
            if (stem[^1] == stem[^2] && !IsVowel(stem[^1])) return stem[..^1];
            return NeedsSilentE(stem) ? stem + "e" : stem;
        }
        return w;
    }

    /// <summary>Turns the stem left by removing "-ed"/"-ing" into a base: undoubles or restores a silent e.</summary>
    private static string RestoreStem(string stem)
    {
        if (stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            char c = stem[^1];
            // Doubling is the spelling rule for b, d, g, m, n, p, r, t ("stopped"); ll, ss, ff, zz are
            // usually part of the base ("killed", "passed") except in multi-syllable -el/-ol verbs.
            if ("bdgmnprt".Contains(c)) return stem[..^1];
            if (c == 'l' && ((stem.Length >= 6 && stem[^3] == 'e') || stem.EndsWith("troll", StringComparison.Ordinal)))
                return stem[..^1];
            return stem;
        }
        return NeedsSilentE(stem) ? stem + "e" : stem;
    }

    /// <summary>
    /// Whether a stem most likely lost a final silent e ("mov" → "move", "accus" → "accuse") judged
    /// by its last letters; multi-syllable stems ending in -en, -er, -it, -et, -on keep none ("open").
    /// </summary>
    internal static bool NeedsSilentE(string s)
    {
        int n = s.Length;
        if (n < 2) return false;
        char last = s[^1], prev = s[^2];
        char prev2 = n >= 3 ? s[^3] : ' ';
        bool prevSingleVowel = IsVowel(prev) && !IsVowel(prev2) && prev != 'e' && prev != 'y';
        switch (last)
        {
            case 'v':
            case 'c':
                return true;
            case 'z':
                return prev != 'z';
            case 's':
                return prev != 's';
            case 'g':
                if (prev is 'r' or 'd' or 'l') return true;
                if (prevSingleVowel) return true;
                return prev == 'n' && prev2 is 'a' or 'e' && n > 4;
            case 'l':
                if (!IsVowel(prev) && prev is not ('l' or 'r' or 'w')) return true;
                if (!prevSingleVowel) return false;
                return prev switch { 'a' => n <= 5, 'i' or 'o' or 'u' => true, _ => false };
        }
        if (!prevSingleVowel) return false;
        return (prev, last) switch
        {
            ('a', 't' or 'd' or 'k' or 'm' or 'r' or 'b') => true,
            ('a', 'p') => n <= 6,
            ('a', 'n') => n <= 4,
            ('i', 'd' or 'k' or 'm' or 'n' or 'r' or 'b') => true,
            ('i', 'p') => n <= 5,
            ('o', 't' or 'd' or 'k' or 'm' or 'b') => true,
            ('o', 'n' or 'p') => n <= 5,
            ('o', 'r') => n <= 4,
            ('u', 't' or 'd' or 'k' or 'm' or 'n' or 'r' or 'b' or 'p') => true,
            _ => false,
        };
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
