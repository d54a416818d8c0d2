using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>The page on a server started with --token: it takes the token from the URL fragment or asks for it.</summary>
public sealed class TokenPageTests
{
    private static TestCase OneDocument() => TestCase.With(("note.txt", "Case note\n\nThe stage door was locked at nine."));

    [RequiresFact(Needs.Chromium)]
    public async Task TokenInTheFragment_IsSentAndRemovedFromTheAddressBar()
    {
        using var testCase = OneDocument();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { Token = "s3cret" });
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(new Uri(server.Address, "/#token=s3cret").ToString());
        await PageSteps.OpenTabAsync(page, "documents");
        await Expect(page.Locator("#documents-list")).ToContainTextAsync("Case note");
        Assert.DoesNotContain("s3cret", page.Url);
        browser.AssertCleanRun();
    }

    [RequiresFact(Needs.Chromium)]
    public async Task MissingToken_IsAskedForOnceAndThenUsed()
    {
        using var testCase = OneDocument();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { Token = "s3cret" });
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        browser.PromptAnswer = "s3cret";
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.OpenTabAsync(page, "documents");
        await Expect(page.Locator("#documents-list")).ToContainTextAsync("Case note");
        Assert.Single(browser.Dialogs);
        Assert.Contains("token", browser.Dialogs[0]);
    }
}
