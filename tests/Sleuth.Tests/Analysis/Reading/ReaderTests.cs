using Sleuth.Analysis.Reading;
using Sleuth.Case;
using Sleuth.Tests.Answering;

namespace Sleuth.Tests.Analysis.Reading;

public sealed class ReaderTests
{
    private static Entity PersonNamed(CaseReading reading, string alias) =>
        reading.Entities.Entities.Single(e => e.Aliases.Contains(alias));

    [Fact]
    public void Read_MergesFirstNameAndTitleWithFullName()
    {
        using var c = CaseFixture.Of(
            "Marta Quell runs the bakery on Lime Street. Everyone in town knows Marta. Madam Ilse said the shop was busy.\n\nIlse Varga, the landlady, owns the building.");
        var reading = c.Read();
        Assert.Same(PersonNamed(reading, "Marta"), PersonNamed(reading, "Marta Quell"));
        Assert.Same(PersonNamed(reading, "Madam Ilse"), PersonNamed(reading, "Ilse Varga"));
        Assert.Equal("Marta Quell", PersonNamed(reading, "Marta").Name);
    }

    [Fact]
    public void Read_KeepsPeopleWhoShareASurnameApart()
    {
        using var c = CaseFixture.Of("Jonas Brill met his cousin Anke Brill at the market. Jonas Brill paid and Anke Brill left.");
        var reading = c.Read();
        Assert.NotSame(PersonNamed(reading, "Jonas Brill"), PersonNamed(reading, "Anke Brill"));
    }

    [Fact]
    public void Read_ResolvesABareSurnameToTheLastPersonOfThatName()
    {
        using var c = CaseFixture.Of("Anke Brill opened the gallery in May. Her brother Jonas Brill closed it a year later. Brill said he had no choice.");
        var reading = c.Read();
        var doc = reading.Documents.Single();
        var bare = doc.Mentions.Single(m => m.Text == "Brill");
        Assert.Equal(PersonNamed(reading, "Jonas Brill").Id, bare.EntityId);
    }

    [Fact]
    public void Read_MarksActorNamesInParenthesesAsAlternativeNames()
    {
        using var c = CaseFixture.Of("In the show, Rosa (Nell Harper) fights with her mother.");
        var reading = c.Read();
        var actor = reading.Documents.Single().Mentions.Single(m => m.Text == "Nell Harper");
        Assert.True(actor.Parenthetical);
    }

    [Fact]
    public void Read_DoesNotTakeSentenceStartWordsOrPlacesAsPeople()
    {
        using var c = CaseFixture.Of("Suddenly the lights went out in Dorrington. Tobias Renn said he was in Dorrington all night.\n\nHowever, Tobias was seen in Malby.");
        var reading = c.Read();
        Assert.DoesNotContain(reading.Entities.Entities, e => e.Name == "Suddenly" || e.Name == "However");
        Assert.Equal(EntityKind.Person, PersonNamed(reading, "Tobias Renn").Kind);
        Assert.NotEqual(EntityKind.Person, PersonNamed(reading, "Dorrington").Kind);
    }

    [Fact]
    public void Read_ResolvesPronounsByGenderAndNeverToTheirOwnSubject()
    {
        using var c = CaseFixture.Of("Marta Quell argued with Tobias Renn in the kitchen. She said he had taken the keys. Tobias shoved Marta, and then he pushed her again.");
        var reading = c.Read();
        var doc = reading.Documents.Single();
        var marta = PersonNamed(reading, "Marta Quell").Id;
        var tobias = PersonNamed(reading, "Tobias Renn").Id;
        var pronouns = doc.Mentions.Where(m => m.Kind == MentionKind.Pronoun).ToList();
        Assert.Equal(marta, pronouns.First(p => p.Text == "She").EntityId);
        Assert.Equal(tobias, pronouns.First(p => p.Text == "he").EntityId);
        Assert.Equal(marta, pronouns.Last(p => p.Text == "her").EntityId);
    }
}
