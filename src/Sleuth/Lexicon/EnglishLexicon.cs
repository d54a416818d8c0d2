using System.Collections.Concurrent;

namespace Sleuth.Lexicon;

/// <summary>
/// The lexicon the engine uses: WordNet 3.0 read from the system when installed, the built-in word
/// lists in <c>Lexicon/Data</c> otherwise (and as additions to WordNet). Immutable after loading and
/// thread-safe; use <see cref="Shared"/> so WordNet is loaded once per process.
/// </summary>
public sealed class EnglishLexicon : ILexicon
{
    /// <summary>Synonyms come from at most this many senses, most frequent first, so rare senses add no noise.</summary>
    private const int MaxSynonymSenses = 2;

    /// <summary>Distinct word forms whose lemma is remembered; news vocabularies rarely exceed this.</summary>
    private const int MaxCachedLemmas = 200_000;

    private static readonly string[] s_wordNetSearchPaths =
    [
        "/usr/share/wordnet",
        "/usr/share/wordnet/dict",
        "/usr/local/share/wordnet",
        "/usr/local/WordNet-3.0/dict",
        "/opt/homebrew/share/wordnet",
    ];

    private static readonly Lazy<EnglishLexicon> s_shared = new(() => new EnglishLexicon(FindWordNet()));

    private readonly WordNetDatabase? _wordNet;
    private readonly BuiltInLexicon _builtIn = BuiltInLexicon.Instance;
    private readonly ConcurrentDictionary<string, string> _lemmaCache = new(StringComparer.Ordinal);
    private int _lemmaCacheCount;

    /// <summary>
    /// Creates a lexicon over the WordNet database in <paramref name="wordNetDirectory"/> (the folder
    /// holding index.noun, data.noun, ...). Pass null, or a folder without WordNet, to use only the built-in lists.
    /// </summary>
    public EnglishLexicon(string? wordNetDirectory)
    {
        _wordNet = WordNetDatabase.TryOpen(wordNetDirectory);
    }

    /// <summary>The process-wide lexicon, over WordNet when <see cref="FindWordNet"/> finds it.</summary>
    public static EnglishLexicon Shared => s_shared.Value;

    /// <summary>Whether WordNet backs this instance (false means built-in lists only).</summary>
    public bool UsesWordNet => _wordNet is not null;

    /// <summary>
    /// Names the data behind the lemmas ("wordnet:/usr/share/wordnet" or "built-in"); an index built with
    /// one source should be queried with the same one, since lemmas can differ between them.
    /// </summary>
    public string Source => _wordNet is null ? "built-in" : "wordnet:" + _wordNet.Directory;

