using Microsoft.Playwright;

namespace Sleuth.Web.Tests.Support;

/// <summary>
/// Headless Debian Chromium driven by Playwright's bundled driver, with a fresh profile per test.
/// Records dialogs, page errors and any request that leaves the test server, so tests can assert that
/// nothing ran and nothing was fetched from elsewhere.
/// </summary>
internal sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] s_arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowserContext _context;
    private readonly TempFolder _profile;

    private BrowserSession(IPlaywright playwright, IBrowserContext context, IPage page, TempFolder profile)
    {
        _playwright = playwright;
        _context = context;
        _profile = profile;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>When set, prompts are accepted with this text instead of dismissed.</summary>
    public string? PromptAnswer { get; set; }

    /// <summary>Messages of alert/confirm/prompt dialogs the page opened (each is dismissed unless answered).</summary>
    public List<string> Dialogs { get; } = [];

    /// <summary>Uncaught script errors on the page.</summary>
    public List<string> PageErrors { get; } = [];

    /// <summary>Errors the page logged, Content-Security-Policy violations among them.</summary>
    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Requests to any origin other than the server under test.</summary>
    public List<string> ForeignRequests { get; } = [];

    public static async Task<BrowserSession> OpenAsync(Uri server)
    {
        var playwright = await Playwright.CreateAsync();
        var profile = new TempFolder();
        try
        {
            var context = await playwright.Chromium.LaunchPersistentContextAsync(profile.Path, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = Capabilities.ChromiumPath,
                Headless = true,
                Args = s_arguments,
                ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            });
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            var session = new BrowserSession(playwright, context, page, profile);
            page.Dialog += (_, dialog) =>
            {
                session.Dialogs.Add(dialog.Message);
                _ = dialog.Type == DialogType.Prompt && session.PromptAnswer is { } answer ? dialog.AcceptAsync(answer) : dialog.DismissAsync();
            };
            page.PageError += (_, error) => session.PageErrors.Add(error);
            page.Console += (_, message) =>
            {
                if (message.Type == "error")
                {
                    session.ConsoleErrors.Add(message.Text);
                }
            };
            var origin = server.GetLeftPart(UriPartial.Authority);
            page.Request += (_, request) =>
            {
                if (!request.Url.StartsWith(origin, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    session.ForeignRequests.Add(request.Url);
                }
            };
            page.SetDefaultTimeout(30_000);
            return session;
        }
        catch
        {
            playwright.Dispose();
            profile.Dispose();
            throw;
        }
    }

    /// <summary>Fails with what went wrong if the page raised a script error, opened a dialog or fetched from elsewhere.</summary>
    public void AssertCleanRun()
    {
        Assert.True(Dialogs.Count == 0, "dialogs opened: " + string.Join(" | ", Dialogs));
        Assert.True(PageErrors.Count == 0, "page errors: " + string.Join(" | ", PageErrors));
        Assert.True(ForeignRequests.Count == 0, "requests left the server: " + string.Join(" | ", ForeignRequests));
        Assert.True(ConsoleErrors.Count == 0, "console errors: " + string.Join(" | ", ConsoleErrors));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        _playwright.Dispose();
        _profile.Dispose();
    }
}
