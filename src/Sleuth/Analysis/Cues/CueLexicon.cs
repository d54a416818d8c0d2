using System.Reflection;

namespace Sleuth.Analysis.Cues;

/// <summary>A relation or role noun with its category and the gender it implies.</summary>
public sealed record RelationNoun(string Word, string Category, char Gender);

/// <summary>A way to say a verb phrase: the verb's lemma and words that must follow it ("set" + "fire").</summary>
public sealed record PhraseForm(string Verb, IReadOnlyList<string> Following);

/// <summary>
/// The reader's word lists (determiners, attribution verbs, negations, kinship words, motives...), read once
/// from the embedded cues.txt so that every cue lives in one data file.
/// </summary>
public sealed class CueLexicon
{
    private static readonly Lazy<CueLexicon> s_shared = new(Load);
    private readonly Dictionary<string, HashSet<string>> _sets;
    private readonly List<List<PhraseForm>> _paraphrases;

    private CueLexicon(Dictionary<string, HashSet<string>> sets, Dictionary<string, RelationNoun> relations,
        Dictionary<string, string> motives, ILookup<string, string> opposites, List<List<PhraseForm>> paraphrases)
    {
        _paraphrases = paraphrases;
        _sets = sets;
        Relations = relations;
        Motives = motives;
        Opposites = opposites;
    }

    /// <summary>The lists shipped with Sleuth.</summary>
    public static CueLexicon Shared => s_shared.Value;

    public IReadOnlyDictionary<string, RelationNoun> Relations { get; }

    /// <summary>Relation noun → the nouns for the other side ("boyfriend" → "girlfriend", "partner", ...).</summary>
    public IReadOnlyDictionary<string, string[]> Inverses { get; private init; } = new Dictionary<string, string[]>();

    /// <summary>"verb" or "verb object" → nouns naming the act ("start fire" → "arson").</summary>
    public IReadOnlyDictionary<string, string[]> EventNouns { get; private init; } = new Dictionary<string, string[]>();

    /// <summary>Question word → relation nouns it asks about ("affair" → "lover", "boyfriend", ...).</summary>
    public IReadOnlyDictionary<string, string[]> RelationPhrases { get; private init; } = new Dictionary<string, string[]>();

    /// <summary>Verb lemma → nouns for its doer ("steal" → "thief", "robber").</summary>
    public IReadOnlyDictionary<string, string[]> Doers { get; private init; } = new Dictionary<string, string[]>();

    /// <summary>Motive word → motive group ("jealous" → "jealousy").</summary>
    public IReadOnlyDictionary<string, string> Motives { get; }

    /// <summary>Predicate → predicates whose assertion answers "no" to it ("die" → "survive").</summary>
    public ILookup<string, string> Opposites { get; }

    /// <summary>
    /// Other ways to say a verb with its object: for "start" + "fire", "set fire", "light fire", "ignite"...
    /// A group applies when its first entry is the verb alone, or the verb with that object.
    /// </summary>
    public IReadOnlyList<PhraseForm> Paraphrases(string verb, string? objectHead)
    {
        var result = new List<PhraseForm>();
        foreach (var group in _paraphrases)
        {
            var key = group[0];
            if (key.Verb != verb) continue;
            if (key.Following.Count > 0 && (objectHead == null || !key.Following.Contains(objectHead))) continue;
            result.AddRange(group.Skip(1));
        }
        return result;
    }

    /// <summary>Whether a lowercase word is in the named section.</summary>
    public bool Is(string section, string word) => _sets.TryGetValue(section, out var set) && set.Contains(word);

    /// <summary>All entries of a section.</summary>
    public IReadOnlyCollection<string> Section(string section) =>
        _sets.TryGetValue(section, out var set) ? set : (IReadOnlyCollection<string>)Array.Empty<string>();

    private static CueLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Sleuth.Cues.cues.txt")
            ?? throw new InvalidOperationException("embedded cue list Sleuth.Cues.cues.txt is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    /// <summary>Parses the cue file format: [section] headers, words separated by white space, # comments.</summary>
    public static CueLexicon Parse(string text)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var relations = new Dictionary<string, RelationNoun>(StringComparer.Ordinal);
        var motives = new Dictionary<string, string>(StringComparer.Ordinal);
        var opposites = new List<(string, string)>();
        var paraphrases = new List<List<PhraseForm>>();
        var inverses = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var doers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var eventNouns = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var relationPhrases = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string section = "";
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                if (!sets.ContainsKey(section)) sets[section] = new HashSet<string>(StringComparer.Ordinal);
                continue;
            }
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (section)
            {
                case "relation":
                    var word = string.Join(' ', parts[..^2]);
                    relations[word] = new RelationNoun(word, parts[^2], parts[^1][0]);
                    sets[section].Add(word);
                    break;
                case "motive":
                    motives[parts[0]] = parts[1];
                    sets[section].Add(parts[0]);
                    break;
                case "paraphrase":
                    paraphrases.Add(line.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(w => new PhraseForm(w[0], w[1..])).ToList());
                    break;
                case "doer.noun":
                    doers[parts[0]] = parts[1..];
                    break;
                case "relation.phrase":
                    relationPhrases[parts[0]] = parts[1..];
                    break;
                case "event.noun":
                    var sides = line.Split('|', StringSplitOptions.TrimEntries);
                    eventNouns[sides[0]] = sides[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "inverse":
                    inverses[parts[0]] = parts[1..];
                    break;
                case "opposite":
                    opposites.Add((parts[0], parts[1]));
                    break;
                default:
                    foreach (var p in parts) sets[section].Add(p);
                    break;
            }
        }
        return new CueLexicon(sets, relations, motives, opposites.ToLookup(p => p.Item1, p => p.Item2), paraphrases) { Inverses = inverses, Doers = doers, EventNouns = eventNouns, RelationPhrases = relationPhrases };
    }
}
