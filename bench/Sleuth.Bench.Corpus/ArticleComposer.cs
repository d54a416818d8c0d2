using System.Text;

namespace Sleuth.Bench.Corpus;

/// <summary>A person in one article, with what the text has already said about them.</summary>
internal sealed class CastMember
{
    public required string First { get; init; }
    public required string Last { get; init; }
    public required bool Female { get; init; }
    public required string Title { get; init; }
    public required string Role { get; init; }
    public required string Organisation { get; init; }
    public bool Introduced { get; set; }

    public string Full => First + " " + Last;
    public string Pronoun => Female ? "she" : "he";
    public string Possessive => Female ? "her" : "his";
}

/// <summary>
/// Writes one article from one seeded generator: a small cast, a few places and organisations, and
/// sentences in the shapes real reporting uses (attributions, quotes, passives, clefts, negations,
/// contrasts, dates, numbers, kinship), with people introduced in full and referred back to shortly.
/// </summary>
internal sealed class ArticleComposer
{
    private const double MedianWords = 450;
    private const double LengthSpread = 0.6;
    private const int MinWords = 150;
    private const int MaxWords = 1500;

    private readonly SeededRandom _random;
    private readonly List<CastMember> _cast = [];
    private readonly string _town;
    private readonly string _city;
    private readonly string[] _streets;
    private readonly string[] _organisations;
    private readonly int _month;
    private readonly int _day;
    private readonly int _year;
    private CastMember? _lastMentioned;

    public ArticleComposer(SeededRandom random)
    {
        _random = random;
        _town = random.Pick(WordLists.Towns);
        _city = random.Pick(WordLists.Cities);
        _streets = [Street(), Street(), Street()];
        // Public bodies take "the", companies do not; the article is kept with the name.
        _organisations = ["the " + _town + " " + random.Pick(WordLists.OrganisationKinds), random.Pick(WordLists.CompanyNames), "the " + _city + " " + random.Pick(WordLists.OrganisationKinds)];
        _month = random.Next(12);
        _day = random.Between(1, 28);
        _year = random.Between(2009, 2031);
        var castSize = random.Between(3, 7);
        for (var i = 0; i < castSize; i++)
        {
            _cast.Add(NewPerson());
        }
    }

    /// <summary>Composes the whole article; call once per composer.</summary>
    public Article Compose()
    {
        var targetWords = TargetWords();
        var paragraphs = new List<Paragraph>();
        var words = 0;
        var sinceHeading = 0;
        var usedHeadings = new HashSet<string>(StringComparer.Ordinal);
        while (words < targetWords)
        {
            var sentences = _random.Between(1, 5);
            var text = new StringBuilder(512);
            for (var i = 0; i < sentences && words < targetWords; i++)
            {
                var sentence = Sentence();
                words += CountWords(sentence);
                if (text.Length > 0)
                {
                    text.Append(' ');
                }
                text.Append(sentence);
            }
            string? heading = null;
            if (paragraphs.Count > 1 && sinceHeading >= 3 && _random.Chance(0.3))
            {
                heading = _random.Pick(WordLists.Subheadings);
                if (!usedHeadings.Add(heading))
                {
                    heading = null;
                }
                sinceHeading = 0;
            }
            sinceHeading++;
            IReadOnlyList<string>? bullets = null;
            if (paragraphs.Count > 2 && _random.Chance(0.04))
            {
                bullets = [Capitalize(Clause()), Capitalize(Clause()), Capitalize(Clause())];
                words += bullets.Sum(CountWords);
            }
            paragraphs.Add(new Paragraph(text.ToString(), heading, bullets));
        }

        var author = NewPerson();
        return new Article
        {
            Headline = Headline(),
            Outlet = _random.Pick(WordLists.Outlets),
            Author = author.Full,
            Dateline = WordLists.Months[_month] + " " + _day + ", " + _year,
            Paragraphs = paragraphs,
        };
    }

