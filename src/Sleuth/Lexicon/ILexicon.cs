namespace Sleuth.Lexicon;

/// <summary>Word classes the lexicon distinguishes.</summary>
public enum PartOfSpeech { Noun, Verb, Adjective, Adverb }

/// <summary>
/// Lemmas, synonyms and derivations of English words. Backed by WordNet when it is installed and by
/// the built-in word lists otherwise, so the engine works on a bare machine.
/// </summary>
public interface ILexicon
{
    /// <summary>The index lemma of a word form: one canonical lemma regardless of part of speech ("pushed" → "push").</summary>
    string Lemma(string word);

    /// <summary>The lemma of a word form read as the given part of speech ("fell" as a verb → "fall").</summary>
    string Lemma(string word, PartOfSpeech pos);

    /// <summary>Words sharing a sense with the lemma, most common senses first ("push" → "shove").</summary>
    IReadOnlyList<string> Synonyms(string lemma, PartOfSpeech pos);

    /// <summary>Morphologically related lemmas of other parts of speech ("push" → "pusher", "kill" → "killer").</summary>
    IReadOnlyList<string> Derivations(string lemma);

    /// <summary>Whether the word is known to the lexicon as the given part of speech.</summary>
    bool Has(string lemma, PartOfSpeech pos);
}