    /// <summary>
    /// The WordNet folder to use: <c>SLEUTH_WORDNET</c>, then <c>WNSEARCHDIR</c>, then <c>$WNHOME/dict</c>,
    /// then the usual install locations; null when none holds a WordNet database or when
    /// <c>SLEUTH_WORDNET=none</c> asks for the built-in lists only.
    /// </summary>
    public static string? FindWordNet()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("SLEUTH_WORDNET"), "none", StringComparison.OrdinalIgnoreCase))
            return null;
        var wnHome = Environment.GetEnvironmentVariable("WNHOME");
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("SLEUTH_WORDNET"),
            Environment.GetEnvironmentVariable("WNSEARCHDIR"),
            string.IsNullOrEmpty(wnHome) ? null : Path.Combine(wnHome, "dict"),
        }.Concat(s_wordNetSearchPaths);
        return candidates.FirstOrDefault(dir => WordNetDatabase.TryOpen(dir) is not null);
    }

    /// <summary>Loads every WordNet index now (otherwise each part of speech loads on first use).</summary>
    public void Preload() => _wordNet?.LoadAll();

    /// <summary>
    /// The canonical index lemma of a word form, the same whatever its part of speech. Order of
    /// preference: fixed overrides; capitalised name-like forms kept ("Drew"); irregular verb then
    /// noun forms ("fell" → "fall", "women" → "woman"); a known verb or a verb inflection of one
    /// ("pushed" → "push"); a known word of another class ("killer", "news"); a noun plural; and for
    /// words no list knows, spelling rules, except that capitalised unknown words (names) are kept.
    /// Comparatives are not folded ("better" stays). Possessive 's is removed; output is lowercase.
    /// </summary>
    public string Lemma(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (_lemmaCache.TryGetValue(word, out var cached)) return cached;
        var lemma = ComputeLemma(word);
        // Bounded so a huge vocabulary cannot grow the cache without limit; later forms are computed each time.
        if (_lemmaCacheCount < MaxCachedLemmas && _lemmaCache.TryAdd(word, lemma)) Interlocked.Increment(ref _lemmaCacheCount);
        return lemma;
    }

    /// <summary>The lemma of a word form read as <paramref name="pos"/>, WordNet morphy style; the form itself when nothing matches.</summary>
    public string Lemma(string word, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = Normalize(word);
        if (w.Length == 0) return w;
        if (TryException(w, pos, out var irregular)) return irregular;
        if (IsKnown(w, pos)) return w;
        foreach (var candidate in Inflection.Candidates(w, pos))
            if (IsKnown(candidate, pos)) return candidate;
        if (!IsPlainWord(w)) return w;
        return pos switch
        {
            PartOfSpeech.Verb => Inflection.GuessVerb(w),
            PartOfSpeech.Noun => Inflection.GuessNoun(w),
            PartOfSpeech.Adjective => Inflection.GuessAdjective(w),
            _ => w,
        };
    }

    /// <summary>
    /// Synonyms from WordNet's most frequent senses (the first one when the built-in list covers the
    /// lemma, else up to two; multi-word entries with spaces), followed by the built-in list's words.
    /// Never contains the lemma itself.
    /// </summary>
    public IReadOnlyList<string> Synonyms(string lemma, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var key = Normalize(lemma);
        var result = new List<string>();
        if (_wordNet is not null && _wordNet.TryGetEntry(key.Replace(' ', '_'), pos, out var entry))
        {
            // Where the built-in list covers the lemma it already names the news senses, so WordNet
            // adds only its first sense; otherwise the first few tagged senses.
            bool curated = _builtIn.Synonyms.TryGetValue(pos, out var curatedLists) && curatedLists.ContainsKey(key);
            int senses = Math.Min(entry.Offsets.Length, curated ? 1 : Math.Min(MaxSynonymSenses, Math.Max(1, entry.TaggedSenses)));
            for (int i = 0; i < senses; i++)
            {
                foreach (var raw in _wordNet.Synset(pos, entry.Offsets[i]).Words)
                {
                    var word = CleanWordNetWord(raw);
                    // Idioms of three or more words ("kick the bucket") do not help retrieval.
                    if (word.Count(c => c == ' ') < 2) AddDistinct(result, word, key);
                }
            }
        }
        if (_builtIn.Synonyms.TryGetValue(pos, out var lists) && lists.TryGetValue(key, out var builtIn))
            foreach (var word in builtIn) AddDistinct(result, word, key);
        return result;
    }

    /// <summary>
    /// Derivationally related words of any part of speech: WordNet's "+" pointers from every sense of
    /// the lemma ("push" → "pusher"), then the built-in families. Never contains the lemma itself.
    /// </summary>
    public IReadOnlyList<string> Derivations(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        var key = Normalize(lemma);
        var result = new List<string>();
        if (_wordNet is not null)
        {
            var wnKey = key.Replace(' ', '_');
            foreach (var pos in s_allPos)
            {
                if (!_wordNet.TryGetEntry(wnKey, pos, out var entry)) continue;
                foreach (var offset in entry.Offsets)
                {
                    var synset = _wordNet.Synset(pos, offset);
                    foreach (var pointer in synset.Pointers)
                    {
                        if (pointer.Symbol != "+" || pointer.SourceWord == 0 || pointer.SourceWord > synset.Words.Length) continue;
                        if (!CleanWordNetWord(synset.Words[pointer.SourceWord - 1]).Equals(key, StringComparison.Ordinal)) continue;
                        var target = _wordNet.Synset(pointer.Pos, pointer.Offset);
                        if (pointer.TargetWord >= 1 && pointer.TargetWord <= target.Words.Length)
                            AddDistinct(result, CleanWordNetWord(target.Words[pointer.TargetWord - 1]), key);
                    }
                }
            }
        }
        if (_builtIn.Derivations.TryGetValue(key, out var builtIn))
            foreach (var word in builtIn) AddDistinct(result, word, key);
        return result;
    }

    /// <summary>Whether WordNet's index (or, without WordNet, the built-in lists) holds the lemma as <paramref name="pos"/>.</summary>
    public bool Has(string lemma, PartOfSpeech pos)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        return IsKnown(Normalize(lemma), pos);
    }

    private static readonly PartOfSpeech[] s_allPos = [PartOfSpeech.Noun, PartOfSpeech.Verb, PartOfSpeech.Adjective, PartOfSpeech.Adverb];

    private string ComputeLemma(string word)
    {
        var w = Normalize(word);
        if (w.EndsWith("'s", StringComparison.Ordinal) && w.Length > 2) w = w[..^2];
        else if (w.Length > 2 && w[^1] == '\'' && w[^2] == 's') w = w[..^1];
        if (_builtIn.Overrides.TryGetValue(w, out var fixedLemma)) return fixedLemma;
        // Numbers, hyphenated and apostrophe words and very short words are index terms as they are.
        if (w.Length <= 2 || !IsPlainWord(w)) return w;

        bool titleCase = char.IsUpper(word[0]) && (word.Length == 1 || !char.IsUpper(word[1]));
        if (titleCase && _builtIn.NameGuards.Contains(w)) return w;
        // A capitalised word ending in s that the dictionary knows as it stands is a name, not a
        // plural or third person ("James" is not "jam" + "es"). Only -s: a headline's "Killing" must
        // still fold to "kill" like the body's "killing".
        if (titleCase && w[^1] == 's' && IsKnown(w, PartOfSpeech.Noun)) return w;

        if (TryException(w, PartOfSpeech.Verb, out var irregular)) return irregular;
        if (TryException(w, PartOfSpeech.Noun, out irregular)) return irregular;
        if (IsKnown(w, PartOfSpeech.Verb)) return w;
        foreach (var candidate in Inflection.Candidates(w, PartOfSpeech.Verb))
            if (IsKnown(candidate, PartOfSpeech.Verb)) return candidate;
        if (IsKnown(w, PartOfSpeech.Noun) || IsKnown(w, PartOfSpeech.Adjective) || IsKnown(w, PartOfSpeech.Adverb)) return w;
        foreach (var candidate in Inflection.Candidates(w, PartOfSpeech.Noun))
            if (IsKnown(candidate, PartOfSpeech.Noun)) return candidate;

        // Unknown everywhere: a capitalised unknown word is most likely a name ("Cassie", "Jones").
        return titleCase ? w : Inflection.GuessVerb(w);
    }

    private bool TryException(string w, PartOfSpeech pos, out string lemma)
    {
        // Built-in irregulars first: they are curated, and keep results stable with or without WordNet.
        var builtIn = pos switch
        {
            PartOfSpeech.Verb => _builtIn.IrregularVerbs,
            PartOfSpeech.Noun => _builtIn.IrregularNouns,
            _ => null,
        };
        if (builtIn is not null && builtIn.TryGetValue(w, out lemma!)) return true;
        if (_wordNet?.Exceptions(w, pos) is { } bases)
        {
            lemma = bases[0];
            // noun.exc lists a few forms as their own base ("is is"); those are not exceptions.
            if (lemma != w) return true;
        }
        lemma = w;
        return false;
    }

    private bool IsKnown(string lemma, PartOfSpeech pos) =>
        _builtIn.Has(lemma, pos) || (_wordNet is not null && _wordNet.Contains(lemma.Replace(' ', '_'), pos));

    /// <summary>Lowercase, curly apostrophes made straight, surrounding whitespace removed.</summary>
    private static string Normalize(string word)
    {
        var w = word.Trim();
        bool clean = true;
        foreach (var c in w)
        {
            if (c is (>= 'A' and <= 'Z') or '\u2019' or > '\u007f') { clean = false; break; }
        }
        return clean ? w : w.ToLowerInvariant().Replace('\u2019', '\'');
    }

    private static bool IsPlainWord(string w)
    {
        foreach (var c in w)
            if (c is < 'a' or > 'z') return false;
        return true;
    }

    /// <summary>WordNet words use underscores for spaces and mark some adjectives "(a)", "(p)", "(ip)".</summary>
    private static string CleanWordNetWord(string raw)
    {
        int paren = raw.IndexOf('(');
        var word = paren > 0 ? raw[..paren] : raw;
        return word.Replace('_', ' ').ToLowerInvariant();
    }

    private static void AddDistinct(List<string> list, string word, string exclude)
    {
        if (word.Length > 0 && word != exclude && !list.Contains(word)) list.Add(word);
    }
}