    /// <summary>A headline in one of the shapes news sites use.</summary>
    public string Headline()
    {
        var verb = _random.Pick(WordLists.Verbs);
        var noun = _random.Pick(WordLists.Nouns);
        return _random.Next(6) switch
        {
            0 => $"{Capitalize(_organisations[0])} {verb.Present} {_random.Pick(WordLists.Adjectives)} {noun}",
            1 => $"{Capitalize(_random.Pick(WordLists.Numbers))} {_random.Pick(WordLists.PluralNouns)} affected as {noun} hits {_streets[0]}",
            2 => $"Who {verb.Past} the {_town} {noun}?",
            3 => $"{_cast[0].Last} {verb.Present} {noun} plan in {_town}",
            4 => $"{_town} {noun}: what we know so far",
            _ => $"{Capitalize(_random.Pick(WordLists.Adjectives))} {noun} {verb.Participle} after {_random.Pick(WordLists.Nouns)} in {_town}",
        };
    }

    private int TargetWords()
    {
        var words = MedianWords * SeededRandom.PortableExp(LengthSpread * _random.NextGaussian());
        return (int)Math.Clamp(words, MinWords, MaxWords);
    }

    private string Sentence()
    {
        var a = PickCast();
        var b = PickCast(except: a);
        var verb = _random.Pick(WordLists.Verbs);
        var noun = _random.Pick(WordLists.Nouns);
        var adjective = _random.Pick(WordLists.Adjectives);
        var sentence = _random.Next(24) switch
        {
            < 4 => $"{Subject(a)} {verb.Past} the {adjective} {noun} {PlaceTail()}.",
            < 6 => $"The {adjective} {noun} was {verb.Participle} by {Mention(a, apposition: false)} {DateTail()}.",
            < 9 => $"\"{Capitalize(Clause())},\" {Mention(a, apposition: false)} {_random.Pick(WordLists.SayVerbs)}.",
            < 11 => $"According to {WithComma(Mention(a, apposition: true))} {Clause()}.",
            < 13 => $"{Subject(a)} said that {Clause()}.",
            13 => $"{Subject(a)} did not {verb.Base} the {noun}, and {a.Pronoun} denied that {Clause()}.",
            14 => $"{_random.Pick(WordLists.LaterPhrases)}, {Clause()}.",
            15 => $"On {Date()}, {Subject(a)} {verb.Past} the {adjective} {noun}.",
            16 => $"{Mention(a, apposition: false)}, who {verb.Past} the {noun} in {_year - _random.Between(1, 12)}, {_random.Pick(WordLists.Verbs).Past} the {adjective} {_random.Pick(WordLists.Nouns)} at {_random.Pick(_organisations)}.",
            17 => $"It was {Mention(a, apposition: false)} who {verb.Past} the {noun}, not {Mention(b, apposition: false)}.",
            18 => $"{Subject(a)} claims {Mention(b, apposition: false)} {verb.Past} the {noun}, but {b.Pronoun} has denied it.",
            19 => $"{Capitalize(_random.Pick(WordLists.Numbers))} {_random.Pick(WordLists.PluralNouns)} were {_random.Pick(WordLists.PeopleParticiples)} on {_random.Pick(_streets)} {_random.Pick(WordLists.Reasons)}.",
            20 => Kinship(a, verb, adjective, noun),
            21 => $"Despite {Mention(a, apposition: false)}'s claims, it was {Mention(b, apposition: false)} who {verb.Past} the {noun}.",
            22 => $"The {noun} is on {_random.Pick(_streets)} in {_town}, {_random.Pick(WordLists.Numbers)} miles from {_city}.",
            _ => $"{Subject(a)} {verb.Past} the {noun} {_random.Pick(WordLists.Reasons)}, and {_random.Pick(_organisations)} {_random.Pick(WordLists.Verbs).Past} the {adjective} {_random.Pick(WordLists.Nouns)} {DateTail()}.",
        };
        return Capitalize(sentence);
    }

    private string Kinship(CastMember person, Verb verb, string adjective, string noun)
    {
        var relative = NewCastMember();
        var kin = _random.Pick(relative.Female ? WordLists.KinshipFemale : WordLists.KinshipMale);
        return $"{Mention(person, apposition: false)}'s {kin}, {Mention(relative, apposition: false)}, {verb.Past} the {adjective} {noun} {DateTail()}.";
    }

