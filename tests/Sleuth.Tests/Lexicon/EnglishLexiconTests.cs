using Sleuth.Lexicon;

namespace Sleuth.Tests.Lexicon;

/// <summary>Behaviour that must hold with and without WordNet; each case runs against both sources.</summary>
public sealed class EnglishLexiconTests
{
    private static readonly EnglishLexicon s_builtIn = new(wordNetDirectory: null);
    private static readonly Lazy<EnglishLexicon?> s_wordNet =
        new(() => WordNetFactAttribute.Directory is { } dir ? new EnglishLexicon(dir) : null);

    /// <summary>The built-in lexicon always, and the WordNet one when it is installed.</summary>
    private static IEnumerable<EnglishLexicon> Lexicons()
    {
        yield return s_builtIn;
        if (s_wordNet.Value is { } wordNet) yield return wordNet;
    }

    [Theory]
    [InlineData("pushed", "push")]
    [InlineData("pushing", "push")]
    [InlineData("pushes", "push")]
    [InlineData("died", "die")]
    [InlineData("dies", "die")]
    [InlineData("dying", "die")]
    [InlineData("fell", "fall")]
    [InlineData("wrote", "write")]
    [InlineData("written", "write")]
    [InlineData("killed", "kill")]
    [InlineData("accused", "accuse")]
    [InlineData("sisters", "sister")]
    [InlineData("women", "woman")]
    [InlineData("children", "child")]
    [InlineData("was", "be")]
    [InlineData("were", "be")]
    [InlineData("is", "be")]
    [InlineData("has", "have")]
    [InlineData("had", "have")]
    [InlineData("thought", "think")]
    [InlineData("married", "marry")]
    [InlineData("hoped", "hope")]
    [InlineData("hopped", "hop")]
    [InlineData("moved", "move")]
    [InlineData("walked", "walk")]
    [InlineData("stopped", "stop")]
    [InlineData("created", "create")]
    [InlineData("PUSHED", "push")]
    [InlineData("Killed", "kill")]
    [InlineData("Killing", "kill")]
    [InlineData("Accused", "accuse")]
    [InlineData("leaves", "leave")]
    [InlineData("Bette's", "bette")]
    [InlineData("sister’s", "sister")]
    public void Lemma_FoldsInflections(string word, string lemma)
    {
        foreach (var lexicon in Lexicons())
            Assert.Equal(lemma, lexicon.Lemma(word));
    }

    [Theory]
    [InlineData("Bette")]
    [InlineData("Cassie")]
    [InlineData("Paris")]
    [InlineData("Chicago")]
    [InlineData("news")]
    [InlineData("series")]
    [InlineData("boss")]
    [InlineData("this")]
    [InlineData("pusher")]
    [InlineData("killer")]
    [InlineData("better")]
    [InlineData("need")]
    [InlineData("seed")]
    [InlineData("evening")]
    [InlineData("Drew")]
    [InlineData("James")]
    [InlineData("2020")]
    [InlineData("well-known")]
    public void Lemma_LeavesNamesDerivationsAndOddWordsAlone(string word)
    {
        foreach (var lexicon in Lexicons())
            Assert.Equal(word.ToLowerInvariant(), lexicon.Lemma(word));
    }

    [Fact]
    public void Lemma_LowercaseIrregularFormStillFolds()
    {
        foreach (var lexicon in Lexicons())
            Assert.Equal("draw", lexicon.Lemma("drew"));
    }

