using System.Diagnostics;
using Sleuth.Lexicon;

namespace Sleuth.Tests.Lexicon;

/// <summary>Behaviour only WordNet provides; skipped with a reason where WordNet is not installed.</summary>
public sealed class WordNetLexiconTests
{
    private static EnglishLexicon WordNet() => new(WordNetFactAttribute.Directory!);

    [WordNetFact]
    public void WordNet_IsUsedWhenInstalled()
    {
        var lexicon = WordNet();
        Assert.True(lexicon.UsesWordNet);
        Assert.StartsWith("wordnet:", lexicon.Source);
    }

    [WordNetFact]
    public void Has_ReadsTheWordNetIndex()
    {
        var lexicon = WordNet();
        Assert.True(lexicon.Has("pusher", PartOfSpeech.Noun));
        Assert.True(lexicon.Has("perish", PartOfSpeech.Verb));
        Assert.True(lexicon.Has("pass away", PartOfSpeech.Verb));
        Assert.False(lexicon.Has("pusher", PartOfSpeech.Verb));
    }

    [WordNetFact]
    public void Synonyms_ComeFromTheMostFrequentSensesFirst()
    {
        var synonyms = WordNet().Synonyms("die", PartOfSpeech.Verb);
        // "decease" shares WordNet's first sense of "die"; the built-in list's words follow.
        Assert.Equal("decease", synonyms[0]);
        Assert.DoesNotContain(synonyms, s => s.Count(c => c == ' ') >= 2);
    }

    [WordNetFact]
    public void Derivations_FollowWordNetPointers()
    {
        var lexicon = WordNet();
        // Neither is in the built-in families, so both come from WordNet's "+" pointers.
        Assert.Contains("pushy", lexicon.Derivations("push"));
        Assert.Contains("accuser", lexicon.Derivations("accuse"));
        Assert.Contains("accusal", lexicon.Derivations("accuse"));
    }

    [WordNetFact]
    public void Lemma_UsesWordNetForWordsOutsideTheBuiltInLists()
    {
        var lexicon = WordNet();
        // Spelling rules alone guess "interfer" and "rever"; WordNet's index knows the bases.
        Assert.NotEqual("interfere", new EnglishLexicon(wordNetDirectory: null).Lemma("interfered"));
        Assert.Equal("interfere", lexicon.Lemma("interfered"));
        Assert.Equal("revere", lexicon.Lemma("revered"));
        Assert.Equal("james", lexicon.Lemma("James"));
    }

    [WordNetFact]
    public void FirstUse_FromManyThreadsAtOnce_LoadsOnceAndAgrees()
    {
        var lexicon = WordNet();
        var results = new string[32];
        Parallel.For(0, results.Length, i =>
            results[i] = string.Join(",", lexicon.Lemma("fell"), lexicon.Lemma("sisters"),
                string.Join("/", lexicon.Synonyms("push", PartOfSpeech.Verb)), string.Join("/", lexicon.Derivations("kill"))));
        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.StartsWith("fall,sister,", results[0]);
    }

    [WordNetFact]
    public void Synonyms_OfUncuratedLemmasComeFromWordNet()
    {
        // "stroll" has no built-in list, so its synonyms ("saunter") can only come from WordNet.
        var synonyms = WordNet().Synonyms("stroll", PartOfSpeech.Verb);
        Assert.Contains("saunter", synonyms);
        Assert.Empty(new EnglishLexicon(wordNetDirectory: null).Synonyms("stroll", PartOfSpeech.Verb));
    }

    [WordNetFact]
    public void Load_IsFast()
    {
        var watch = Stopwatch.StartNew();
        var lexicon = WordNet();
        lexicon.Preload();
        watch.Stop();
        // About 0.15 s on the reference machine; the bound only catches pathological regressions.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"WordNet took {watch.Elapsed.TotalMilliseconds:F0} ms to load");
    }
}
