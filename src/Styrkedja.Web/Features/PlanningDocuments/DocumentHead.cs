using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Plans;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// The part that planeringsförutsättningar and planeringsdirektiv share with a plan: title, year, state
/// (utkast → beredning → beslutad) and the decision. The domain gives the two no common base type, so this
/// wraps either one and lets the workflow, the decision form and the Word cover be written once.
/// </summary>
public sealed class DocumentHead
{
    public const string PremisesKind = "premises";
    public const string DirectiveKind = "directive";

    private readonly PlanningPremises? _premises;
    private readonly PlanningDirective? _directive;

    private DocumentHead(PlanningPremises? premises, PlanningDirective? directive)
    {
        _premises = premises;
        _directive = directive;
    }

    public static DocumentHead Of(PlanningPremises premises) => new(premises, null);
    public static DocumentHead Of(PlanningDirective directive) => new(null, directive);

    /// <summary>The document of the kind ("premises", "directive"), tracked with its year; null when there is none.</summary>
    public static async Task<DocumentHead?> LoadAsync(StyrkedjaDbContext db, string kind, int id) => kind switch
    {
        PremisesKind => await db.PlanningPremises.Include(p => p.PlanningYear).SingleOrDefaultAsync(p => p.Id == id) is { } p ? Of(p) : null,
        DirectiveKind => await db.PlanningDirectives.Include(d => d.PlanningYear).SingleOrDefaultAsync(d => d.Id == id) is { } d ? Of(d) : null,
        _ => null,
    };

    public TrackedEntity Entity => (TrackedEntity?)_premises ?? _directive!;

    /// <summary>Where the decision is recorded.</summary>
    public IDecisionRecord Decision => (IDecisionRecord?)_premises ?? _directive!;
    public string Kind => _premises is not null ? PremisesKind : DirectiveKind;
    public int Id => Entity.Id;
    public string Title => _premises?.Title ?? _directive!.Title;
    public int Year => (_premises?.PlanningYear ?? _directive!.PlanningYear)!.Year;
    public bool IsLocked => State == PlanState.Decided;

    /// <summary>"Planeringsförutsättningar" or "Planeringsdirektiv": the noun of a conflict message.</summary>
    public string Noun => _premises is not null ? Resources.PlanningDocumentText.PremisesNoun : Resources.PlanningDocumentText.DirectiveNoun;

    public string Url => _premises is not null ? $"/PlanningDocuments/Premises/{Id}" : $"/PlanningDocuments/Directive/{Id}";

    public PlanState State
    {
        get => _premises?.State ?? _directive!.State;
        set
        {
            if (_premises is not null)
                _premises.State = value;
            else
                _directive!.State = value;
        }
    }

    public string? DecidedBy => Decision.DecidedBy;
    public DateOnly? DecidedOn => Decision.DecidedOn;
    public string? DecisionParagraph => Decision.DecisionParagraph;
    public string? RegistryNumber => Decision.RegistryNumber;
}
