using Sleuth.Analysis.Reading;
using Sleuth.Lexicon;

namespace Sleuth.Tests.Case;

public sealed class RoleFinderTests
{
    [Fact]
    public void Roles_AreReadFromAppositionsOnEitherSideOfTheName()
    {
        using var c = new SmallCase(("a.txt",
            "Police questioned the night guard, Tobias Renn, on Monday. Marek Saal, the museum's accountant, was not there. " +
            "In a strange twist, Dora Pell left town. When they met, Ilona Varga, the two talked."));
        var sentences = c.Read().Documents.Single().Sentences;
        var roles = sentences.SelectMany(s => RoleFinder.Find(s, EnglishLexicon.Shared)).ToList();
        Assert.Contains(roles, r => r.Person.Text == "Tobias Renn" && r.Noun == "guard" && r.Phrase == "the night guard");
        Assert.Contains(roles, r => r.Person.Text == "Marek Saal" && r.Noun == "accountant");
        Assert.DoesNotContain(roles, r => r.Person.Text is "Dora Pell" or "Ilona Varga");
    }

    [Fact]
    public void Relations_ResolveARoleOwner()
    {
        using var c = new SmallCase(
            ("a.txt", "Police questioned the night guard, Tobias Renn, who was released. A reporter said the guard's brother, Jonas Renn, sold the portrait."));
        var relations = c.Service.Relations();
        Assert.Contains(relations, r => r is { From: "Jonas Renn", Kind: "brother", To: "Tobias Renn" });
        Assert.Contains(c.Service.People().People.Single(p => p.Name == "Tobias Renn").Descriptors, d => d == "the night guard");
    }
}
