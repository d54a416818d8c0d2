namespace Sleuth.Analysis.Text;

/// <summary>Splits text into words, numbers and punctuation with exact offsets.</summary>
public sealed class WordTokenizer : ITokenizer
{
    public static WordTokenizer Shared { get; } = new();

    public IReadOnlyList<Token> Tokenize(string text, int start, int end)
    {
        var tokens = new List<Token>();
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < end && (char.IsLetterOrDigit(text[i]) || ((text[i] == '\'' || text[i] == '’' || text[i] == '-') && i + 1 < end && char.IsLetter(text[i + 1])))) i++;
                tokens.Add(new Token(text[s..i], s, i, char.IsDigit(c) ? TokenKind.Number : TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(text[s..i], s, i, char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }
        return tokens;
    }
}
