namespace Sleuth.Bench.Corpus;

/// <summary>
/// Makes the near-copies real corpora are full of: the same story picked up by another outlet under
/// a new headline, with a couple of words edited. De-duplication should group them with the original.
/// </summary>
internal static class Syndication
{
    private static readonly HashSet<string> s_adjectives = new(WordLists.Adjectives, StringComparer.Ordinal);

    public static Article Copy(Article original, SeededRandom random)
    {
        var outlet = random.Pick(WordLists.Outlets);
        if (outlet == original.Outlet)
        {
            outlet = "Regional Press Wire";
        }
        var paragraphs = original.Paragraphs.ToArray();
        for (var edit = 0; edit < 2; edit++)
        {
            var index = random.Next(paragraphs.Length);
            paragraphs[index] = paragraphs[index] with { Text = SwapOneAdjective(paragraphs[index].Text, random) };
        }
        var composer = new ArticleComposer(random);
        return original with
        {
            Headline = composer.Headline(),
            Outlet = random.Chance(0.5) ? $"{outlet} (from {original.Outlet})" : outlet,
            Paragraphs = paragraphs,
        };
    }

    private static string SwapOneAdjective(string text, SeededRandom random)
    {
        var words = text.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (s_adjectives.Contains(words[i]))
            {
                var replacement = random.Pick(WordLists.Adjectives);
                words[i] = replacement == words[i] ? "other" : replacement;
                return string.Join(' ', words);
            }
        }
        return text;
    }
}
