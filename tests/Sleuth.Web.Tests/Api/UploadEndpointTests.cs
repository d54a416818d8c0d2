using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Sleuth.Web.Tests.Support;

namespace Sleuth.Web.Tests.Api;

public sealed class UploadEndpointTests : ApiTestBase
{
    internal static MultipartFormDataContent Files(params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "files", name);
        }
        return form;
    }

    private static (string, byte[]) Text(string name, string text) => (name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task ReadOnlyServer_RefusesUploadsWith403()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { ReadOnly = true });
        var message = await ErrorAsync(await server.Client.PostAsync("/api/upload", Files(Text("a.txt", "Hello."))), HttpStatusCode.Forbidden);
        Assert.Contains("read-only", message);
    }

    [Fact]
    public async Task TooManyFiles_Gets413()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { MaxUploadFiles = 2 });
        var message = await ErrorAsync(
            await server.Client.PostAsync("/api/upload", Files(Text("a.txt", "A."), Text("b.txt", "B."), Text("c.txt", "C."))),
            HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("at most 2", message);
    }

    [Fact]
    public async Task TooLargeUpload_Gets413()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { MaxUploadBytes = 1000 });
        await ErrorAsync(
            await server.Client.PostAsync("/api/upload", Files(Text("big.txt", new string('x', 5000)))),
            HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task FarTooLargeUpload_Gets413BeforeTheBodyIsRead()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { MaxUploadBytes = 1000 });
        await ErrorAsync(
            await server.Client.PostAsync("/api/upload", Files(Text("huge.txt", new string('x', 3 * 1024 * 1024)))),
            HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task UploadThatIsNotMultipartOrHasNoFiles_Gets400()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase);
        await ErrorAsync(await server.Client.PostAsync("/api/upload", new StringContent("just text")), HttpStatusCode.BadRequest);
        var empty = new MultipartFormDataContent { { new StringContent("value"), "field" } };
        await ErrorAsync(await server.Client.PostAsync("/api/upload", empty), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Upload_IndexesFilesAndReportsSkippedOnesWithReasons()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase);
        var response = await server.Client.PostAsync("/api/upload", Files(
            Text("note.txt", "Marlowe Quint stole the silver violin from the Corvin Academy of Dance."),
            ("empty.txt", [])));
        var report = await JsonAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, report.GetProperty("added").GetInt32());
        var skipped = report.GetProperty("skipped");
        Assert.Equal(1, skipped.GetArrayLength());
        Assert.Contains("empty.txt", skipped[0].GetProperty("path").GetString());
        Assert.False(string.IsNullOrWhiteSpace(skipped[0].GetProperty("reason").GetString()));

        var documents = await JsonAsync(await server.Client.GetAsync("/api/documents"), HttpStatusCode.OK);
        Assert.Equal(1, documents.GetArrayLength());
        var hits = await JsonAsync(await server.Client.GetAsync("/api/search?q=violin"), HttpStatusCode.OK);
        Assert.True(hits.GetArrayLength() > 0);
    }
}
