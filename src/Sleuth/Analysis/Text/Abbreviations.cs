using System.Collections.Frozen;
using Sleuth.Lexicon;

namespace Sleuth.Analysis.Text;

/// <summary>How an abbreviation's period relates to sentence ends (see Lexicon/Data/abbreviations.txt).</summary>
internal enum AbbreviationClass
{
    /// <summary>Not an abbreviation.</summary>
    None,
    /// <summary>A capitalised title before a name (Dr., Mrs.); never ends a sentence.</summary>
    Title,
    /// <summary>Before a number (No. 5); otherwise an ordinary period.</summary>
    Number,
    /// <summary>A capitalised month (Dec. 14); before a number never ends a sentence.</summary>
    Month,
    /// <summary>Inside a phrase (vs., e.g.); never ends a sentence.</summary>
    Inline,
    /// <summary>May end a sentence (Inc., U.S., etc.); does so only before a sentence-opening word.</summary>
    Ambiguous,
    /// <summary>A single capital letter (J. K. Rowling); never ends a sentence.</summary>
    Initial,
}

/// <summary>
/// The abbreviation and sentence-opener lists shared by the tokenizer and the sentence splitter,
/// loaded once from the embedded data files so both agree on which periods belong to words.
/// </summary>
internal sealed class Abbreviations
{
    private static readonly Lazy<Abbreviations> s_instance = new(() => new Abbreviations());

    private readonly FrozenDictionary<string, AbbreviationClass>.AlternateLookup<ReadOnlySpan<char>> _classes;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    private Abbreviations()
    {
        _classes = LexiconData.ReadLines("abbreviations.txt")
            .Select(LexiconData.Fields)
            .ToFrozenDictionary(
                f => f[0],
                f => f[1] switch
                {
                    "title" => AbbreviationClass.Title,
                    "number" => AbbreviationClass.Number,
                    "month" => AbbreviationClass.Month,
                    "inline" => AbbreviationClass.Inline,
                    "ambiguous" => AbbreviationClass.Ambiguous,
                    var c => throw new InvalidOperationException($"abbreviations.txt: unknown class '{c}'."),
                },
                StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = LexiconData.ReadLines("sentence-starters.txt")
            .SelectMany(LexiconData.Fields)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The one loaded copy.</summary>
    public static Abbreviations Instance => s_instance.Value;

    /// <summary>
    /// Classifies the word written just before a period (without the period): listed abbreviations,
    /// dotted acronyms ("U.S", "Ph.D") and single capital initials. Titles and months count only capitalised.
    /// </summary>
    public AbbreviationClass Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return AbbreviationClass.None;
        if (_classes.TryGetValue(word, out var cls))
        {
            if (cls is AbbreviationClass.Title or AbbreviationClass.Month && !char.IsUpper(word[0])) return AbbreviationClass.None;
            return cls;
        }
        if (word.Length == 1 && char.IsUpper(word[0])) return AbbreviationClass.Initial;
        return IsDottedAcronym(word) ? AbbreviationClass.Ambiguous : AbbreviationClass.None;
    }

    /// <summary>Whether a capitalised word usually opens a sentence ("The", "He", "Police").</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) =>
        word.Length > 0 && char.IsUpper(word[0]) && _starters.Contains(word);

    /// <summary>Letter groups of one or two letters joined by periods, at least one a single letter ("U.S", "e.g", "Ph.D").</summary>
    public static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        int groups = 0, run = 0;
        bool single = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c)) { if (++run > 2) return false; continue; }
            if (c != '.' || run == 0) return false;
            groups++;
            single |= run == 1;
            run = 0;
        }
        if (run == 0) return false;
        single |= run == 1;
        return groups >= 1 && single;
    }
}
