using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;

namespace Styrkedja.Web.Features.InternalControl;

/// <summary>
/// The risk matrix's scales. Every organisation starts from the 4 × 4 scale that Swedish regions and
/// municipalities commonly use for internal control (both seed regions among them); an administrator
/// can rename, describe, add or remove steps afterwards.
/// </summary>
public static class RiskScales
{
    public static readonly IReadOnlyList<(RiskAxis Axis, int Value, string Name, string Description)> Standard =
    [
        (RiskAxis.Probability, 1, "Osannolik", "Risken är praktiskt taget obefintlig."),
        (RiskAxis.Probability, 2, "Mindre sannolik", "Risken är liten men kan inte uteslutas."),
        (RiskAxis.Probability, 3, "Möjlig", "Det finns en möjlig risk."),
        (RiskAxis.Probability, 4, "Sannolik", "Det är mycket troligt att fel kommer att uppstå."),
        (RiskAxis.Consequence, 1, "Försumbar", "Obetydlig för invånare, anställda, ekonomi och förtroende."),
        (RiskAxis.Consequence, 2, "Lindrig", "Uppfattas som liten av invånare, anställda eller ekonomi."),
        (RiskAxis.Consequence, 3, "Kännbar", "Uppfattas som besvärande av invånare, anställda eller förtroendet."),
        (RiskAxis.Consequence, 4, "Allvarlig", "Så stor att fel helt enkelt inte får inträffa."),
    ];

    public static void AddStandard(StyrkedjaDbContext db, int organisationId) =>
        db.RiskScaleSteps.AddRange(Standard.Select(s => new RiskScaleStep
        {
            OrganisationId = organisationId, Axis = s.Axis, Value = s.Value, Name = s.Name, Description = s.Description,
        }));
}
