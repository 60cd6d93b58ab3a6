using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.InternalControl;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports;

/// <summary>
/// A unit report as a Word document: a cover with the unit, title, period, state and decision, a table
/// of contents, per goal its assessment and analysis with its indicators, the activities, the economy,
/// the internal control when the type includes it, and the free sections. It renders <see cref="ReportContent"/>, as the report page does.
/// </summary>
public static class ReportDocument
{
    public static byte[] Build(ReportContent content)
    {
        using var word = new WordDocumentBuilder();
        word.Cover($"{content.Title} – {content.UnitName}", content.Period, CoverFacts(content))
            .TableOfContents(DocumentText.Contents);
        Goals(word, content.Goals);
        Activities(word, content.Activities);
        Economy(word, content.Economy);
        if (content.InternalControl is { } internalControl)
            ControlResultsDocument.Write(word, internalControl, 1);
        foreach (var section in content.Sections)
            word.Heading(1, section.Heading).Markdown(section.Body);
        return word.ToArray();
    }

    /// <summary>"Tertialrapport-2026-Halso-och-sjukvardsnamnden", without extension.</summary>
    public static string FileName(ReportContent content) => $"{FileNames.Ascii(content.Title)}-{FileNames.Ascii(content.UnitName)}";

    private static IEnumerable<(string, string)> CoverFacts(ReportContent content)
    {
        yield return (DocumentText.Organisation, content.OrganisationName);
        yield return (DocumentText.Unit, content.UnitName);
        yield return (ReportText.ReportType, content.TypeName);
        yield return (ReportText.Period, content.Period);
        yield return (DocumentText.State, Labels.For(content.State));
        if (content.Decision is not { } decision)
        {
            yield return (DocumentText.Decision, ReportText.NotAdopted);
            yield break;
        }
        yield return (DocumentText.DecidedBy, decision.DecidedBy ?? DocumentText.Missing);
        yield return (DocumentText.DecidedOn, Text(ReportDisplay.Date(decision.DecidedOn)));
        yield return (DocumentText.DecisionParagraph, decision.Paragraph ?? DocumentText.Missing);
        yield return (DocumentText.RegistryNumber, decision.RegistryNumber ?? DocumentText.Missing);
    }

    private static void Goals(WordDocumentBuilder word, IReadOnlyList<ReportGoal> goals)
    {
        word.Heading(1, ReportText.Goals);
        if (goals.Count == 0)
            word.Paragraph(ReportText.NoGoals);
        foreach (var goal in goals)
        {
            word.Heading(2, goal.Title).Paragraph($"{goal.Level}");
            if (goal.ContributesTo.Count > 0)
                word.Paragraph(DocumentText.ContributesTo).BulletList(goal.ContributesTo);
            word.Table([ReportText.AtPeriodEnd, ReportText.Forecast],
                [[Labels.For(goal.Assessment?.AtPeriodEnd ?? Fulfilment.NotAssessed), Labels.For(goal.Assessment?.Forecast ?? Fulfilment.NotAssessed)]]);
            if (goal.Assessment is { } assessment)
                word.Heading(3, ReportText.Analysis).Markdown(assessment.Analysis)
                    .Heading(3, ReportText.Consequences).Markdown(assessment.Consequences)
                    .Heading(3, ReportText.Measures).Markdown(assessment.Measures);
            else
                word.Paragraph(ReportText.NotAssessedYet);
            if (goal.Indicators.Count > 0)
                word.Heading(3, ReportText.Indicators).Table(
                    [ReportText.Indicator, ReportText.ReadFor, ReportText.ValuePeriod, ReportText.Value, ReportText.Target, ReportText.Status],
                    goal.Indicators.Select(i => (IReadOnlyList<string>)
                        [i.Name, i.ReadFor, i.Period ?? ReportText.NoValue, i.Value ?? "", i.Target ?? ReportText.NoTarget,
                         i.Status is { } status ? Indicators.TargetReading.Label(status) : ReportText.NoStatus]));
        }
    }

    private static void Activities(WordDocumentBuilder word, IReadOnlyList<ReportActivity> activities)
    {
        word.Heading(1, ReportText.Activities);
        if (activities.Count == 0)
        {
            word.Paragraph(ReportText.NoActivities);
            return;
        }
        word.Table([ReportText.Activity, ReportText.Responsible, ReportText.EndsOn, ReportText.ActivityStatus, ReportText.Progress],
            activities.Select(a => (IReadOnlyList<string>)
                [a.Title, a.Responsible ?? DocumentText.Missing,
                 Text(ReportDisplay.Date(a.EndsOn)) + (a.IsOverdue ? $" ({ReportText.Overdue})" : ""),
                 Labels.For(a.Status), $"{a.ProgressPercent} %"]));
    }

    private static void Economy(WordDocumentBuilder word, ReportEconomy economy)
    {
        word.Heading(1, ReportText.Economy)
            .Table([ReportText.Figure, ReportText.Tkr], ReportDisplay.EconomyRows(economy).Select(r => (IReadOnlyList<string>)[r.Label, r.Value]));
        if (!string.IsNullOrWhiteSpace(economy.Comment))
            word.Markdown(economy.Comment);
    }

    private static string Text(string value) => value.Length == 0 ? DocumentText.Missing : value;
}
