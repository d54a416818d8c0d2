using System.Text.Json;

namespace Sleuth.Ingest.Readers;

/// <summary>
/// Reads JSON (one object or an array of objects) and JSON Lines (one object per line). Each object with a
/// text, body or content field becomes one document; its text is segmented like plain text.
/// </summary>
public sealed class JsonReader : IDocumentReader
{
    private static readonly string[] s_textFields = ["text", "body", "content"];
    private static readonly JsonDocumentOptions s_options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".json", ".jsonl", ".ndjson"];

    /// <inheritdoc />
    public ReadResult Read(string path, string content) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(path, content) : ReadJsonLines(path, content);

    private static ReadResult ReadJson(string path, string content)
    {
        JsonDocument json;
        try { json = JsonDocument.Parse(content, s_options); }
        catch (JsonException e) { return ReadResult.Skip(path, $"malformed JSON: {FirstLine(e.Message)}", (int)(e.LineNumber ?? 0) + 1); }
        using (json)
        {
            var documents = new List<ExtractedDocument>();
            var skipped = new List<SkippedInput>();
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                Add(path, 0, json.RootElement, null, documents, skipped);
            }
            else if (json.RootElement.ValueKind == JsonValueKind.Array)
            {
                int index = 0;
                foreach (var item in json.RootElement.EnumerateArray())
                    Add(path, index++, item, null, documents, skipped);
            }
            else
            {
                skipped.Add(new SkippedInput(path, "JSON is neither an object nor an array of objects"));
            }
            return new ReadResult { Documents = documents, Skipped = skipped };
        }
    }

    private static ReadResult ReadJsonLines(string path, string content)
    {
        var documents = new List<ExtractedDocument>();
        var skipped = new List<SkippedInput>();
        int lineNumber = 0;
        foreach (var rawLine in content.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0) continue;
            try
            {
                using var json = JsonDocument.Parse(line, s_options);
                // The record index is the line number, so editing one line replaces only that record.
                Add(path, lineNumber, json.RootElement, lineNumber, documents, skipped);
            }
            catch (JsonException e)
            {
                skipped.Add(new SkippedInput(path, $"malformed JSON: {FirstLine(e.Message)}", lineNumber));
            }
        }
        if (documents.Count == 0 && skipped.Count == 0) skipped.Add(new SkippedInput(path, "empty: no JSON records"));
        return new ReadResult { Documents = documents, Skipped = skipped };
    }

    private static void Add(string path, int recordIndex, JsonElement item, int? line, List<ExtractedDocument> documents, List<SkippedInput> skipped)
    {
        string where = line is null ? $"record {recordIndex}" : "record";
        if (item.ValueKind != JsonValueKind.Object)
        {
            skipped.Add(new SkippedInput(path, $"{where} is not a JSON object", line));
            return;
        }
        var text = s_textFields.Select(f => StringField(item, f)).FirstOrDefault(v => v is not null);
        if (text is null)
        {
            skipped.Add(new SkippedInput(path, $"{where} has no text, body or content field", line));
            return;
        }
        text = PlainTextReader.NormalizeLineEndings(text);
        var segments = PlainTextReader.Segment(text);
        if (segments.Count == 0)
        {
            skipped.Add(new SkippedInput(path, $"{where} has an empty text field", line));
            return;
        }
        documents.Add(new ExtractedDocument
        {
            SourcePath = path,
            RecordIndex = recordIndex,
            Title = StringField(item, "title") ?? PlainTextReader.TitleOf(text, segments),
            Url = StringField(item, "url"),
            Date = StringField(item, "date"),
            Author = StringField(item, "author"),
            Text = text,
            Segments = segments,
            Format = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? "json" : "jsonl",
        });
    }

    private static string? StringField(JsonElement item, string name)
    {
        foreach (var property in item.EnumerateObject())
        {
            if (!string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) continue;
            return property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString() is { } s && s.Trim().Length > 0 ? s : null,
                JsonValueKind.Number => property.Value.GetRawText(),
                _ => null,
            };
        }
        return null;
    }

    private static string FirstLine(string message)
    {
        int newline = message.IndexOf('\n');
        return (newline < 0 ? message : message[..newline]).Trim();
    }
}
