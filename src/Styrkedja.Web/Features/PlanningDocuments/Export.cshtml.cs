using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Documents;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// /PlanningDocuments/Export/{premises|directive}/{id}?format=docx|pdf: either document as Word, or that
/// file as PDF. Everyone in the organisation reads both, so everyone may download them.
/// </summary>
public class ExportModel(StyrkedjaDbContext db, PdfConverter pdf, ILogger<ExportModel> logger) : DocumentExportModel(pdf, logger)
{
    public async Task<IActionResult> OnGetAsync(string kind, int id, string? format = "docx")
    {
        if (!IsKnownFormat(format))
            return BadRequest();
        switch (kind)
        {
            case DocumentHead.PremisesKind:
                var premises = await db.PlanningPremises.AsNoTracking().Include(p => p.PlanningYear)
                    .Include(p => p.Sections).ThenInclude(s => s.OrgUnit).SingleOrDefaultAsync(p => p.Id == id);
                if (premises is null)
                    return NotFound();
                var current = await CurrentSituation.LoadAsync(db, premises.PlanningYear!.Year);
                return await SendAsync(DocumentHead.Of(premises), format!,
                    PlanningDocumentWord.Premises(premises, current, await OrganisationNameAsync(premises.OrganisationId)));
            case DocumentHead.DirectiveKind:
                var directive = await db.PlanningDirectives.AsNoTracking().Include(d => d.PlanningYear).Include(d => d.Premises)
                    .Include(d => d.Assignments).SingleOrDefaultAsync(d => d.Id == id);
                if (directive is null)
                    return NotFound();
                var byUnit = directive.Assignments.ToDictionary(a => a.OrgUnitId);
                var rows = (await PlanningDocumentRules.CommitteesAsync(db))
                    .Select(c => new AssignmentRow(c, byUnit.GetValueOrDefault(c.Id), false)).ToList();
                return await SendAsync(DocumentHead.Of(directive), format!,
                    PlanningDocumentWord.Directive(directive, rows, await OrganisationNameAsync(directive.OrganisationId)));
            default:
                return NotFound();
        }
    }

    private Task<string> OrganisationNameAsync(int id) => db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync();

    private Task<IActionResult> SendAsync(DocumentHead head, string format, byte[] docx) =>
        DocumentAsync(format, docx, PlanningDocumentWord.FileName(head), head.Url, Resources.PlanningDocumentText.BackToDocument);
}
