using Styrkedja.Web.Features.InternalControl;

namespace Styrkedja.Web.Data.Migrations;

/// <summary>
/// Gives the organisations that existed before internal control came the standard risk scales, as new
/// organisations get them from their model template. Plain SQL that SQLite and PostgreSQL both run.
/// </summary>
internal static class RiskScaleSeed
{
    public static string ForExistingOrganisations() => string.Join(";\n", RiskScales.Standard.Select(s =>
        $"""
        INSERT INTO "RiskScaleSteps" ("OrganisationId", "Axis", "Value", "Name", "Description", "CreatedAt", "UpdatedAt", "Version")
        SELECT "Id", {(int)s.Axis}, {s.Value}, '{s.Name.Replace("'", "''")}', '{s.Description.Replace("'", "''")}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
        FROM "Organisations"
        """));
}
