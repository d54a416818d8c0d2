using System.Text;

namespace Sleuth.Tests.Storage;

/// <summary>A temporary folder deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sleuth-test-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public string Write(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Locates the shared seed articles (../shared/seeds next to the repository) when they are present.</summary>
public static class SharedSeeds
{
    public static string? Folder { get; } = Find();

    public static string SkipReason => "../shared/seeds (next to the repository root) is absent; seed tests skipped";

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Sleuth.slnx"))) continue;
            var seeds = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir.FullName, "..", "shared", "seeds"));
            return Directory.Exists(seeds) && Directory.EnumerateFiles(seeds).Any() ? seeds : null;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with a visible reason, when the shared seeds folder is absent.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute()
    {
        if (SharedSeeds.Folder is null) Skip = SharedSeeds.SkipReason;
    }
}

/// <summary>
/// Writes a deterministic generated corpus in every supported format, with the awkward parts of real text:
/// abbreviations, quotes, accents, surrogate pairs, CRLF line endings, lists and headings.
/// </summary>
public static class CorpusGenerator
{
    private static readonly string[] s_names = ["Cassie", "Bette", "Delia", "June", "Nabil", "Oren", "Mr. Hale", "Dr. Núñez", "Ms. O'Brien", "Zoë"];
    private static readonly string[] s_verbs = ["pushed", "saw", "blamed", "defended", "accused", "met", "called", "followed", "warned", "denied"];
    private static readonly string[] s_places = ["the roof", "the studio", "Archer School", "the party", "Chicago", "the hospital", "a café"];
    private static readonly string[] s_filler =
    [
        "According to police,", "Witnesses said", "On Dec. 14", "Later that night", "In a statement,", "Reportedly",
        "Sources claim", "At 9 p.m.", "As of 2020,", "Fans noticed", "The U.S. release showed",
    ];

    public static string Sentence(Random random)
    {
        var s = $"{Pick(random, s_filler)} {Pick(random, s_names)} {Pick(random, s_verbs)} {Pick(random, s_names)} at {Pick(random, s_places)}";
        return random.Next(10) switch
        {
            0 => $"“{s},” she said.",
            1 => s + "?",
            2 => s + " 🎭 again!",
            3 => s + " (allegedly).",
            _ => s + ".",
        };
    }

    public static string Paragraph(Random random, int sentences) =>
        string.Join(" ", Enumerable.Range(0, sentences).Select(_ => Sentence(random)));

    /// <summary>Writes <paramref name="count"/> documents of about <paramref name="paragraphs"/> paragraphs each; returns the folder.</summary>
    public static string Write(string folder, int count, int paragraphs = 6, int seed = 1234, bool allFormats = true)
    {
        var random = new Random(seed);
        for (int i = 0; i < count; i++)
        {
            var title = $"Report {i}: {Pick(random, s_names)} and {Pick(random, s_places)}";
            var body = Enumerable.Range(0, paragraphs).Select(_ => Paragraph(random, random.Next(2, 6))).ToList();
            var format = allFormats ? i % 5 : 0;
            var sub = Path.Combine(folder, $"part{i % 7}");
            Directory.CreateDirectory(sub);
            string path = Path.Combine(sub, $"doc{i:D5}");
            switch (format)
            {
                case 0:
                    var lineEnd = i % 2 == 0 ? "\n" : "\r\n";
                    File.WriteAllText(path + ".txt", title + lineEnd + lineEnd + string.Join(lineEnd + lineEnd, body)
                        + lineEnd + lineEnd + "- " + Sentence(random) + lineEnd + "- " + Sentence(random) + lineEnd);
                    break;
                case 1:
                    File.WriteAllText(path + ".md", $"# {title}\n\n" + string.Join("\n\n", body.Select((p, n) => n == 2 ? $"## Section {n}\n\n*{p}*" : p))
                        + "\n\n* " + Sentence(random) + "\n* [" + Sentence(random) + "](https://example.org)\n");
                    break;
                case 2:
                    var html = new StringBuilder($"<html><head><title>{title}</title><script>var x = 'pushed';</script></head><body>");
                    html.Append("<nav>Home | News</nav><div class=\"cookie-banner\">We use cookies</div><article>");
                    html.Append($"<h1>{title}</h1>");
                    foreach (var p in body) html.Append("<p>").Append(System.Net.WebUtility.HtmlEncode(p)).Append("</p>\n");
                    html.Append("<ul><li>").Append(System.Net.WebUtility.HtmlEncode(Sentence(random))).Append("</li></ul>");
                    html.Append("</article><footer>© Example</footer></body></html>");
                    File.WriteAllText(path + ".html", html.ToString());
                    break;
                case 3:
                    File.WriteAllText(path + ".json", System.Text.Json.JsonSerializer.Serialize(new { title, text = string.Join("\n\n", body), author = "Staff" }));
                    break;
                default:
                    File.WriteAllLines(path + ".jsonl", body.Select((p, n) => System.Text.Json.JsonSerializer.Serialize(new { title = $"{title} #{n}", body = p })));
                    break;
            }
        }
        return folder;
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
