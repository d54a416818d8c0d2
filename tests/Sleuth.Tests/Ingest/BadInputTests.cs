using System.Text;
using Sleuth.Ingest;
using Sleuth.Tests.Storage;

namespace Sleuth.Tests.Ingest;

/// <summary>Every kind of bad input is skipped with a one-line reason naming the file, and the rest is indexed.</summary>
public sealed class BadInputTests
{
    private static readonly DocumentLoader s_loader = new(maxFileBytes: 1024);

    private static SkippedInput SkipOf(string name, byte[] content)
    {
        var result = s_loader.Load(name, content);
        Assert.Empty(result.Documents);
        var skip = Assert.Single(result.Skipped);
        Assert.Equal(name, skip.Path);
        Assert.DoesNotContain('\n', skip.ToString());
        return skip;
    }

    [Fact]
    public void Load_UnsupportedExtensionNamesTheExtension() =>
        Assert.Equal("unsupported extension .pdf", SkipOf("report.pdf", "%PDF-1.4"u8.ToArray()).Reason);

    [Fact]
    public void Load_FileWithoutExtensionIsUnsupported() =>
        Assert.StartsWith("unsupported", SkipOf("README", "hello"u8.ToArray()).Reason);

    [Fact]
    public void Load_NulBytesAreBinary() =>
        Assert.StartsWith("binary", SkipOf("a.txt", [0x48, 0x00, 0x49, 0x00, 0x01, 0x02]).Reason);

    [Fact]
    public void Load_ManyControlCharactersAreBinary() =>
        Assert.StartsWith("binary", SkipOf("a.txt", Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray()).Reason);

    [Fact]
    public void Load_EmptyFileIsSkipped() => Assert.StartsWith("empty", SkipOf("a.txt", []).Reason);

    [Fact]
    public void Load_WhitespaceOnlyIsSkipped() => Assert.StartsWith("empty", SkipOf("a.md", " \n\t\r\n  "u8.ToArray()).Reason);

    [Fact]
    public void Load_InvalidUtf8IsUndecodable() =>
        Assert.StartsWith("undecodable", SkipOf("a.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]).Reason);

    [Fact]
    public void Load_Utf16WithBomIsDecoded()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Café report.\n\nNo ünicode problems.")).ToArray();
        var document = Assert.Single(s_loader.Load("a.txt", bytes).Documents);
        Assert.StartsWith("Café report.", document.Text);
    }

    [Fact]
    public void Load_Utf8BomIsRemoved()
    {
        var document = Assert.Single(s_loader.Load("a.txt", [0xEF, 0xBB, 0xBF, .. "Hello there."u8.ToArray()]).Documents);
        Assert.Equal("Hello there.", document.Text);
    }

    [Fact]
    public void Load_OversizedIsSkippedWithTheLimit() =>
        Assert.StartsWith("oversized", SkipOf("a.txt", Encoding.UTF8.GetBytes(new string('a', 2048))).Reason);

    [Fact]
    public void Load_MalformedJsonIsSkippedWithLine()
    {
        var skip = SkipOf("a.json", "{\n\"text\": }"u8.ToArray());
        Assert.StartsWith("malformed JSON", skip.Reason);
        Assert.Equal(2, skip.Line);
    }

    [Fact]
    public void Load_JsonWithoutTextFieldIsSkipped() =>
        Assert.Contains("no text, body or content field", SkipOf("a.json", """{"title":"t"}"""u8.ToArray()).Reason);

    [Fact]
    public void Load_BrokenLinkIsUnreadable()
    {
        using var folder = new TempFolder();
        var link = folder.File("gone.txt");
        File.CreateSymbolicLink(link, folder.File("missing-target.txt"));
        var skip = Assert.Single(new DocumentLoader(1024).Load(link).Skipped);
        Assert.StartsWith("unreadable", skip.Reason);
        Assert.Equal(link, skip.Path);
    }

    [Fact]
    public void Index_SkipsEveryBadKindAndStillIndexesTheGoodFiles()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "A good file about the rooftop.");
        folder.Write("b.pdf", "%PDF");
        folder.Write("c.txt", [0x00, 0x01, 0x02]);
        folder.Write("d.txt", "   \n");
        folder.Write("e.txt", [0xC3, 0x28, 0x41]);
        folder.Write("f.txt", new string('x', 3 * 1024 * 1024));
        folder.Write("g.json", "{ not json");
        folder.Write("h.jsonl", "{\"text\":\"Fine record.\"}\n{\"title\":\"no text\"}\n");
        File.CreateSymbolicLink(folder.File("i.txt"), folder.File("nowhere.txt"));
        folder.Write(".git/config.txt", "hidden folders are not walked");
        using var service = CaseService.Open(folder.File(".sleuth/case.db"), new SleuthOptions { MaxFileBytes = 2 * 1024 * 1024 });

        var report = service.Index([folder.Path]);

        Assert.Equal(2, report.Added);
        var reasons = report.Skipped.ToDictionary(s => Path.GetFileName(s.Path) + (s.Line is int l ? $":{l}" : ""), s => s.Reason);
        Assert.StartsWith("unsupported extension .pdf", reasons["b.pdf"]);
        Assert.StartsWith("binary", reasons["c.txt"]);
        Assert.StartsWith("empty", reasons["d.txt"]);
        Assert.StartsWith("undecodable", reasons["e.txt"]);
        Assert.StartsWith("oversized", reasons["f.txt"]);
        Assert.StartsWith("malformed JSON", reasons["g.json:1"]);
        Assert.Contains("no text", reasons["h.jsonl:2"]);
        Assert.StartsWith("unreadable", reasons["i.txt"]);
        Assert.Equal(8, report.Skipped.Count);
        Assert.DoesNotContain(service.Documents(), d => d.SourcePath.Contains(".git"));
    }

    [Fact]
    public void Index_StoreInsideTheIndexedFolderIsNotReadAsADocument()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Delia pushed Cassie.");
        using var service = CaseService.Open(folder.File("case.db"));
        var report = service.Index([folder.Path]);
        Assert.Empty(report.Skipped);
        Assert.Equal(1, report.Files);
    }

    [Fact]
    public void IndexUploads_AppliesTheSameRulesAsFiles()
    {
        using var folder = new TempFolder();
        using var service = CaseService.Open(folder.File("case.db"));
        var report = service.IndexUploads([
            new UploadedFile("statement.md", "# Statement\n\nDelia pushed Cassie."u8.ToArray()),
            new UploadedFile("scan.pdf", "%PDF"u8.ToArray()),
            new UploadedFile("blank.txt", []),
        ]);
        Assert.Equal(1, report.Added);
        Assert.Equal(["scan.pdf", "blank.txt"], report.Skipped.Select(s => s.Path));
        Assert.Equal("statement.md", Assert.Single(service.Search("Delia")).SourcePath);
    }
}
