using System.Net;
using Sleuth.Web.Tests.Support;

namespace Sleuth.Web.Tests.Api;

public sealed class DocumentEndpointTests : ApiTestBase
{
    private static FakeCaseStore Store() => new(
        FakeCaseStore.Doc(1, "Roof report", "Cassie Shore fell from the roof. Delia Whitlaw pushed her."),
        FakeCaseStore.Doc(2, "Interview", "Bette said nothing."));

    [Fact]
    public async Task Documents_ListsEveryDocumentWithoutText()
    {
        await using var server = await LiveServer.OverAsync(Store());
        var json = await JsonAsync(await server.Client.GetAsync("/api/documents"), HttpStatusCode.OK);
        Assert.Equal(2, json.GetArrayLength());
        Assert.Equal("Roof report", json[0].GetProperty("title").GetString());
        Assert.Equal("", json[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Document_ReturnsTextAndTheSpanToHighlight()
    {
        await using var server = await LiveServer.OverAsync(Store());
        var json = await JsonAsync(await server.Client.GetAsync("/api/documents/1?start=33&end=58"), HttpStatusCode.OK);
        var text = json.GetProperty("document").GetProperty("text").GetString()!;
        var span = json.GetProperty("highlights")[0];
        Assert.Equal("Delia Whitlaw pushed her.", text[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()]);
    }

    [Theory]
    [InlineData("/api/documents/abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/1?start=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/1?start=10&end=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/1?start=0&end=99999", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/1?start=x&end=5", HttpStatusCode.BadRequest)]
    [InlineData("/api/documents/42", HttpStatusCode.NotFound)]
    public async Task Document_RefusesBadRequestsWithAClearJsonError(string path, HttpStatusCode status)
    {
        await using var server = await LiveServer.OverAsync(Store());
        await ErrorAsync(await server.Client.GetAsync(path), status);
    }

    [Fact]
    public async Task Info_ReportsLimitsAndReadOnly()
    {
        await using var server = await LiveServer.OverAsync(Store(), new WebServerOptions { ReadOnly = true, MaxUploadFiles = 7 });
        var json = await JsonAsync(await server.Client.GetAsync("/api/info"), HttpStatusCode.OK);
        Assert.True(json.GetProperty("readOnly").GetBoolean());
        Assert.Equal(7, json.GetProperty("maxUploadFiles").GetInt32());
        Assert.Equal(2, json.GetProperty("documents").GetInt32());
    }
}
