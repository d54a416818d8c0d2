using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sleuth.Web.Tests.Support;

namespace Sleuth.Web.Tests.Api;

/// <summary>Errors, the token, headers, the page and the OpenAPI document: the web layer's own contract.</summary>
public sealed class ProtocolTests : ApiTestBase
{
    private static TestCase Store() => TestCase.With(("note.txt", "Note\n\nSome text."));

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/ask?q=")]
    [InlineData("/api/ask?q=%20%20")]
    [InlineData("/api/ask?q=who%00pushed")]
    [InlineData("/api/ask?q=Who&explain=maybe")]
    [InlineData("/api/search")]
    [InlineData("/api/search?q=roof&limit=0")]
    [InlineData("/api/search?q=roof&limit=ten")]
    [InlineData("/api/board")]
    [InlineData("/api/claims?q=")]
    public async Task BadQuestionsAndParameters_Get400(string path)
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        await ErrorAsync(await server.Client.GetAsync(path), HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task TooLongQuestion_Gets400()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var message = await ErrorAsync(await server.Client.GetAsync("/api/ask?q=" + new string('a', 1001)), HttpStatusCode.BadRequest);
        Assert.Contains("too long", message);
    }

    [Fact]
    public async Task MalformedJsonQuestion_Gets400()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        using var content = new StringContent("{\"question\": ", Encoding.UTF8, "application/json");
        var message = await ErrorAsync(await server.Client.PostAsync("/api/ask", content), HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", message);
    }

    [Fact]
    public async Task QuestionThatIsNotJson_Gets415()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        using var content = new StringContent("Who pushed Cassie?", Encoding.UTF8, "text/plain");
        await ErrorAsync(await server.Client.PostAsync("/api/ask", content), HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UnknownApiPathAndWrongMethod_GetJsonErrors()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        await ErrorAsync(await server.Client.GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
        await ErrorAsync(await server.Client.DeleteAsync("/api/documents"), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task UnexpectedFailure_Gets500WithoutDetails()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        // Break the store under the running server, as a damaged or foreign file would.
        using (var connection = new SqliteConnection($"Data Source={testCase.DbPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE documents RENAME TO documents_gone";
            command.ExecuteNonQuery();
        }
        var message = await ErrorAsync(await server.Client.GetAsync("/api/documents"), HttpStatusCode.InternalServerError);
        Assert.DoesNotContain("documents", message);
        Assert.DoesNotContain("SQLite", message);
    }

    [Fact]
    public async Task Token_IsRequiredOnEveryApiRequest()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { Token = "s3cret" });
        var missing = await server.Client.GetAsync("/api/documents");
        await ErrorAsync(missing, HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", missing.Headers.WwwAuthenticate.First().Scheme);

        using var wrong = server.ClientWithToken("guess");
        await ErrorAsync(await wrong.GetAsync("/api/documents"), HttpStatusCode.Unauthorized);
        await ErrorAsync(await wrong.PostAsync("/api/upload", new MultipartFormDataContent()), HttpStatusCode.Unauthorized);

        using var right = server.ClientWithToken("s3cret");
        await JsonAsync(await right.GetAsync("/api/documents"), HttpStatusCode.OK);

        // The page itself carries no case data and must load so it can ask for the token.
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task LoopbackServer_RefusesRequestsAddressedToAnotherHost()
    {
        // What a DNS-rebinding page would send: the server's address, but the attacker's host name.
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        using var rebound = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        rebound.Headers.Host = "evil.example";
        await ErrorAsync(await server.Client.SendAsync(rebound), HttpStatusCode.BadRequest);

        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        local.Headers.Host = $"localhost:{server.Address.Port}";
        await JsonAsync(await server.Client.SendAsync(local), HttpStatusCode.OK);
    }

    [Fact]
    public async Task CrossSiteUpload_IsRefused()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/upload")
        {
            Content = UploadEndpointTests.Files(("planted.txt", Encoding.UTF8.GetBytes("Planted evidence."))),
        };
        request.Headers.Add("Origin", "https://evil.example");
        await ErrorAsync(await server.Client.SendAsync(request), HttpStatusCode.Forbidden);

        using var sameSite = new HttpRequestMessage(HttpMethod.Post, "/api/upload")
        {
            Content = UploadEndpointTests.Files(("note2.txt", Encoding.UTF8.GetBytes("Second note\n\nMore text."))),
        };
        sameSite.Headers.Add("Origin", server.Address.GetLeftPart(UriPartial.Authority));
        await JsonAsync(await server.Client.SendAsync(sameSite), HttpStatusCode.OK);
    }

    [Fact]
    public async Task Page_IsServedWithAStrictContentSecurityPolicy()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var page = await server.Client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());

        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotMatch(@"<script(?![^>]*\bsrc=)[^>]*>", html);
        Assert.DoesNotMatch(@"<[^>]+\son[a-z]+\s*=", html);

        foreach (var asset in new[] { "/app.js", "/app.css", "/favicon.svg" })
        {
            var response = await server.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var script = await server.Client.GetStringAsync("/app.js");
        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotContain("insertAdjacentHTML", script);
        Assert.DoesNotContain("document.write", script);
    }

    [Fact]
    public async Task OpenApi_DescribesEveryEndpoint()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var json = await JsonAsync(await server.Client.GetAsync("/openapi.json"), HttpStatusCode.OK);
        Assert.StartsWith("3.", json.GetProperty("openapi").GetString());
        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        foreach (var path in new[]
        {
            "/api/ask", "/api/search", "/api/documents", "/api/documents/{id}", "/api/people", "/api/relations",
            "/api/board", "/api/claims", "/api/timeline", "/api/upload", "/api/info",
        })
        {
            Assert.Contains(path, paths);
        }
    }

