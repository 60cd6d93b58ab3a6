using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features;

/// <summary>Renders errors and status codes (403, 404, 500) in Swedish, keeping the status code.</summary>
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string Title { get; private set; } = Common.ErrorTitle;
    public string Message { get; private set; } = Common.ErrorGeneric;

    public void OnGet(int? code) => Describe(code);

    // A failed POST is re-executed here as a POST; it must render the same page.
    public void OnPost(int? code) => Describe(code);

    private void Describe(int? code)
    {
        (Title, Message) = code switch
        {
            403 => (Common.ErrorForbiddenTitle, Common.Forbidden),
            404 => (Common.ErrorNotFoundTitle, Common.NotFound),
            _ => (Common.ErrorTitle, Common.ErrorGeneric),
        };
    }
}
