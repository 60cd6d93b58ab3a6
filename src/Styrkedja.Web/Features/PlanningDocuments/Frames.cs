using System.Globalization;
using Styrkedja.Web.Infrastructure;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>Economic frames in tkr as Swedish readers write them: "1 250 000" with a space between thousands.</summary>
public static class Frames
{
    public static string Format(decimal? tkr) =>
        tkr is { } value ? value.ToString("#,0.##", ServiceRegistration.Swedish) + " tkr" : Resources.PlanningDocumentText.Missing;

    /// <summary>The value as put back into an input field: no unit, Swedish digits.</summary>
    public static string? ForInput(decimal? tkr) => tkr?.ToString("#,0.##", ServiceRegistration.Swedish);
}
