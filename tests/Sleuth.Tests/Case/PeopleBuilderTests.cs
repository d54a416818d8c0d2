namespace Sleuth.Tests.Case;

public sealed class PeopleBuilderTests
{
    [Fact]
    public void People_MergesAliasesAndKeepsServicesAndCitiesOut()
    {
        using var c = new SmallCase(("a.txt",
            "The new drama Lantern Hill premiered on Streamflix last week. Streamflix fans were quick to react.\n\n" +
            "Orla Quenby (Petra Vance) runs the bakery in Oslo. Orla Quenby says she trusted her brother Tomas Quenby.\n\n" +
            "Later, Orla told the inspector that Tomas had left Oslo before dawn. Dr. Wendell Crane examined the oven, and Crane said it had been tampered with."),
            ("b.txt", "Orla Quenby and Tomas Quenby argued at the market in Oslo. Tomas later apologised to his sister, and she forgave him."));
        var r = c.Service.People();
        var orla = CaseAssert.Person(r, "Orla Quenby");
        Assert.Contains("Orla", orla.Aliases);
        Assert.Contains("played by Petra Vance", orla.Descriptors);
        Assert.Equal(2, orla.MentionsPerDocument.Count);
        var tomas = CaseAssert.Person(r, "Tomas Quenby");
        Assert.Contains(tomas.Descriptors, d => d.Contains("brother"));
        CaseAssert.Person(r, "Wendell Crane");
        Assert.DoesNotContain(r.People, p => p.Name is "Streamflix" or "Oslo" or "Lantern Hill" or "Petra Vance");
        Assert.Contains(r.Places, p => p.Name == "Oslo");
        CaseAssert.QuotesMatch(c.Service, CaseAssert.AllEvidence(r));
    }

    [Fact]
    public void People_FoldsATitledSurnameIntoTheOnePersonWhoBearsIt()
    {
        using var c = new SmallCase(("a.txt",
            "Councillor Maeve Tolland opened the hearing on the flooded mill. Ms. Tolland said the council had been warned. " +
            "Gareth Penrose, the landlord, disagreed with her."));
        var r = c.Service.People();
        var maeve = CaseAssert.Person(r, "Maeve Tolland");
        Assert.Contains(maeve.Aliases, a => a.EndsWith("Tolland") && a != "Maeve Tolland");
        Assert.Single(r.People, p => p.Name.Contains("Tolland"));
        Assert.Contains("the landlord", CaseAssert.Person(r, "Gareth Penrose").Descriptors);
    }
}
