using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Styrkedja.Web.Features.Economy;

/// <summary>/Economy: the way into the parts of ekonomistyrning; each part checks its own rights.</summary>
public class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
