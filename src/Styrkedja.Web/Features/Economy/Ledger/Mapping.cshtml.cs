using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Security;
using Styrkedja.Web.Infrastructure.Web;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>
/// /Economy/Ledger/Mapping: which ledger objects are which units, and which account ranges go to which
/// budget line, for the organisation. Everyone reads; the central staff change it, or replace the account
/// ranges with a standard chart's.
/// </summary>
public class MappingModel(StyrkedjaDbContext db, AccessPolicy access, TimeProvider clock) : PageModel
{
    public sealed class ObjectInput
    {
        public int Dimension { get; set; } = LedgerMappingSet.DefaultDimension;
        public string? Code { get; set; }
        public int UnitId { get; set; }
    }

    public sealed class AccountInput
    {
        public int? From { get; set; }
        public int? To { get; set; }
        public int LineId { get; set; }
    }

    [BindProperty] public ObjectInput NewObject { get; set; } = new();
    [BindProperty] public AccountInput NewAccount { get; set; } = new();
    [BindProperty] public string? NewLine { get; set; }
    [BindProperty] public string? Chart { get; set; }

    public bool MayEdit { get; private set; }
    public List<LedgerObjectMapping> Objects { get; private set; } = [];
    public List<AccountMapping> Accounts { get; private set; } = [];
    public List<BudgetLine> Lines { get; private set; } = [];
    public List<OrgUnit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        if ((await access.GrantsAsync()).Count == 0)
            return Forbid();
        NewObject.Code = code;
        await LoadAsync();
        NewObject.Dimension = Objects.FirstOrDefault()?.Dimension ?? LedgerMappingSet.DefaultDimension;
        return Page();
    }

    public async Task<IActionResult> OnPostAddObjectAsync()
    {
        if (!await MayEditAsync())
            return Forbid();
        await LoadAsync();
        var code = NewObject.Code?.Trim() ?? "";
        if (Objects.Count > 0 && Objects[0].Dimension != NewObject.Dimension)
            ModelState.AddModelError("NewObject.Dimension", string.Format(LedgerText.ErrorOtherDimension, Objects[0].Dimension));
        else if (NewObject.Dimension < 1)
            ModelState.AddModelError("NewObject.Dimension", LedgerText.ErrorDimension);
        if (Objects.Any(o => o.ObjectCode == code))
            ModelState.AddModelError("NewObject.Code", string.Format(LedgerText.ErrorObjectTaken, code.Length == 0 ? LedgerText.NoObject : code));
        if (Units.All(u => u.Id != NewObject.UnitId))
            ModelState.AddModelError("NewObject.UnitId", LedgerText.ErrorUnit);
        if (!ModelState.IsValid)
            return Page();
        db.LedgerObjectMappings.Add(new LedgerObjectMapping
        {
            OrganisationId = db.OrganisationId!.Value, Dimension = NewObject.Dimension, ObjectCode = code, OrgUnitId = NewObject.UnitId,
        });
        return await SavedAsync(LedgerText.ObjectNoun, LedgerText.ObjectSaved);
    }

    public async Task<IActionResult> OnPostRemoveObjectAsync(int id, int version)
    {
        if (!await MayEditAsync())
            return Forbid();
        if (await db.LedgerObjectMappings.SingleOrDefaultAsync(m => m.Id == id) is not { } mapping)
            return NotFound();
        db.ExpectVersion(mapping, version);
        db.LedgerObjectMappings.Remove(mapping);
        return await SavedAsync(LedgerText.ObjectNoun, LedgerText.MappingRemoved);
    }

    public async Task<IActionResult> OnPostAddAccountAsync()
    {
        if (!await MayEditAsync())
            return Forbid();
        await LoadAsync();
        var (from, to) = (NewAccount.From, NewAccount.To);
        if (from is null or < 0)
            ModelState.AddModelError("NewAccount.From", LedgerText.ErrorAccountNumber);
        if (to is null or < 0)
            ModelState.AddModelError("NewAccount.To", LedgerText.ErrorAccountNumber);
        else if (from > to)
            ModelState.AddModelError("NewAccount.To", LedgerText.ErrorFromAfterTo);
        else if (from is not null && Accounts.FirstOrDefault(a => a.FromAccount <= to && from <= a.ToAccount) is { } overlap)
            ModelState.AddModelError("NewAccount.From", string.Format(LedgerText.ErrorOverlap, overlap.FromAccount, overlap.ToAccount, overlap.BudgetLine!.Name));
        if (Lines.All(l => l.Id != NewAccount.LineId))
            ModelState.AddModelError("NewAccount.LineId", LedgerText.ErrorLine);
        if (!ModelState.IsValid)
            return Page();
        db.AccountMappings.Add(new AccountMapping
        {
            OrganisationId = db.OrganisationId!.Value, FromAccount = from!.Value, ToAccount = to!.Value, BudgetLineId = NewAccount.LineId,
        });
        return await SavedAsync(LedgerText.AccountNoun, LedgerText.AccountSaved);
    }

    public async Task<IActionResult> OnPostRemoveAccountAsync(int id, int version)
    {
        if (!await MayEditAsync())
            return Forbid();
        if (await db.AccountMappings.SingleOrDefaultAsync(m => m.Id == id) is not { } mapping)
            return NotFound();
        db.ExpectVersion(mapping, version);
        db.AccountMappings.Remove(mapping);
        return await SavedAsync(LedgerText.AccountNoun, LedgerText.MappingRemoved);
    }

    public async Task<IActionResult> OnPostAddLineAsync()
    {
        if (!await MayEditAsync())
            return Forbid();
        await LoadAsync();
        var name = NewLine?.Trim() ?? "";
        if (name.Length is 0 or > 200)
            ModelState.AddModelError(nameof(NewLine), LedgerText.ErrorLineName);
        else if (Lines.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
            ModelState.AddModelError(nameof(NewLine), string.Format(LedgerText.ErrorLineTaken, name));
        if (!ModelState.IsValid)
            return Page();
        db.BudgetLines.Add(new BudgetLine
        {
            OrganisationId = db.OrganisationId!.Value, Name = name, SortOrder = Lines.Count == 0 ? 1 : Lines.Max(l => l.SortOrder) + 1,
        });
        return await SavedAsync(LedgerText.LineNoun, LedgerText.LineSaved);
    }

    public async Task<IActionResult> OnPostChartAsync()
    {
        if (!await MayEditAsync())
            return Forbid();
        if (LedgerChart.Find(Chart) is not { } chart)
        {
            await LoadAsync();
            ModelState.AddModelError(nameof(Chart), LedgerText.ErrorChart);
            return Page();
        }
        await chart.ApplyAsync(db, db.OrganisationId!.Value);
        return await SavedAsync(LedgerText.AccountNoun, string.Format(LedgerText.ChartApplied, chart.Name));
    }

    private async Task<bool> MayEditAsync() => MayEdit = await access.ActsForWholeOrganisationAsync();

    private async Task<IActionResult> SavedAsync(string noun, string message)
    {
        if (!await this.TrySaveOrShowConflictAsync(db, noun, clock))
        {
            await LoadAsync();
            return Page();
        }
        TempData["Message"] = message;
        return Redirect("/Economy/Ledger/Mapping");
    }

    public IReadOnlyList<FieldOption> UnitOptions => Units
        .Select(u => new FieldOption(u.Id.ToString(), u.Name, u.Id == NewObject.UnitId)).ToList();

    public IReadOnlyList<FieldOption> LineOptions => Lines
        .Select(l => new FieldOption(l.Id.ToString(), l.Name, l.Id == NewAccount.LineId)).ToList();

    public IReadOnlyList<FieldOption> ChartOptions => LedgerChart.All
        .Select(c => new FieldOption(c.Key, c.Name, c.Key == Chart)).ToList();

    private async Task LoadAsync()
    {
        MayEdit = await access.ActsForWholeOrganisationAsync();
        Objects = await db.LedgerObjectMappings.AsNoTracking().Include(m => m.OrgUnit).OrderBy(m => m.ObjectCode).ToListAsync();
        Accounts = await db.AccountMappings.AsNoTracking().Include(m => m.BudgetLine).OrderBy(m => m.FromAccount).ToListAsync();
        Lines = await db.BudgetLines.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Name).ToListAsync();
        Units = (await db.OrgUnits.AsNoTracking().OrderBy(u => u.Path).ToListAsync()).Where(u => !u.IsClosed).ToList();
    }
}
