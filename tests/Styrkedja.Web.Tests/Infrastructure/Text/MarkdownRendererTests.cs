using Styrkedja.Web.Infrastructure.Text;

namespace Styrkedja.Web.Tests.Infrastructure.Text;

public class MarkdownRendererTests
{
    private static string Render(string markdown, int top = 3) => new MarkdownRenderer().Render(markdown, top).ToString()!;

    [Fact]
    public void Headings_of_user_text_start_below_the_pages_own()
    {
        var html = Render("# Syfte\n\n## Bakgrund\n\n###### Djupt", top: 2);

        Assert.Contains("<h2", html);
        Assert.Contains("<h3", html);
        Assert.Contains("<h6", html);
        Assert.DoesNotContain("<h1", html);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script")]
    [InlineData("[klicka](javascript:alert(1))", "javascript:")]
    [InlineData("<img src=x onerror=alert(1)>", "<img")]
    public void Markup_and_scripts_in_user_text_never_reach_the_page(string markdown, string forbidden)
    {
        Assert.DoesNotContain(forbidden, Render(markdown), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Ordinary_Markdown_is_kept()
    {
        var html = Render("**Hälso- och sjukvårdslagen** styr [oss](https://www.riksdagen.se).\n\n- en\n- två");

        Assert.Contains("<strong>Hälso- och sjukvårdslagen</strong>", html);
        Assert.Contains("href=\"https://www.riksdagen.se\"", html);
        Assert.Contains("<li>två</li>", html);
    }
}
