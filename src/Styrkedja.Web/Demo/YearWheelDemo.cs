using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.YearWheel;

namespace Styrkedja.Web.Demo;

/// <summary>
/// Seeds a demo organisation's year wheel: this year's calendar generated from the template, the steps
/// before today done except the latest one (so that a late step shows), a meeting for every meeting step —
/// the past ones with minutes, decisions and follow-up actions, the future ones with an agenda and the
/// information the committees are asked to bring — and last year's evaluation of the process. Example data.
/// </summary>
internal sealed class YearWheelDemo(DemoSeeder seed)
{
    public async Task SeedAsync(PlanningYear lastYear, PlanningYear thisYear)
    {
        var db = seed.Db;
        var today = DateOnly.FromDateTime(seed.Clock.GetLocalNow().Date);
        var items = await YearWheelRules.GenerateAsync(db, thisYear);
        await db.SaveChangesAsync();

        var past = items.Where(i => i.Date < today).OrderBy(i => i.Date).ToList();
        foreach (var item in past.SkipLast(1))
            item.DoneOn = item.Date;

        var committees = await db.OrgUnits.Where(u => u.Kind == OrgUnitKind.Namnd || u.Kind == OrgUnitKind.Styrelse)
            .OrderBy(u => u.Path).ToListAsync();
        var users = await db.Users.Where(u => u.OrganisationId == thisYear.OrganisationId).OrderBy(u => u.Email).ToListAsync();
        var controller = users.First(u => u.Email!.StartsWith("controller", StringComparison.Ordinal));
        var editor = users.First(u => u.Email!.StartsWith("redaktor", StringComparison.Ordinal));
        var steps = await db.ProcessSteps.ToDictionaryAsync(s => s.Id);
        foreach (var item in items.Where(i => i.Produces == ProcessOutput.Meeting))
        {
            var isPast = item.Date < today;
            var meeting = new Meeting
            {
                OrganisationId = item.OrganisationId, Type = steps[item.ProcessStepId!.Value].MeetingType ?? MeetingType.Other,
                Title = item.Name, Date = item.Date, StartTime = new TimeOnly(9, 0), EndTime = new TimeOnly(12, 0),
                Location = "Regionens hus, sal Hallen", Purpose = item.Purpose,
                Goal = "En gemensam bild av läget och överenskomna åtgärder. *(Exempeldata.)*",
                ExpectedResult = "Protokollförda åtgärder med ansvarig och datum. *(Exempeldata.)*",
                Agenda = "1. Läget i ekonomin\n2. Måluppfyllelse\n3. Åtgärder *(Exempeldata.)*",
                InformationRequest = "Ta med nämndens prognos för helåret och de tre viktigaste riskerna. *(Exempeldata.)*",
                InformationDueOn = item.Date.AddDays(-7),
            };
            foreach (var committee in committees)
                meeting.Participants.Add(new MeetingParticipant { OrganisationId = item.OrganisationId, OrgUnitId = committee.Id });
            meeting.Participants.Add(new MeetingParticipant { OrganisationId = item.OrganisationId, UserId = controller.Id });
            if (isPast)
            {
                meeting.Minutes = "Nämnderna redovisade läget. Två nämnder prognostiserar underskott. *(Exempeldata.)*";
                meeting.Decisions = "- Nämnderna med underskott tar fram åtgärdsplaner. *(Exempeldata.)*";
                meeting.Actions.Add(new MeetingAction
                {
                    // Left open: once its date has passed, the editor's Mina uppgifter shows it overdue.
                    OrganisationId = item.OrganisationId, Text = "Åtgärdsplan för ekonomi i balans", OwnerUserId = editor.Id,
                    DueOn = item.Date.AddDays(30),
                });
                meeting.Actions.Add(new MeetingAction
                {
                    OrganisationId = item.OrganisationId, Text = "Skicka protokollet till nämndernas presidier",
                    OwnerUserId = controller.Id, DueOn = item.Date.AddDays(3), DoneOn = item.Date.AddDays(3),
                });
            }
            db.Meetings.Add(meeting);
            item.Meeting = meeting;
        }
        await db.SaveChangesAsync();
        await AddComingDialogueAsync(thisYear, today, committees, controller);

        var evaluation = new ProcessEvaluation
        {
            OrganisationId = lastYear.OrganisationId, PlanningYearId = lastYear.Id,
            WhatWorked = "Dialogerna med nämndpresidierna gav en gemensam bild av läget. *(Exempeldata.)*",
            WhatDidNotWork = "Nämnderna fick för kort tid mellan direktiv och budgetunderlag. *(Exempeldata.)*",
            AppliedOn = new DateOnly(lastYear.Year, 12, 15),
        };
        db.ProcessEvaluations.Add(evaluation);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// A result dialogue two weeks ahead, added to the calendar by hand, so that the demo always has a
    /// meeting to prepare for whatever day it is loaded.
    /// </summary>
    private async Task AddComingDialogueAsync(PlanningYear year, DateOnly today, List<OrgUnit> committees, AppUser controller)
    {
        var db = seed.Db;
        var date = today.AddDays(14);
        var meeting = new Meeting
        {
            OrganisationId = year.OrganisationId, Type = MeetingType.ResultDialogue, Title = "Resultatdialog med nämndpresidierna",
            Date = date, StartTime = new TimeOnly(13, 0), EndTime = new TimeOnly(16, 0), Location = "Regionens hus",
            Purpose = "Följa upp årets resultat och prognos inför bokslutet. *(Exempeldata.)*",
            Goal = "Överenskomna åtgärder för de mål som inte nås. *(Exempeldata.)*",
            ExpectedResult = "En åtgärdslista med ansvariga. *(Exempeldata.)*",
            Agenda = "1. Prognos för helåret\n2. Måluppfyllelse\n3. Åtgärder *(Exempeldata.)*",
            InformationRequest = "Ta med nämndens helårsprognos och åtgärder för målen som inte nås. *(Exempeldata.)*",
            InformationDueOn = today.AddDays(7),
        };
        foreach (var committee in committees.Take(2))
            meeting.Participants.Add(new MeetingParticipant { OrganisationId = year.OrganisationId, OrgUnitId = committee.Id });
        meeting.Participants.Add(new MeetingParticipant { OrganisationId = year.OrganisationId, UserId = controller.Id });
        db.Meetings.Add(meeting);
        if (date.Year == year.Year)
            db.YearWheelItems.Add(new YearWheelItem
            {
                OrganisationId = year.OrganisationId, PlanningYearId = year.Id, Name = meeting.Title, Date = date,
                Body = ProcessBody.Board, Produces = ProcessOutput.Meeting, Purpose = meeting.Purpose, Meeting = meeting,
            });
        await db.SaveChangesAsync();
    }
}
