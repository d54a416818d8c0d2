namespace Sleuth.Analysis.Reading;

/// <summary>A date in a sentence: token range, a key that merges spellings ("dec. 14" = "december 14"), and its text.</summary>
public sealed record DateMention(int First, int Last, string Key, string Text);

/// <summary>Finds calendar dates: "December 14", "Dec. 14, 2020", "14 December", "March 2019", "2016".</summary>
public static class DateFinder
{
    private static readonly string[] s_months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IReadOnlyList<DateMention> Find(ReadSentence s)
    {
        var list = new List<DateMention>();
        var tokens = s.Tokens;
        var low = s.Lower;
        for (int i = 0; i < tokens.Count; i++)
        {
            int month = MonthOf(low[i]);
            if (month >= 0)
            {
                int k = i + 1;
                if (k < tokens.Count && tokens[k].Text == ".") k++;
                if (k < tokens.Count && tokens[k].Kind == TokenKind.Number && int.TryParse(TrimOrdinal(tokens[k].Text), out var day) && day is >= 1 and <= 31)
                {
                    int end = k + 1;
                    if (end + 1 < tokens.Count && tokens[end].Text == "," && IsYear(tokens[end + 1].Text)) end += 2;
                    else if (end < tokens.Count && IsYear(tokens[end].Text)) end += 1;
                    list.Add(Make(s, i, end, $"{s_months[month]} {day}"));
                    i = end - 1;
                    continue;
                }
                if (k < tokens.Count && IsYear(tokens[k].Text) && low[i] is not "may")
                {
                    list.Add(Make(s, i, k + 1, $"{s_months[month]} {tokens[k].Text}"));
                    i = k;
                    continue;
                }
                continue;
            }
            if (tokens[i].Kind == TokenKind.Number && i + 1 < tokens.Count && int.TryParse(TrimOrdinal(tokens[i].Text), out var d) && d is >= 1 and <= 31)
            {
                int m = MonthOf(low[i + 1]);
                if (m >= 0)
                {
                    int end = i + 2;
                    if (end < tokens.Count && IsYear(tokens[end].Text)) end++;
                    list.Add(Make(s, i, end, $"{s_months[m]} {d}"));
                    i = end - 1;
                    continue;
                }
            }
            if (IsYear(tokens[i].Text) && !(i > 0 && low[i - 1] is "$" or "£" or "€"))
                list.Add(Make(s, i, i + 1, tokens[i].Text));
        }
        return list;
    }

    private static DateMention Make(ReadSentence s, int first, int last, string key) =>
        new(first, last, key, string.Join(' ', s.Tokens.Skip(first).Take(last - first).Select(t => t.Text)).Replace(" ,", ",").Replace(" .", "."));

    private static string TrimOrdinal(string text) =>
        text.EndsWith("st") || text.EndsWith("nd") || text.EndsWith("rd") || text.EndsWith("th") ? text[..^2] : text;

    private static bool IsYear(string text) => text.Length == 4 && int.TryParse(text, out var y) && y is >= 1800 and <= 2100;

    private static int MonthOf(string lower)
    {
        var w = lower.TrimEnd('.');
        for (int m = 0; m < s_months.Length; m++)
            if (s_months[m] == w || (w.Length >= 3 && s_months[m].StartsWith(w) && (w.Length == 3 || w == "sept"))) return m;
        return -1;
    }
}
