using Sleuth.Ingest.Readers;

namespace Sleuth.Ingest;

/// <summary>
/// Loads one input: applies the size limit, reads the bytes, decodes them and hands them to the reader for
/// the file's extension. Every failure becomes a skipped input with a one-line reason, never an exception.
/// </summary>
public sealed class DocumentLoader
{
    private readonly Dictionary<string, IDocumentReader> _readers = new(StringComparer.OrdinalIgnoreCase);
    private readonly long _maxFileBytes;

    /// <summary>A loader with a size limit and the given readers (the built-in ones by default).</summary>
    public DocumentLoader(long maxFileBytes, IEnumerable<IDocumentReader>? readers = null)
    {
        _maxFileBytes = maxFileBytes;
        foreach (var reader in readers ?? DefaultReaders())
            foreach (var extension in reader.Extensions)
                _readers[extension] = reader;
    }

    /// <summary>The built-in readers: plain text, Markdown, HTML, JSON and JSON Lines.</summary>
    public static IReadOnlyList<IDocumentReader> DefaultReaders() =>
        [new PlainTextReader(), new MarkdownReader(), new HtmlReader(), new JsonReader()];

    /// <summary>Reads a file from disk.</summary>
    public ReadResult Load(string path)
    {
        if (Unsupported(path) is { } unsupported) return unsupported;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) return ReadResult.Skip(path, "unreadable: file does not exist or is a broken link");
            if (info.Length > _maxFileBytes) return Oversized(path, info.Length);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return ReadResult.Skip(path, $"unreadable: {e.Message}");
        }
        return Load(path, bytes);
    }

    /// <summary>Reads content already in memory (an upload) with the same rules as a file.</summary>
    public ReadResult Load(string path, byte[] bytes)
    {
        if (Unsupported(path) is { } unsupported) return unsupported;
        if (bytes.LongLength > _maxFileBytes) return Oversized(path, bytes.LongLength);
        if (bytes.Length == 0) return ReadResult.Skip(path, "empty: file has no content");
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Text is null) return ReadResult.Skip(path, decoded.Error ?? "undecodable");
        try
        {
            return _readers[Path.GetExtension(path)].Read(path, decoded.Text);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A reader bug on one odd file must not stop the run; the file is reported instead.
            return ReadResult.Skip(path, $"unreadable: {e.GetType().Name}: {e.Message}");
        }
    }

    private ReadResult? Unsupported(string path)
    {
        var extension = Path.GetExtension(path);
        if (_readers.ContainsKey(extension)) return null;
        return ReadResult.Skip(path, extension.Length == 0
            ? "unsupported: no file extension"
            : $"unsupported extension {extension.ToLowerInvariant()}");
    }

    private ReadResult Oversized(string path, long length) =>
        ReadResult.Skip(path, $"oversized: {length / 1048576.0:0.#} MB is over the {_maxFileBytes / 1048576.0:0.#} MB limit");
}
