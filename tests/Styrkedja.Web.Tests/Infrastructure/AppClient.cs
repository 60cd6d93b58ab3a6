using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Styrkedja.Web.Demo;

namespace Styrkedja.Web.Tests.Infrastructure;

/// <summary>
/// An HTTP client that behaves like a browser's user: it reads pages as HTML (AngleSharp) and submits
/// forms with every field the page rendered (hidden version and anti-forgery token included),
/// overriding only the fields a test names.
/// </summary>
public sealed class AppClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task LoginAsync(string email, string password = DemoSeeder.Password)
    {
        var response = await SubmitFormAsync("/Account/Login", new() { ["Input.Email"] = email, ["Input.Password"] = password });
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Login of {email} failed: {response.StatusCode}");
    }

    public async Task<IHtmlDocument> GetDocumentAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}, expected {(int)expected}.\n{html}");
        return await ParseAsync(html);
    }

    public static async Task<IHtmlDocument> ParseAsync(string html)
    {
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(r => r.Content(html));
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response) =>
        await ParseAsync(await response.Content.ReadAsStringAsync());

    /// <summary>
    /// Loads <paramref name="pageUrl"/>, takes its form (the first matching <paramref name="formSelector"/>,
    /// by default the first form in main), and posts it with the given fields replaced.
    /// A value of null removes the field; for multi-valued fields pass several values separated by '\n'
    /// using <see cref="SubmitFormValuesAsync"/>.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string pageUrl, Dictionary<string, string?> fields,
        string formSelector = "main form")
    {
        var (action, values) = await ReadFormAsync(pageUrl, formSelector);
        foreach (var (name, value) in fields)
        {
            values.RemoveAll(v => v.Key == name);
            if (value is not null)
                values.Add(new(name, value));
        }
        return await PostAsync(action, values);
    }

    /// <summary>As above, but the test gives every value of the named fields (for multi-selects and checkbox lists).</summary>
    public async Task<HttpResponseMessage> SubmitFormValuesAsync(string pageUrl, List<KeyValuePair<string, string>> fields,
        string formSelector = "main form")
    {
        var (action, values) = await ReadFormAsync(pageUrl, formSelector);
        foreach (var name in fields.Select(f => f.Key).Distinct())
            values.RemoveAll(v => v.Key == name);
        values.AddRange(fields);
        return await PostAsync(action, values);
    }

    public async Task<(string Action, List<KeyValuePair<string, string>> Values)> ReadFormAsync(string pageUrl,
        string formSelector = "main form")
    {
        var document = await GetDocumentAsync(pageUrl);
        var form = document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {pageUrl}.");
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        return (action, FormValues(form));
    }

    /// <summary>The values a browser would submit for this form.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || element.HasAttribute("disabled"))
                continue;
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                        values.Add(new(name, input.Value));
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button":
                    break;
                case IHtmlInputElement input:
                    values.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement textArea:
                    values.Add(new(name, textArea.Value));
                    break;
                case IHtmlSelectElement select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                        values.Add(new(name, option.Value));
                    break;
            }
        }
        return values;
    }

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values) =>
        Http.PostAsync(url, new FormUrlEncodedContent(values));

    /// <summary>The anti-forgery token of any page, for crafted posts that do not come from a form.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl = "/")
    {
        var document = await GetDocumentAsync(pageUrl);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No anti-forgery token on {pageUrl}.");
    }

    public void Dispose() => Http.Dispose();
}