    /// <summary>A clause with no final stop, usable inside quotes and after "said that".</summary>
    private string Clause()
    {
        var verb = _random.Pick(WordLists.Verbs);
        var noun = _random.Pick(WordLists.Nouns);
        var subject = _random.Next(3) switch
        {
            0 => Mention(PickCast(), apposition: false),
            1 => _random.Pick(_organisations),
            _ => "the " + _random.Pick(WordLists.PluralNouns),
        };
        return _random.Next(4) switch
        {
            0 => $"{subject} {verb.Past} the {_random.Pick(WordLists.Adjectives)} {noun} {_random.Pick(WordLists.Reasons)}",
            1 => $"the {noun} had been {verb.Participle} {DateTail()}",
            2 => $"{subject} would {verb.Base} the {noun} by {WordLists.Months[_random.Next(12)]}",
            _ => $"{subject} {verb.Past} the {noun} {PlaceTail()}",
        };
    }

    private string Subject(CastMember person) =>
        ReferenceEquals(person, _lastMentioned) && person.Introduced && _random.Chance(0.4)
            ? person.Pronoun
            : Mention(person, apposition: true);

    /// <summary>Names a person: in full with an apposition the first time, then by title, first name, surname or role.</summary>
    private string Mention(CastMember person, bool apposition)
    {
        _lastMentioned = person;
        if (!person.Introduced)
        {
            person.Introduced = true;
            return apposition && _random.Chance(0.7)
                ? $"{person.Full}, the {person.Role} at {person.Organisation},"
                : person.Full;
        }
        return _random.Next(10) switch
        {
            < 4 => person.Title + " " + person.Last,
            < 6 => person.First,
            < 8 => person.Last,
            _ => "the " + person.Role,
        };
    }

    private CastMember PickCast(CastMember? except = null)
    {
        while (true)
        {
            var person = _random.Pick(_cast);
            if (!ReferenceEquals(person, except))
            {
                return person;
            }
        }
    }

    private CastMember NewCastMember()
    {
        var person = NewPerson();
        _cast.Add(person);
        return person;
    }

    private CastMember NewPerson()
    {
        var female = _random.Chance(0.5);
        var roll = _random.Next(10);
        var title = roll switch
        {
            0 => "Dr.",
            1 => "Councillor",
            2 => "Inspector",
            _ => female ? "Ms." : "Mr.",
        };
        return new CastMember
        {
            First = _random.Pick(female ? WordLists.FirstNamesFemale : WordLists.FirstNamesMale),
            Last = _random.Pick(WordLists.LastNames),
            Female = female,
            Title = title,
            Role = _random.Pick(WordLists.Roles),
            Organisation = _organisations[_random.Next(_organisations.Length)],
        };
    }

    private string Street() => _random.Pick(WordLists.StreetNames) + " " + _random.Pick(WordLists.StreetKinds);

    private string PlaceTail() => _random.Next(4) switch
    {
        0 => "in " + _town,
        1 => "on " + _random.Pick(_streets),
        2 => $"at {_random.Pick(_organisations)} in {_city}",
        _ => DateTail(),
    };

    private string DateTail() => _random.Next(4) switch
    {
        0 => "on " + Date(),
        1 => "on " + _random.Pick(WordLists.Weekdays),
        2 => "last week",
        _ => "in " + WordLists.Months[_random.Next(12)],
    };

    /// <summary>A date in full ("March 3") or abbreviated ("Mar. 3"), as outlets mix them.</summary>
    private string Date()
    {
        var month = _random.Chance(0.7) ? _month : _random.Next(12);
        var day = month == _month ? Math.Min(28, _day + _random.Next(4)) : _random.Between(1, 28);
        var name = _random.Chance(0.7) ? WordLists.Months[month] : WordLists.MonthAbbreviations[month];
        return name + " " + day;
    }

    private static string WithComma(string mention) => mention.EndsWith(',') ? mention : mention + ",";

    private static string Capitalize(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = c == ' ';
            if (!isSpace && !inWord)
            {
                count++;
            }
            inWord = !isSpace;
        }
        return count;
    }
}
