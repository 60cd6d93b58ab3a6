using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Organisation;

/// <summary>
/// The organisation's units as an in-memory tree (one query), and the one place that knows how the
/// materialised <see cref="OrgUnit.Path"/> ("/1/4/9/") is built and rebuilt. An organisation has at
/// most a few thousand units, so reading them all beats recursive SQL on both providers.
/// </summary>
public sealed class OrgTree
{
    private readonly ILookup<int?, OrgUnit> _children;

    private OrgTree(List<OrgUnit> units)
    {
        Units = units.ToDictionary(u => u.Id);
        _children = units.OrderBy(u => u.Kind).ThenBy(u => u.SortOrder)
            .ThenBy(u => u.Name, StringComparer.Create(Infrastructure.ServiceRegistration.Swedish, true))
            .ToLookup(u => u.ParentId);
    }

    public IReadOnlyDictionary<int, OrgUnit> Units { get; }

    /// <summary>
    /// Loads every unit of the organisation. <paramref name="tracked"/> for pages that change units, so
    /// that e.g. a move rewrites the paths of a whole subtree and saves it (and its audit) in one go.
    /// </summary>
    public static async Task<OrgTree> LoadAsync(StyrkedjaDbContext db, bool tracked = false) =>
        new(await (tracked ? db.OrgUnits : db.OrgUnits.AsNoTracking()).ToListAsync());

    /// <summary>The path of a unit with this id under this parent (null: a root).</summary>
    public static string PathFor(OrgUnit? parent, int unitId) => $"{parent?.Path ?? "/"}{unitId}/";

    /// <summary>0 for a root, 1 for its children …</summary>
    public static int Depth(OrgUnit unit) => unit.Path.Count(c => c == '/') - 2;

    /// <summary>Top units, in display order: councils before boards, committees, administrations …</summary>
    public IReadOnlyList<OrgUnit> Roots => ChildrenOf(null);

    public IReadOnlyList<OrgUnit> ChildrenOf(int? unitId) => _children[unitId].ToList();

    /// <summary>Every unit depth-first in display order, for selects that show the tree's shape.</summary>
    public IEnumerable<OrgUnit> InTreeOrder(int? under = null)
    {
        foreach (var unit in _children[under])
        {
            yield return unit;
            foreach (var descendant in InTreeOrder(unit.Id))
                yield return descendant;
        }
    }

    /// <summary>
    /// Why the unit with this id may not become the parent of a new unit (or of <paramref name="moving"/>),
    /// in Swedish; null when it may.
    /// </summary>
    public string? ParentRefusal(int parentId, OrgUnit? moving = null)
    {
        if (!Units.TryGetValue(parentId, out var parent))
            return OrganisationText.ErrorParentUnknown;
        if (moving is not null && parent.IsWithin(moving.Path))
            return OrganisationText.ErrorMoveIntoOwnSubtree;
        if (parent.IsClosed)
            return string.Format(OrganisationText.ErrorParentClosed, parent.Name);
        return null;
    }

    /// <summary>The units a form offers as parent: exactly those <see cref="ParentRefusal"/> accepts.</summary>
    public IEnumerable<OrgUnit> ParentCandidates(OrgUnit? moving = null) =>
        InTreeOrder().Where(u => ParentRefusal(u.Id, moving) is null);

    /// <summary>
    /// Adds a unit under <paramref name="parent"/>. Its path contains its own id, known only after the
    /// insert, so it takes two saves; one transaction keeps a unit without its path from ever being stored.
    /// </summary>
    public static async Task AddAsync(StyrkedjaDbContext db, OrgUnit unit, OrgUnit? parent)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        unit.ParentId = parent?.Id;
        db.OrgUnits.Add(unit);
        await db.SaveChangesAsync();
        unit.Path = PathFor(parent, unit.Id);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>
    /// Hangs the unit under a new parent and rewrites the path of the unit and every descendant.
    /// The entities are tracked, so the caller's single save stores and audits all of them.
    /// The tree's child lists are not rebuilt: save and reload after a move.
    /// </summary>
    public void Move(OrgUnit unit, OrgUnit newParent)
    {
        var oldPath = unit.Path;
        var newPath = PathFor(newParent, unit.Id);
        foreach (var member in Units.Values.Where(u => u.IsWithin(oldPath)))
            member.Path = newPath + member.Path[oldPath.Length..];
        unit.ParentId = newParent.Id;
    }
}
