namespace Sleuth.Lexicon;

/// <summary>Questions about words that several reading stages ask of any lexicon.</summary>
public static class LexiconExtensions
{
    /// <summary>Whether the word is a known noun, verb, adjective or adverb: an ordinary word rather than a name.</summary>
    public static bool IsKnownWord(this ILexicon lexicon, string lower) =>
        lexicon.Has(lower, PartOfSpeech.Noun) || lexicon.Has(lower, PartOfSpeech.Verb)
        || lexicon.Has(lower, PartOfSpeech.Adjective) || lexicon.Has(lower, PartOfSpeech.Adverb);
}
