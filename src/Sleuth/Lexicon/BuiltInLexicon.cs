using System.Collections.Frozen;

namespace Sleuth.Lexicon;

/// <summary>
/// The word lists shipped inside the assembly: overrides, irregular forms, known base words,
/// synonyms and derivations. Used alone when WordNet is absent and alongside it otherwise.
/// </summary>
internal sealed class BuiltInLexicon
{
    private static readonly Lazy<BuiltInLexicon> s_instance = new(() => new BuiltInLexicon());

    /// <summary>The one loaded copy; the data is immutable once built.</summary>
    public static BuiltInLexicon Instance => s_instance.Value;

    /// <summary>Fixed canonical lemmas that win over every rule ("was" → "be", "news" → "news").</summary>
    public FrozenDictionary<string, string> Overrides { get; }

    /// <summary>Lowercased forms that are left alone when written capitalised, because they are usually names.</summary>
    public FrozenSet<string> NameGuards { get; }

    /// <summary>Irregular verb forms to their base ("wrote" → "write").</summary>
    public FrozenDictionary<string, string> IrregularVerbs { get; }

    /// <summary>Irregular noun plurals to their singular ("women" → "woman").</summary>
    public FrozenDictionary<string, string> IrregularNouns { get; }

    /// <summary>Known base verbs: irregular bases, synonym-list verbs and base-words.txt.</summary>
    public FrozenSet<string> Verbs { get; }

    /// <summary>Known base nouns: irregular singulars, synonym-list nouns and base-words.txt.</summary>
    public FrozenSet<string> Nouns { get; }

    /// <summary>Known adjectives: those in the synonym lists.</summary>
    public FrozenSet<string> Adjectives { get; }

    /// <summary>Synonym lists per part of speech, keyed by lemma, in file order.</summary>
    public FrozenDictionary<PartOfSpeech, FrozenDictionary<string, string[]>> Synonyms { get; }

    /// <summary>Derivationally related words keyed by lemma (symmetric).</summary>
    public FrozenDictionary<string, string[]> Derivations { get; }

    private BuiltInLexicon()
    {
        Overrides = LexiconData.ReadLines("lemma-overrides.txt")
            .Select(LexiconData.Fields)
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First()[1], StringComparer.Ordinal);
        NameGuards = LexiconData.ReadLines("name-guards.txt").ToFrozenSet(StringComparer.Ordinal);

        var verbs = new HashSet<string>(StringComparer.Ordinal);
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        var adjectives = new HashSet<string>(StringComparer.Ordinal);

        IrregularVerbs = ReadIrregular("irregular-verbs.txt", verbs);
        IrregularNouns = ReadIrregular("irregular-nouns.txt", nouns);

        foreach (var line in LexiconData.ReadLines("base-words.txt"))
        {
            // Base words carry no part of speech; most are verbs or nouns, so they count as both.
            foreach (var word in LexiconData.Fields(line)) { verbs.Add(word); nouns.Add(word); }
        }

        var synonyms = new Dictionary<PartOfSpeech, Dictionary<string, List<string>>>();
        foreach (var line in LexiconData.ReadLines("synonyms.txt"))
        {
            int colon = line.IndexOf(':');
            var pos = line[..colon].Trim() switch
            {
                "v" => PartOfSpeech.Verb,
                "n" => PartOfSpeech.Noun,
                "a" => PartOfSpeech.Adjective,
                "r" => PartOfSpeech.Adverb,
                var p => throw new InvalidOperationException($"synonyms.txt: unknown part of speech '{p}'."),
            };
            var words = line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.Ordinal).ToArray();
            if (!synonyms.TryGetValue(pos, out var byWord)) synonyms[pos] = byWord = new(StringComparer.Ordinal);
            foreach (var word in words)
            {
                if (!byWord.TryGetValue(word, out var list)) byWord[word] = list = [];
                foreach (var other in words)
                    if (other != word && !list.Contains(other)) list.Add(other);
                if (!word.Contains(' '))
                    (pos switch { PartOfSpeech.Verb => verbs, PartOfSpeech.Noun => nouns, _ => adjectives }).Add(word);
            }
        }
        Synonyms = synonyms.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenDictionary(w => w.Key, w => w.Value.ToArray(), StringComparer.Ordinal));

        var derivations = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in LexiconData.ReadLines("derivations.txt"))
        {
            int colon = line.IndexOf(':');
            var family = new[] { line[..colon].Trim() }
                .Concat(line[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.Ordinal).ToArray();
            foreach (var word in family)
            {
                if (!derivations.TryGetValue(word, out var list)) derivations[word] = list = [];
                foreach (var other in family)
                    if (other != word && !list.Contains(other)) list.Add(other);
            }
        }
        Derivations = derivations.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);

        Verbs = verbs.ToFrozenSet(StringComparer.Ordinal);
        Nouns = nouns.ToFrozenSet(StringComparer.Ordinal);
        Adjectives = adjectives.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether the built-in lists know the word as the given part of speech.</summary>
    public bool Has(string lemma, PartOfSpeech pos) => pos switch
    {
        PartOfSpeech.Verb => Verbs.Contains(lemma),
        PartOfSpeech.Noun => Nouns.Contains(lemma),
        PartOfSpeech.Adjective => Adjectives.Contains(lemma),
        _ => false,
    };

    private static FrozenDictionary<string, string> ReadIrregular(string fileName, HashSet<string> bases)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in LexiconData.ReadLines(fileName))
        {
            var fields = LexiconData.Fields(line);
            bases.Add(fields[0]);
            // First listing wins, so a form shared by two verbs ("lay") keeps the earlier base.
            foreach (var form in fields.Skip(1)) map.TryAdd(form, fields[0]);
        }
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
