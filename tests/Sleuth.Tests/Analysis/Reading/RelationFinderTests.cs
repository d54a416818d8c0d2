using Sleuth.Analysis.Reading;
using Sleuth.Tests.Answering;

namespace Sleuth.Tests.Analysis.Reading;

public sealed class RelationFinderTests
{
    private static IReadOnlyList<RelationFact> Facts(string text)
    {
        using var c = CaseFixture.Of(text);
        return RelationFinder.Find(c.Read().Documents.Single());
    }

    [Theory]
    [InlineData("Jonas Brill arrived late. Jonas's older sister Anke Brill waited outside.")]
    [InlineData("Anke Brill, Jonas Brill's sister, waited outside.")]
    [InlineData("Anke Brill is Jonas Brill's sister.")]
    public void Find_ReadsKinshipInAppositionsAndCopulas(string text)
    {
        var facts = Facts(text);
        Assert.Contains(facts, f => f.PersonId == "Anke Brill" && f.Noun == "sister" && f.AnchorId == "Jonas Brill");
    }

    [Fact]
    public void Find_ReadsARelationThroughAPossessivePronoun()
    {
        var facts = Facts("Noor Adler was seen at the harbour. Her boyfriend, Tobias Renn, was not.");
        Assert.Contains(facts, f => f.PersonId == "Tobias Renn" && f.Noun == "boyfriend" && f.AnchorId == "Noor Adler");
    }

    [Fact]
    public void Find_ReadsARoleWithoutAnAnchorAsADescriptor()
    {
        var facts = Facts("Pieter Vos, the choreographer, left the company in June.");
        Assert.Contains(facts, f => f.PersonId == "Pieter Vos" && f.Noun == "choreographer" && f.AnchorId == null);
    }
}
