using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Styrkedja.Web.Data;
using Styrkedja.Web.Features.Reports.Consolidated;
using Styrkedja.Web.Tests.Infrastructure;

namespace Styrkedja.Web.Tests.Features.Reports;

/// <summary>The reader runs a fixed number of queries, whatever the number of units and reports.</summary>
public class ConsolidationQueryTests(StyrkedjaFactory app) : IClassFixture<StyrkedjaFactory>
{
    /// <summary>Counts the commands EF Core runs for one context (other tests may run queries at the same time).</summary>
    private sealed class CommandCounter(DbContext context) : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>
    {
        public int Count;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name)
                listener.Subscribe(this);
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData data && data.Context == context)
                Interlocked.Increment(ref Count);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
    }

    private async Task<(int Queries, int Reports)> QueriesOfReadingAsync(string organisation, int seed)
    {
        var round = await app.ArrangeRoundAsync(seed, organisation: organisation);
        var organisationId = await app.WithDbAsync(organisation, db => Task.FromResult(db.OrganisationId!.Value));
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StyrkedjaDbContext>();
        db.OrganisationId = organisationId;
        // Subscribed before the context's first query: EF Core remembers for a while that nobody listened.
        var counter = new CommandCounter(db);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(counter);
        var loaded = (await ConsolidatedAccess.RoundAsync(db, round.Id))!;
        var before = counter.Count;
        await ConsolidationReader.ReadAsync(db, loaded);
        return (counter.Count - before, await db.Reports.CountAsync(r => r.ReportRoundId == round.Id));
    }

    [Fact]
    public async Task Reading_a_round_takes_the_same_few_queries_in_organisations_of_different_size()
    {
        var halland = await QueriesOfReadingAsync(DemoUsers.Halland, 41);
        var blekinge = await QueriesOfReadingAsync(DemoUsers.Blekinge, 42);
        Assert.NotEqual(halland.Reports, blekinge.Reports);
        Assert.Equal(6, halland.Queries);
        Assert.Equal(6, blekinge.Queries);
    }
}
