using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Sleuth.Web.Tests.Browser;

/// <summary>What a user does on the page, in the page's own terms.</summary>
internal static class PageSteps
{
    public static async Task AskAsync(IPage page, string question)
    {
        await page.Locator("#question").FillAsync(question);
        await page.Locator("#ask-button").ClickAsync();
        await Expect(page.Locator("#answer-card")).ToBeVisibleAsync(new() { Timeout = 60_000 });
    }

    /// <summary>Uncovers a spoiler-covered answer if there is one.</summary>
    public static async Task RevealAsync(IPage page)
    {
        var reveal = page.Locator("#reveal-spoiler");
        if (await reveal.CountAsync() > 0)
        {
            await reveal.ClickAsync();
        }
    }

    /// <summary>Uncovers the board if its verdict carries a spoiler warning.</summary>
    public static async Task RevealBoardAsync(IPage page)
    {
        await Expect(page.Locator("#board-table tbody tr").First).ToBeAttachedAsync();
        var reveal = page.Locator("#reveal-board:visible");
        if (await reveal.CountAsync() > 0)
        {
            await reveal.ClickAsync();
        }
    }

    public static Task OpenTabAsync(IPage page, string view) => page.Locator($".tab[data-view={view}]").ClickAsync();

    /// <summary>Drops files on the drop zone the way a browser does, with a DataTransfer carrying File objects.</summary>
    public static async Task DropFilesAsync(IPage page, params (string Name, string Text)[] files)
    {
        var transfer = await page.EvaluateHandleAsync(
            @"files => { const dt = new DataTransfer(); for (const [name, text] of files) dt.items.add(new File([text], name, { type: 'text/plain' })); return dt; }",
            files.Select(f => new[] { f.Name, f.Text }).ToArray());
        await page.DispatchEventAsync("#drop-zone", "dragenter", new { dataTransfer = transfer });
        await page.DispatchEventAsync("#drop-zone", "drop", new { dataTransfer = transfer });
    }

    public static Task ChooseFilesAsync(IPage page, params (string Name, string Text)[] files) =>
        page.Locator("#file-input").SetInputFilesAsync(files.Select(f => new FilePayload
        {
            Name = f.Name,
            MimeType = "text/plain",
            Buffer = System.Text.Encoding.UTF8.GetBytes(f.Text),
        }));
}
