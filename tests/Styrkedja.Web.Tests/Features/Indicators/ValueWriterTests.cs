using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Indicators;

/// <summary>The one writer behind the grid, Excel and the API: all or nothing, checked first.</summary>
public class ValueWriterTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    private const int Year = 2025;

    /// <summary>A tertial percentage reported by one committee, created fresh for each test.</summary>
    private async Task<(int Indicator, int Unit, int OtherUnit)> ArrangeAsync(string name) =>
        await app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            var hsn = await db.OrgUnits.SingleAsync(u => u.Name == "Hälso- och sjukvårdsnämnden");
            var run = await db.OrgUnits.SingleAsync(u => u.Name == "Regionala utvecklingsnämnden");
            var indicator = new Indicator
            {
                OrganisationId = hsn.OrganisationId, Name = name, MeasureUnit = "%", Decimals = 1,
                Periodicity = Periodicity.Tertial, OwnerUnitId = hsn.Id,
            };
            indicator.Adoptions.Add(new IndicatorAdoption { OrganisationId = hsn.OrganisationId, OrgUnitId = hsn.Id });
            db.Indicators.Add(indicator);
            await db.SaveChangesAsync();
            return (indicator.Id, hsn.Id, run.Id);
        });

    private async Task<ValueWriteResult> WriteAsync(params ValueWrite[] writes)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
        db.OrganisationId = (await db.Organisations.SingleAsync(o => o.Name == DemoUsers.Halland)).Id;
        return await scope.ServiceProvider.GetRequiredService<ValueWriter>().WriteAsync(writes, IndicatorSource.Api, checkUserAccess: false);
    }

    private Task<List<IndicatorValue>> ValuesAsync(int indicator) =>
        app.WithDbAsync(DemoUsers.Halland, db => db.IndicatorValues.Where(v => v.IndicatorId == indicator).OrderBy(v => v.Period).ToListAsync());

    [Fact]
    public async Task A_clean_batch_is_written_whole_and_audited()
    {
        var (indicator, unit, _) = await ArrangeAsync("Andel besök inom vårdgarantin");

        var result = await WriteAsync(new(indicator, unit, Year, 1, Gender.Total, 81.5m, "Färre läkare i januari"),
            new(indicator, unit, Year, 2, Gender.Total, 84m));

        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Written);
        var values = await ValuesAsync(indicator);
        Assert.Equal([81.5m, 84m], values.Select(v => v.Value!.Value));
        Assert.Equal("Färre läkare i januari", values[0].Comment);
        var audited = await app.WithDbAsync(DemoUsers.Halland, db =>
            db.AuditEntries.CountAsync(a => a.EntityType == nameof(IndicatorValue) && a.SubjectId == indicator.ToString()));
        Assert.Equal(2, audited);
    }

    [Fact]
    public async Task One_bad_value_writes_nothing_and_names_its_place_and_reason()
    {
        var (indicator, unit, other) = await ArrangeAsync("Andel nöjda patienter");

        var result = await WriteAsync(new(indicator, unit, Year, 1, Gender.Total, 70m),
            new(indicator, unit, Year, 2, Gender.Total, 170m),
            new(indicator, unit, Year, 4, Gender.Total, 70m),
            new(indicator, other, Year, 1, Gender.Total, 70m));

        Assert.False(result.Succeeded);
        Assert.Equal([1, 2, 3], result.Errors.Select(e => e.Index));
        Assert.Contains("högre än det högsta tillåtna", result.Errors[0].Message);
        Assert.Contains("tertial", result.Errors[1].Message);
        Assert.Contains("rapporterar inte", result.Errors[2].Message);
        Assert.Empty(await ValuesAsync(indicator));
    }

    [Fact]
    public async Task A_value_changed_since_the_writer_saw_it_is_a_conflict_and_nothing_is_written()
    {
        var (indicator, unit, _) = await ArrangeAsync("Andel återbesök");
        await WriteAsync(new ValueWrite(indicator, unit, Year, 1, Gender.Total, 50m));
        var seen = (await ValuesAsync(indicator)).Single().Version;
        await WriteAsync(new ValueWrite(indicator, unit, Year, 1, Gender.Total, 55m, ExpectedVersion: seen));

        var late = await WriteAsync(new(indicator, unit, Year, 1, Gender.Total, 60m, ExpectedVersion: seen),
            new(indicator, unit, Year, 2, Gender.Total, 61m));

        Assert.False(late.Succeeded);
        Assert.Contains("har ändrats av", Assert.Single(late.Errors).Message);
        Assert.Equal(55m, Assert.Single(await ValuesAsync(indicator)).Value);
    }

    [Fact]
    public async Task Emptying_a_value_without_comment_removes_it()
    {
        var (indicator, unit, _) = await ArrangeAsync("Andel digitala besök");
        await WriteAsync(new ValueWrite(indicator, unit, Year, 3, Gender.Total, 12m));

        var result = await WriteAsync(new ValueWrite(indicator, unit, Year, 3, Gender.Total, null));

        Assert.True(result.Succeeded);
        Assert.Empty(await ValuesAsync(indicator));
    }
}
