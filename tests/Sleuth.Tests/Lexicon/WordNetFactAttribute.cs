using Sleuth.Lexicon;

namespace Sleuth.Tests.Lexicon;

/// <summary>A fact that runs only where WordNet is installed and is reported as skipped, with the reason, elsewhere.</summary>
public sealed class WordNetFactAttribute : FactAttribute
{
    /// <summary>The WordNet folder found on this machine, or null.</summary>
    public static string? Directory { get; } = EnglishLexicon.FindWordNet();

    public WordNetFactAttribute()
    {
        if (Directory is null)
            Skip = "WordNet is not installed (install wordnet-base or set SLEUTH_WORDNET); built-in fallback tests still run.";
    }
}
