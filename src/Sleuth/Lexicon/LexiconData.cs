namespace Sleuth.Lexicon;

/// <summary>Reads the word lists embedded from <c>Lexicon/Data/*.txt</c>; '#' starts a comment line.</summary>
internal static class LexiconData
{
    /// <summary>The non-empty, non-comment lines of an embedded data file, trimmed.</summary>
    public static IEnumerable<string> ReadLines(string fileName)
    {
        var name = "Sleuth.Lexicon." + fileName;
        using var stream = typeof(LexiconData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded lexicon data '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line;
        }
    }

    /// <summary>Splits a line on runs of spaces and tabs.</summary>
    public static string[] Fields(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