    [Theory]
    [InlineData("AskResult", typeof(Sleuth.Answering.AskResult))]
    [InlineData("QuestionAnalysis", typeof(Sleuth.Answering.QuestionAnalysis))]
    [InlineData("CandidateAnswer", typeof(Sleuth.Answering.CandidateAnswer))]
    [InlineData("Evidence", typeof(Sleuth.Answering.Evidence))]
    [InlineData("SearchHit", typeof(SearchHit))]
    [InlineData("StoredDocument", typeof(Sleuth.Storage.StoredDocument))]
    [InlineData("IndexReport", typeof(IndexReport))]
    [InlineData("SkippedInput", typeof(Sleuth.Ingest.SkippedInput))]
    [InlineData("PeopleReport", typeof(Sleuth.Case.PeopleReport))]
    [InlineData("CaseEntity", typeof(Sleuth.Case.CaseEntity))]
    [InlineData("CaseRelation", typeof(Sleuth.Case.CaseRelation))]
    [InlineData("BoardReport", typeof(Sleuth.Case.BoardReport))]
    [InlineData("BoardEntry", typeof(Sleuth.Case.BoardEntry))]
    [InlineData("ClaimsMatrix", typeof(Sleuth.Case.ClaimsMatrix))]
    [InlineData("ClaimSource", typeof(Sleuth.Case.ClaimSource))]
    [InlineData("ClaimRow", typeof(Sleuth.Case.ClaimRow))]
    [InlineData("ClaimCell", typeof(Sleuth.Case.ClaimCell))]
    [InlineData("TimelineEvent", typeof(Sleuth.Case.TimelineEvent))]
    [InlineData("DocumentView", typeof(Sleuth.Web.Api.DocumentView))]
    [InlineData("ServerInfo", typeof(Sleuth.Web.Api.ServerInfo))]
    public void OpenApi_SchemaHasEveryPropertyTheRecordSerialises(string schema, Type type)
    {
        // The OpenAPI document is written by hand; this keeps it honest when the library's records grow.
        using var stream = typeof(SleuthWebServer).Assembly.GetManifestResourceStream("Sleuth.Web.openapi.json")!;
        var properties = JsonDocument.Parse(stream).RootElement.GetProperty("components").GetProperty("schemas").GetProperty(schema)
            .GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();
        var serialised = type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Where(name => name != "equalityContract");
        Assert.All(serialised, name => Assert.Contains(name, properties));
    }

    [Fact]
    public async Task Json_UsesCamelCaseAndEnumNames()
    {
        using var testCase = Store();
        await using var server = await LiveServer.OverAsync(testCase);
        var json = await JsonAsync(await server.Client.GetAsync("/api/documents"), HttpStatusCode.OK);
        Assert.True(json[0].TryGetProperty("sourcePath", out _));
        var serialized = JsonSerializer.Serialize(Sleuth.Answering.Stance.Denied, Sleuth.Web.Api.ApiJson.Options);
        Assert.Equal("\"Denied\"", serialized);
    }

    [Fact]
    public async Task Server_PrintsTheAddressItListensOn()
    {
        var output = new StringWriter();
        using var testCase = Store();
        await using (var host = await SleuthWebServer.StartAsync(new WebServerOptions { DbPath = testCase.DbPath, Port = 0, Output = output }))
        {
            Assert.Contains($"listening on {host.Address.ToString().TrimEnd('/')}", output.ToString());
            Assert.True(host.Address.IsLoopback);
        }
    }

    [Fact]
    public async Task RunAsync_ServesUntilCancelled()
    {
        using var testCase = Store();
        var output = new StringWriter();
        using var stop = new CancellationTokenSource();
        var running = SleuthWebServer.RunAsync(new WebServerOptions { DbPath = testCase.DbPath, Port = 0, Output = TextWriter.Synchronized(output) }, stop.Token);
        string? address = null;
        for (var i = 0; i < 200 && address is null; i++)
        {
            await Task.Delay(50);
            address = System.Text.RegularExpressions.Regex.Match(output.ToString(), @"http://[0-9.:]+").Value is { Length: > 0 } found ? found : null;
        }
        Assert.NotNull(address);
        using var client = new HttpClient();
        await JsonAsync(await client.GetAsync(address + "/api/info"), HttpStatusCode.OK);

        await stop.CancelAsync();
        await running.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync(address + "/api/info"));
    }

    [Fact]
    public async Task BadHost_IsRefusedWithAClearMessage()
    {
        using var testCase = Store();
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            SleuthWebServer.StartAsync(new WebServerOptions { DbPath = testCase.DbPath, Host = "not a host", Port = 0, Output = TextWriter.Null }));
        Assert.Contains("not a host", error.Message);
    }
}
