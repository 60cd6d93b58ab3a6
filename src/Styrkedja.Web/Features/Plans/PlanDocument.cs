using System.Globalization;
using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Plans;

/// <summary>
/// A plan as a Word document: a cover with the decision, a table of contents, the grunduppdrag, the
/// goals per level, the indicators with målvärden, the activities and the plan's own sections. It
/// renders <see cref="PlanContent"/>, so a decided revision prints exactly what was decided.
/// </summary>
public static class PlanDocument
{
    public static byte[] Build(Plan plan, PlanContent content)
    {
        using var word = new WordDocumentBuilder();
        word.Cover(plan.Title, content.UnitName, CoverFacts(plan, content))
            .TableOfContents(DocumentText.Contents);
        Mission(word, content.Mission);
        Goals(word, content.Goals);
        Indicators(word, content.Indicators);
        Activities(word, content.Activities);
        foreach (var section in content.Sections)
            word.Heading(1, section.Heading).Markdown(section.Body);
        return word.ToArray();
    }

    /// <summary>"Verksamhetsplan-2026-Halso-och-sjukvardsnamnden-rev1.docx": ASCII only, so that every mail client and file system keeps it.</summary>
    /// <summary>The file name without extension, in ASCII so that every mail client and file system keeps it.</summary>
    public static string FileName(Plan plan, PlanContent content) =>
        $"{FileNames.Ascii(content.PlanName)}-{content.Year}-{FileNames.Ascii(content.UnitName)}-rev{plan.Revision}";

    private static IEnumerable<(string, string)> CoverFacts(Plan plan, PlanContent content)
    {
        yield return (DocumentText.Organisation, content.OrganisationName);
        yield return (DocumentText.Unit, content.UnitName);
        yield return (DocumentText.Plan, content.PlanName);
        yield return (DocumentText.Period, content.LastPlanYear > content.Year ? $"{content.Year}–{content.LastPlanYear}" : $"{content.Year}");
        yield return (DocumentText.State, Labels.For(plan.State));
        yield return (DocumentText.Revision, plan.Revision.ToString(CultureInfo.InvariantCulture));
        if (plan.State != PlanState.Decided)
        {
            yield return (DocumentText.Decision, DocumentText.NotDecided);
            yield break;
        }
        yield return (DocumentText.DecidedBy, plan.DecidedBy ?? DocumentText.Missing);
        yield return (DocumentText.DecidedOn, Date(plan.DecidedOn));
        yield return (DocumentText.DecisionParagraph, plan.DecisionParagraph ?? DocumentText.Missing);
        yield return (DocumentText.RegistryNumber, plan.RegistryNumber ?? DocumentText.Missing);
    }

    private static void Mission(WordDocumentBuilder word, PlanMission? mission)
    {
        word.Heading(1, DocumentText.Mission);
        if (mission is null)
        {
            word.Paragraph(DocumentText.MissionMissing);
            return;
        }
        word.Heading(2, DocumentText.MissionPurpose).Markdown(mission.Purpose)
            .Heading(2, DocumentText.MissionLawsAndDocuments).Markdown(mission.LawsAndDocuments)
            .Heading(2, DocumentText.MissionOrganisationAndManagement).Markdown(mission.OrganisationAndManagement)
            .Heading(2, DocumentText.MissionTargetGroupsAndPartners).Markdown(mission.TargetGroupsAndPartners);
    }

    private static void Goals(WordDocumentBuilder word, IReadOnlyList<PlanGoal> goals)
    {
        word.Heading(1, DocumentText.Goals);
        if (goals.Count == 0)
            word.Paragraph(DocumentText.GoalsNone);
        // The reader orders goals by level, so grouping keeps the model's level order.
        foreach (var level in goals.GroupBy(g => g.Level))
        {
            word.Heading(2, level.Key);
            foreach (var goal in level)
            {
                word.Heading(3, goal.Title);
                if (goal.Perspective is { } perspective)
                    word.Paragraph(string.Format(DocumentText.Perspective, perspective));
                word.Markdown(goal.Description);
                List(word, DocumentText.ContributesTo, goal.ContributesTo);
                List(word, DocumentText.MeasuredBy, goal.Indicators);
            }
        }
    }

    private static void List(WordDocumentBuilder word, string title, IReadOnlyList<string> items)
    {
        if (items.Count > 0)
            word.Paragraph(title).BulletList(items);
    }

    private static void Indicators(WordDocumentBuilder word, IReadOnlyList<PlanIndicator> indicators) =>
        TableSection(word, DocumentText.Indicators, DocumentText.IndicatorsNone,
            [DocumentText.ColumnIndicator, DocumentText.ColumnTarget, DocumentText.ColumnOwnerUnit, DocumentText.ColumnResponsiblePerson],
            indicators.Select(i => (IReadOnlyList<string>)
                [i.Name, i.Target is { } target ? Target(i, target) : DocumentText.NoTarget, i.OwnerUnit,
                 string.IsNullOrWhiteSpace(i.ResponsiblePerson) ? DocumentText.Missing : i.ResponsiblePerson]).ToList());

    // The value pages' own formatting ("90,0 %"), so that the document shows a målvärde as the app does.
    private static string Target(PlanIndicator indicator, decimal target) =>
        ValueRules.Format(new Indicator { Name = indicator.Name, MeasureUnit = indicator.MeasureUnit, Decimals = indicator.Decimals }, target);

    private static void Activities(WordDocumentBuilder word, IReadOnlyList<PlanActivity> activities) =>
        TableSection(word, DocumentText.Activities, DocumentText.ActivitiesNone,
            [DocumentText.ColumnActivity, DocumentText.ColumnResponsible, DocumentText.ColumnStart, DocumentText.ColumnEnd,
             DocumentText.ColumnStatus, DocumentText.ColumnProgress],
            activities.Select(a => (IReadOnlyList<string>)
                [a.Title, a.Responsible ?? DocumentText.Missing, Date(a.StartsOn), Date(a.EndsOn), Labels.For(a.Status),
                 $"{a.ProgressPercent} %"]).ToList());

    /// <summary>A chapter holding one table, or a sentence saying there is nothing to list.</summary>
    private static void TableSection(WordDocumentBuilder word, string heading, string none, IReadOnlyList<string> headers,
        IReadOnlyList<IReadOnlyList<string>> rows)
    {
        word.Heading(1, heading);
        if (rows.Count == 0)
            word.Paragraph(none);
        else
            word.Table(headers, rows);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? DocumentText.Missing;
}