    [Fact]
    public void Lemma_IsDeterministicAcrossCallsAndThreads()
    {
        var words = new[] { "pushed", "women", "Paris", "fell", "accused", "sisters", "dying" };
        foreach (var lexicon in Lexicons())
        {
            var expected = words.Select(lexicon.Lemma).ToArray();
            var results = new string[64][];
            Parallel.For(0, results.Length, i => results[i] = words.Select(lexicon.Lemma).ToArray());
            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }

    [Theory]
    [InlineData("fell", PartOfSpeech.Verb, "fall")]
    [InlineData("fell", PartOfSpeech.Noun, "fell")]
    [InlineData("women", PartOfSpeech.Noun, "woman")]
    [InlineData("sisters", PartOfSpeech.Noun, "sister")]
    [InlineData("pushed", PartOfSpeech.Verb, "push")]
    [InlineData("boxes", PartOfSpeech.Noun, "box")]
    [InlineData("bigger", PartOfSpeech.Adjective, "big")]
    [InlineData("quickly", PartOfSpeech.Adverb, "quickly")]
    public void LemmaWithPos_ReadsTheFormAsThatPartOfSpeech(string word, PartOfSpeech pos, string lemma)
    {
        foreach (var lexicon in Lexicons())
            Assert.Equal(lemma, lexicon.Lemma(word, pos));
    }

    [Theory]
    [InlineData("push", PartOfSpeech.Verb, "shove")]
    [InlineData("kill", PartOfSpeech.Verb, "murder")]
    [InlineData("kill", PartOfSpeech.Verb, "slay")]
    [InlineData("die", PartOfSpeech.Verb, "perish")]
    [InlineData("die", PartOfSpeech.Verb, "pass away")]
    [InlineData("attack", PartOfSpeech.Verb, "assault")]
    [InlineData("steal", PartOfSpeech.Verb, "rob")]
    [InlineData("write", PartOfSpeech.Verb, "author")]
    [InlineData("release", PartOfSpeech.Verb, "premiere")]
    [InlineData("release", PartOfSpeech.Verb, "debut")]
    [InlineData("marry", PartOfSpeech.Verb, "wed")]
    [InlineData("accuse", PartOfSpeech.Verb, "blame")]
    [InlineData("claim", PartOfSpeech.Verb, "allege")]
    [InlineData("murder", PartOfSpeech.Noun, "killing")]
    [InlineData("jealous", PartOfSpeech.Adjective, "envious")]
    public void Synonyms_CoverNewsVerbs(string lemma, PartOfSpeech pos, string synonym)
    {
        foreach (var lexicon in Lexicons())
        {
            var synonyms = lexicon.Synonyms(lemma, pos);
            Assert.Contains(synonym, synonyms);
            Assert.DoesNotContain(lemma, synonyms);
            Assert.Equal(synonyms.Count, synonyms.Distinct().Count());
        }
    }

    [Theory]
    [InlineData("push", "pusher")]
    [InlineData("kill", "killer")]
    [InlineData("write", "writer")]
    [InlineData("jealous", "jealousy")]
    [InlineData("murder", "murderer")]
    [InlineData("accuse", "accusation")]
    [InlineData("killer", "kill")]
    public void Derivations_FindRelatedForms(string lemma, string related)
    {
        foreach (var lexicon in Lexicons())
        {
            var derivations = lexicon.Derivations(lemma);
            Assert.Contains(related, derivations);
            Assert.DoesNotContain(lemma, derivations);
        }
    }

    [Fact]
    public void UnknownWords_GetEmptyListsNotErrors()
    {
        foreach (var lexicon in Lexicons())
        {
            Assert.Empty(lexicon.Synonyms("zqxw", PartOfSpeech.Verb));
            Assert.Empty(lexicon.Derivations("zqxw"));
            Assert.False(lexicon.Has("zqxw", PartOfSpeech.Noun));
        }
    }

    [Fact]
    public void Has_KnowsCommonWordsInBuiltInLists()
    {
        Assert.True(s_builtIn.Has("push", PartOfSpeech.Verb));
        Assert.True(s_builtIn.Has("write", PartOfSpeech.Verb));
        Assert.True(s_builtIn.Has("killer", PartOfSpeech.Noun));
        Assert.False(s_builtIn.UsesWordNet);
        Assert.Equal("built-in", s_builtIn.Source);
    }

    [Fact]
    public void Constructor_FallsBackWhenTheFolderHasNoWordNet()
    {
        var lexicon = new EnglishLexicon(Path.GetTempPath());
        Assert.False(lexicon.UsesWordNet);
        Assert.Equal("push", lexicon.Lemma("pushed"));
    }
}
