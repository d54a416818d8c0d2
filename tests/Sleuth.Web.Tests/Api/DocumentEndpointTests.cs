using System.Net;
using System.Text.Json;
using Sleuth.Web.Tests.Support;

namespace Sleuth.Web.Tests.Api;

public sealed class DocumentEndpointTests : ApiTestBase
{
    private static TestCase Store() => TestCase.With(
        ("roof.txt", "Roof report\n\nCassie Shore fell from the roof. Delia Whitlaw pushed her."),
        ("interview.txt", "Interview\n\nBette said nothing at all to the police."));

    private static async Task<JsonElement> FirstDocumentAsync(LiveServer server, string title)
    {
        var list = await JsonAsync(await server.Client.GetAsync("/api/documents"), HttpStatusCode.OK);
        return list.EnumerateArray().Single(d => d.GetProperty("title").GetString() == title);
    }

    [Fact]
    public async Task Documents_ListsEveryDocumentWithoutText()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var json = await JsonAsync(await server.Client.GetAsync("/api/documents"), HttpStatusCode.OK);
        Assert.Equal(2, json.GetArrayLength());
        Assert.Contains(json.EnumerateArray(), d => d.GetProperty("title").GetString() == "Roof report");
        Assert.All(json.EnumerateArray(), d => Assert.Equal("", d.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Document_ReturnsTextAndTheSpanToHighlight()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var id = (await FirstDocumentAsync(server, "Roof report")).GetProperty("id").GetInt64();
        var whole = await JsonAsync(await server.Client.GetAsync($"/api/documents/{id}"), HttpStatusCode.OK);
        var text = whole.GetProperty("document").GetProperty("text").GetString()!;
        Assert.Equal(0, whole.GetProperty("highlights").GetArrayLength());

        var start = text.IndexOf("Delia", StringComparison.Ordinal);
        var end = start + "Delia Whitlaw pushed her.".Length;
        var json = await JsonAsync(await server.Client.GetAsync($"/api/documents/{id}?start={start}&end={end}"), HttpStatusCode.OK);
        var span = json.GetProperty("highlights")[0];
        Assert.Equal("Delia Whitlaw pushed her.", text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData("/api/documents/abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/{id}?start=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/{id}?start=10&end=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/{id}?start=0&end=99999", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/{id}?start=x&end=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/424242", HttpStatusCode.NotFound)]
    public async Task Document_RefusesBadRequestsWithAClearJsonError(string path, HttpStatusCode status)
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var id = (await FirstDocumentAsync(server, "Roof report")).GetProperty("id").GetInt64();
        await ErrorAsync(await server.Client.GetAsync(path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture))), status);
    }

    [Fact]
    public async Task Info_ReportsLimitsAndReadOnly()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { ReadOnly = true, MaxUploadFiles = 7 });
        var json = await JsonAsync(await server.Client.GetAsync("/api/info"), HttpStatusCode.OK);
        Assert.True(json.GetProperty("readOnly").GetBoolean());
        Assert.Equal(7, json.GetProperty("maxUploadFiles").GetInt32());
        Assert.Equal(2, json.GetProperty("documents").GetInt32());
    }
}
