using System.Text;
using Sleuth.Analysis;

namespace Sleuth.Bench;

/// <summary>
/// Deterministic news-like text for benchmarks: the same seed and size always give the same text.
/// Sentences mix names, titles, abbreviations, numbers, quotes and possessives so every scanner path runs.
/// </summary>
public static class BenchText
{
    private static readonly string[] s_names = ["Bette", "Cassie", "Hale", "Marlow", "Okafor", "Lindqvist", "Reyes", "Tanaka"];
    private static readonly string[] s_titles = ["Dr.", "Mrs.", "Mr.", "Ms.", "Sen.", "Det."];
    private static readonly string[] s_verbs = ["pushed", "accused", "visited", "called", "warned", "sued", "married", "followed"];
    private static readonly string[] s_objects = ["her sister", "the producer", "a neighbour", "the studio", "his lawyer", "the board"];
    private static readonly string[] s_places = ["in Chicago", "at the U.S. Embassy", "on Dec. 14", "near St. Louis", "in 2019", "after 10 p.m."];

    /// <summary>About <paramref name="chars"/> characters of text, in paragraphs separated by blank lines.</summary>
    public static string Generate(int chars, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(chars + 200);
        while (text.Length < chars)
        {
            int sentences = random.Next(2, 7);
            for (int s = 0; s < sentences; s++)
            {
                if (s > 0) text.Append(' ');
                AppendSentence(text, random);
            }
            text.Append("\n\n");
        }
        return text.ToString();
    }

    /// <summary>One body segment per paragraph of <paramref name="text"/>.</summary>
    public static IReadOnlyList<Segment> Paragraphs(string text)
    {
        var segments = new List<Segment>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            if (end > start) segments.Add(new Segment(start, end, SegmentKind.Body));
            start = end + 2;
        }
        return segments;
    }

    private static void AppendSentence(StringBuilder text, Random random)
    {
        string Pick(string[] items) => items[random.Next(items.Length)];
        switch (random.Next(5))
        {
            case 0:
                text.Append(Pick(s_titles)).Append(' ').Append(Pick(s_names)).Append(' ').Append(Pick(s_verbs))
                    .Append(' ').Append(Pick(s_objects)).Append(' ').Append(Pick(s_places)).Append('.');
                break;
            case 1:
                text.Append('"').Append("We never ").Append(Pick(s_verbs)).Append(" anyone!").Append("\" ")
                    .Append(Pick(s_names)).Append("'s lawyer said.");
                break;
            case 2:
                text.Append("The studio paid $").Append(random.Next(1, 999)).Append(',').Append(random.Next(100, 999))
                    .Append(" — about ").Append(random.Next(1, 9)).Append('.').Append(random.Next(0, 9)).Append(" percent — wait... then stopped.");
                break;
            case 3:
                text.Append("Was it ").Append(Pick(s_names)).Append("? Police, i.e. Det. ").Append(Pick(s_names))
                    .Append(", declined to say.");
                break;
            default:
                text.Append(Pick(s_names)).Append(' ').Append(Pick(s_verbs)).Append(' ').Append(Pick(s_objects))
                    .Append(", a well-known figure ").Append(Pick(s_places)).Append('.');
                break;
        }
    }
}
