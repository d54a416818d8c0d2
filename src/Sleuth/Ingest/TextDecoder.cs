using System.Text;

namespace Sleuth.Ingest;

/// <summary>The decoded text of an input, or why it could not be decoded.</summary>
public readonly record struct DecodeResult(string? Text, string? Error);

/// <summary>
/// Turns raw bytes into text: honours UTF-8/UTF-16/UTF-32 byte order marks, otherwise requires valid UTF-8.
/// There is deliberately no Latin-1 fallback: a guessed encoding would put wrong characters into quotes
/// that claim to be exact, so undecodable files are skipped with a reason instead.
/// </summary>
public static class TextDecoder
{
    // Sniff a prefix: enough to spot binaries without scanning a 50 MB file twice.
    private const int SniffBytes = 8192;
    // Text has few control characters besides tab and line breaks; binaries decoded as UTF-8 have many.
    private const double MaxControlRatio = 0.05;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes, or says in one line why they are binary, empty or undecodable.</summary>
    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        var (encoding, bomLength) = DetectBom(bytes);
        if (encoding is null && bytes[..Math.Min(bytes.Length, SniffBytes)].Contains((byte)0))
            return new(null, "binary: contains NUL bytes");
        string text;
        try
        {
            text = (encoding ?? s_strictUtf8).GetString(bytes[bomLength..]);
        }
        catch (DecoderFallbackException e)
        {
            var where = e.Index >= 0 ? $" at byte {e.Index + bomLength}" : "";
            return new(null, encoding is null || encoding is UTF8Encoding
                ? $"undecodable: invalid UTF-8{where} and no UTF-16 byte order mark"
                : $"undecodable: invalid {encoding.WebName} after its byte order mark{where}");
        }
        if (string.IsNullOrWhiteSpace(text)) return new(null, "empty: no text");
        if (ControlRatio(text) > MaxControlRatio) return new(null, "binary: too many control characters");
        return new(text, null);
    }

    private static (Encoding? Encoding, int BomLength) DetectBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (s_strictUtf8, 3);
        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xFE && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, false, true), 4);
        if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0xFE && b[3] == 0xFF) return (new UTF32Encoding(true, false, true), 4);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false, true), 2);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false, true), 2);
        return (null, 0);
    }

    private static double ControlRatio(string text)
    {
        int n = Math.Min(text.Length, SniffBytes), control = 0;
        for (int i = 0; i < n; i++)
        {
            char c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f')) control++;
        }
        return n == 0 ? 0 : (double)control / n;
    }
}
