namespace Sleuth.Tests.Case;

public sealed class RelationBuilderTests
{
    [Fact]
    public void Relations_MergeAcrossSourcesWithCategoryAndQuotes()
    {
        using var c = new SmallCase(
            ("a.txt", "Ines Marlow, Hugo Marlow's sister, was at the harbour that night. Hugo Marlow's girlfriend, Clara Voss, stayed home."),
            ("b.txt", "Everyone in town knows that Ines Marlow is Hugo Marlow's sister. The coach, Pavel Dunne, was not there."),
            ("c.txt", "Is Clara Voss the wife of Hugo Marlow? Nobody knows."));
        var relations = c.Service.Relations();
        var sister = Assert.Single(relations, r => r.From == "Ines Marlow" && r.Kind == "sister" && r.To == "Hugo Marlow");
        Assert.Equal("kinship", sister.Category);
        Assert.Equal(2, sister.Sources);
        var girlfriend = Assert.Single(relations, r => r.From == "Clara Voss" && r.Kind == "girlfriend");
        Assert.Equal("romance", girlfriend.Category);
        Assert.DoesNotContain(relations, r => r.Kind == "wife");
        CaseAssert.QuotesMatch(c.Service, relations.SelectMany(r => r.Evidence));
        Assert.All(c.Service.Relations("Clara Voss"), r => Assert.True(r.From == "Clara Voss" || r.To == "Clara Voss"));
    }
}
