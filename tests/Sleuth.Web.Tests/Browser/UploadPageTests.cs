using Sleuth.Web.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>Adding documents from the page: drag-and-drop and the file input, progress and per-file status.</summary>
public sealed class UploadPageTests
{
    private const string Confession =
        "The violin theft\n\nPolice confirmed on Friday that Marlowe Quint stole the silver violin from the Corvin Academy of Dance. " +
        "Marlowe Quint later returned the silver violin to the school.";

    [RequiresFact(Needs.Chromium)]
    public async Task ChosenFiles_AreIndexedWithPerFileStatusAndTheListRefreshes()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.OpenTabAsync(page, "documents");
        await Expect(page.Locator("#documents-list")).ToContainTextAsync("No documents yet");

        await PageSteps.ChooseFilesAsync(page, ("theft.txt", Confession), ("blank.txt", ""));

        var rows = page.Locator("#upload-status .upload-file");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(rows.Filter(new() { HasText = "theft.txt" }).Locator(".file-status")).ToHaveTextAsync("indexed");
        await Expect(rows.Filter(new() { HasText = "blank.txt" }).Locator(".file-status")).ToContainTextAsync("skipped: empty");
        await Expect(page.Locator("#upload-summary")).ToContainTextAsync("1 added");
        await Expect(page.Locator("#upload-progress")).ToHaveJSPropertyAsync("value", 100);
        await Expect(page.Locator("#documents-list")).ToContainTextAsync("The violin theft");
        await Expect(page.Locator("#document-count")).ToHaveTextAsync("(1)");
        browser.AssertCleanRun();
    }

    [RequiresFact(Needs.Chromium)]
    public async Task ReadOnlyServer_ShowsUploadsAsDisabled()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase, new WebServerOptions { ReadOnly = true });
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.OpenTabAsync(page, "documents");
        await Expect(page.Locator("#upload-limits")).ToContainTextAsync("read-only");
        await Expect(page.Locator("#file-input")).ToBeDisabledAsync();
        browser.AssertCleanRun();
    }

    [RequiresFact(Needs.Chromium | Needs.Engine)]
    public async Task DroppedDocument_CanBeAskedAbout()
    {
        using var testCase = TestCase.Empty();
        await using var server = await LiveServer.OverAsync(testCase);
        await using var browser = await BrowserSession.OpenAsync(server.Address);
        var page = browser.Page;
        await page.GotoAsync(server.Address.ToString());
        await PageSteps.OpenTabAsync(page, "documents");

        await PageSteps.DropFilesAsync(page, ("theft.txt", Confession));
        await Expect(page.Locator("#upload-status .file-status")).ToHaveTextAsync("indexed");
        await Expect(page.Locator("#documents-list")).ToContainTextAsync("The violin theft");

        await PageSteps.OpenTabAsync(page, "ask");
        await PageSteps.AskAsync(page, "Who stole the silver violin?");
        await PageSteps.RevealAsync(page);
        await Expect(page.Locator("#answer-card .answer .answer-text").First).ToContainTextAsync("Marlowe Quint");
        await Expect(page.Locator("#answer-card .answer .quote").First).ToContainTextAsync("The violin theft");
        browser.AssertCleanRun();
    }
}
