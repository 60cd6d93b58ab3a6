using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Styrkedja.BrowserTests.Infrastructure;

/// <summary>axe-core on the page as it is now, limited to WCAG 2.0/2.1 level A and AA (Swedish law for public bodies).</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions WcagAA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    public static async Task AssertAccessibleAsync(this IPage page)
    {
        var result = await page.RunAxe(WcagAA);
        var report = string.Join("\n", result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help}\n    " + string.Join("\n    ", v.Nodes.Select(n => n.Html))));
        Assert.True(result.Violations.Length == 0, $"axe found violations on {page.Url}:\n{report}");
    }
}
