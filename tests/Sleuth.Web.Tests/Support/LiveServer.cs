using System.Net.Http.Headers;

namespace Sleuth.Web.Tests.Support;

/// <summary>A real Sleuth web server on a free loopback port, with an HTTP client pointed at it.</summary>
internal sealed class LiveServer : IAsyncDisposable
{
    private readonly SleuthWebHost _host;

    private LiveServer(SleuthWebHost host)
    {
        _host = host;
        Client = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public Uri Address => _host.Address;

    public HttpClient Client { get; }

    /// <summary>Serves a test case file the way `sleuth serve --db` does.</summary>
    public static Task<LiveServer> OverAsync(TestCase testCase, WebServerOptions? options = null) => OverFileAsync(testCase.DbPath, options);

    /// <summary>Serves a case file the way `sleuth serve --db` does.</summary>
    public static async Task<LiveServer> OverFileAsync(string dbPath, WebServerOptions? options = null)
    {
        var host = await SleuthWebServer.StartAsync(Quiet(options) with { DbPath = dbPath }, TestContext.Token);
        return new LiveServer(host);
    }

    private static WebServerOptions Quiet(WebServerOptions? options) => (options ?? new WebServerOptions()) with
    {
        Host = "127.0.0.1",
        Port = 0,
        Output = TextWriter.Null,
    };

    public HttpClient ClientWithToken(string token)
    {
        var client = new HttpClient { BaseAddress = Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _host.DisposeAsync();
    }
}

/// <summary>Cancellation for test-side waits, so a hung server fails a test instead of the run.</summary>
internal static class TestContext
{
    public static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token;
}
