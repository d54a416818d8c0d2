using System.Text;

namespace Sleuth.Storage;

/// <summary>
/// Splits text into terms the way the full-text index does (unicode61 with diacritics removed): runs of
/// letters and digits, lower-cased, accents dropped. Used to mark the words a search matched, so that
/// "Cassie’s" is marked for "cassie" exactly when the index matched it.
/// </summary>
public static class IndexTerms
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain    = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrssssttttuuuuuuuuuuwyyyzzz";

    private static readonly Dictionary<char, char> s_fold = Accented.Zip(Plain).ToDictionary(p => p.First, p => p.Second);

    /// <summary>The index terms of a text, in order.</summary>
    public static IEnumerable<string> Split(string text)
    {
        var sb = new StringBuilder();
        foreach (char raw in text)
        {
            if (char.IsLetterOrDigit(raw))
            {
                char c = char.ToLowerInvariant(raw);
                sb.Append(s_fold.TryGetValue(c, out var folded) ? folded : c);
                continue;
            }
            if (sb.Length > 0) { yield return sb.ToString(); sb.Clear(); }
        }
        if (sb.Length > 0) yield return sb.ToString();
    }
}
