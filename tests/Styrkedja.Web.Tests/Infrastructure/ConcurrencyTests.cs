using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Web;

namespace Styrkedja.Web.Tests.Infrastructure;

/// <summary>The save every form uses, on the real database of either provider.</summary>
public class ConcurrencyTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    [Fact]
    public async Task Two_people_creating_the_same_thing_at_once_the_later_gets_a_message_not_an_error()
    {
        var message = await app.WithDbAsync(DemoUsers.Halland, async late =>
        {
            late.PlanningYears.Add(new PlanningYear { OrganisationId = late.OrganisationId!.Value, Year = 2045 });
            // Someone else's save of the same year lands first.
            await app.WithDbAsync(DemoUsers.Halland, async early =>
            {
                early.PlanningYears.Add(new PlanningYear { OrganisationId = early.OrganisationId!.Value, Year = 2045 });
                return await early.SaveChangesAsync();
            });
            return await late.TrySaveAsync("Planeringsåret", TimeProvider.System);
        });

        Assert.NotNull(message);
        Assert.StartsWith("Planeringsåret sparades av någon annan i samma ögonblick", message);
        Assert.Equal(1, await app.WithDbAsync(DemoUsers.Halland, db => db.PlanningYears.CountAsync(y => y.Year == 2045)));
    }

    [Fact]
    public async Task Other_database_errors_are_not_mistaken_for_a_conflict()
    {
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => app.WithDbAsync(DemoUsers.Halland, async db =>
        {
            // A goal whose level does not exist breaks a foreign key, which is a bug, not a race.
            var year = await db.PlanningYears.FirstAsync();
            var unit = await db.OrgUnits.FirstAsync();
            db.Goals.Add(new Goal { OrganisationId = year.OrganisationId, PlanningYearId = year.Id, LevelId = 999999, OwnerUnitId = unit.Id, Title = "Fel" });
            return await db.TrySaveAsync("Målet", TimeProvider.System);
        }));

        Assert.False(Concurrency.IsUniqueViolation(error));
    }
}
