using Sleuth.Analysis.Cues;

namespace Sleuth.Analysis.Reading;

/// <summary>Word-class tests over the cue lists, shared by every reading stage.</summary>
internal static class Words
{
    private static readonly CueLexicon s_cues = CueLexicon.Shared;
    private static readonly HashSet<string> s_be = ["be", "am", "is", "are", "was", "were", "been", "being", "'s", "’s", "'re", "’re", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t"];
    private static readonly HashSet<string> s_get = ["get", "gets", "got", "gotten", "getting"];
    private static readonly HashSet<string> s_wh = ["who", "whom", "whose", "what", "which", "when", "where", "why", "how"];
    private static readonly HashSet<string> s_adverbs = ["actually", "really", "also", "then", "just", "eventually", "ultimately", "still", "even", "soon", "later", "finally", "once", "only", "never", "not", "ever", "already", "truly", "indeed", "suddenly", "first", "quickly", "secretly", "openly", "publicly", "allegedly", "reportedly", "apparently", "supposedly", "accidentally", "deliberately", "intentionally", "viciously", "coldly", "almost", "nearly", "all", "both", "herself", "himself", "themselves", "again", "immediately", "previously", "originally", "later", "now", "instead", "rather", "in-fact", "truthfully", "ever"];
    private static readonly HashSet<string> s_connectors = ["of", "de", "del", "della", "la", "le", "van", "von", "da", "di", "du", "al", "bin", "the", "&", "and"];

    public static CueLexicon Cues => s_cues;

    public static bool IsWord(Token t) => t.Kind == TokenKind.Word;
    public static bool IsBe(string lower) => s_be.Contains(lower);
    public static bool IsGet(string lower) => s_get.Contains(lower);
    public static bool IsWh(string lower) => s_wh.Contains(lower);
    public static bool IsDeterminer(string lower) => s_cues.Is("determiner", lower);
    public static bool IsPreposition(string lower) => s_cues.Is("preposition", lower);
    public static bool IsConjunction(string lower) => s_cues.Is("conjunction", lower);
    public static bool IsSubordinator(string lower) => s_cues.Is("subordinator", lower);
    public static bool IsModal(string lower) => s_cues.Is("modal", lower) || lower is "can't" or "can’t" or "cannot" or "couldn't" or "couldn’t" or "wouldn't" or "wouldn’t" or "won't" or "won’t" or "shouldn't" or "mustn't";
    public static bool IsAuxiliary(string lower) => s_cues.Is("auxiliary", lower) || IsBe(lower) || lower.EndsWith("n't") || lower.EndsWith("n’t") || lower is "'d" or "’d" or "'ve" or "’ve" or "'ll" or "’ll";
    public static bool IsNegation(string lower) => s_cues.Is("negation", lower) || lower.EndsWith("n't") || lower.EndsWith("n’t") || lower == "cannot";
    public static bool IsAdverb(string lower) => s_adverbs.Contains(lower) || (lower.Length > 4 && lower.EndsWith("ly") && lower is not ("family" or "ally" or "rally" or "holy" or "july" or "reply" or "italy" or "early" or "only" or "belly" or "lily" or "emily" or "kelly" or "molly" or "polly" or "sally" or "holly" or "supply"));
    public static bool IsNameConnector(string lower) => s_connectors.Contains(lower);
    public static bool IsPronoun(string lower) =>
        s_cues.Is("pronoun.female", lower) || s_cues.Is("pronoun.male", lower) || s_cues.Is("pronoun.plural", lower);

    /// <summary>A word that can never start a name even when capitalised (sentence-initial "The", "When", "However").</summary>
    public static bool IsFunctionWord(string lower) =>
        IsDeterminer(lower) || IsPreposition(lower) || IsConjunction(lower) || IsSubordinator(lower) || IsAuxiliary(lower)
        || IsModal(lower) || IsWh(lower) || IsPronoun(lower) || s_cues.Is("pronoun.other", lower) || IsNegation(lower)
        || lower.StartsWith("i'") || lower.StartsWith("i’") || lower is "i" or "ok" || lower.EndsWith("'ll") || lower.EndsWith("'ve") || lower.EndsWith("'re") || lower.EndsWith("'d") || lower.EndsWith("’ll") || lower.EndsWith("’ve") || lower.EndsWith("’re")
        || lower is "there" or "here" or "yes" or "so" or "then" or "however" or "meanwhile" or "also" or "plus" or "still" or "even" or "now" or "soon" or "well" or "oh" or "okay" or "please" or "thanks" or "sure" or "why" or "what";

    public static bool IsMonth(string lower) => s_cues.Is("month", lower);
    public static bool IsWeekday(string lower) => s_cues.Is("weekday", lower);

    /// <summary>The word with a trailing possessive marker removed, and whether there was one.</summary>
    public static (string Core, bool Possessive) StripPossessive(string text)
    {
        if (text.Length > 2 && (text.EndsWith("'s") || text.EndsWith("’s"))) return (text[..^2], true);
        if (text.Length > 1 && (text.EndsWith("s'") || text.EndsWith("s’"))) return (text[..^1], true);
        return (text, false);
    }

    public static bool IsPossessiveMarker(string text) => text is "'s" or "’s" or "'" or "’";

    public static bool IsCapitalisedWord(Token t) =>
        t.Kind == TokenKind.Word && t.Text.Length > 0 && char.IsUpper(t.Text[0]) && !(t.Text.Length > 1 && t.Text.All(c => !char.IsLetter(c) || char.IsUpper(c)) && t.Text.Length > 4);

    public static bool IsClauseBoundary(string text) => text is ";" or ":" or "—" or "–" or "(" or ")" or "\"" or "“" or "”";
}
