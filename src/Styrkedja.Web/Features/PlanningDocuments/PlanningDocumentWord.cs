using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Indicators;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.PlanningDocuments;

/// <summary>
/// Both planning documents as Word files: a cover with the decision, a table of contents, then the
/// planeringsförutsättningar's four parts (the nulägesanalys with its figures from the system) or the
/// directive's instructions and the committees' frames.
/// </summary>
public static class PlanningDocumentWord
{
    public static byte[] Premises(PlanningPremises premises, CurrentSituation current, string organisation)
    {
        using var word = Start(DocumentHead.Of(premises), organisation);
        foreach (var part in Enum.GetValues<PremisePart>())
        {
            word.Heading(1, Labels.For(part));
            if (part == PremisePart.Current)
                CurrentFacts(word, current);
            foreach (var section in premises.Sections.Where(s => s.Part == part).OrderBy(s => s.SortOrder).ThenBy(s => s.Id))
            {
                word.Heading(2, section.Heading);
                if (section.OrgUnit is { } unit)
                    word.Paragraph(string.Format(PlanningDocumentText.ContributedBy, unit.Name));
                word.Markdown(section.Body);
            }
        }
        return word.ToArray();
    }

    public static byte[] Directive(PlanningDirective directive, IReadOnlyList<AssignmentRow> rows, string organisation)
    {
        using var word = Start(DocumentHead.Of(directive), organisation);
        if (directive.Premises is { } premises)
            word.Paragraph($"{PlanningDocumentText.BuiltOn} {premises.Title}");
        word.Heading(1, PlanningDocumentText.CommonInstructions).Markdown(directive.Body)
            .Heading(1, PlanningDocumentText.Assignments)
            .Table([PlanningDocumentText.Committee, PlanningDocumentText.OperatingFrame, PlanningDocumentText.InvestmentFrame],
                rows.Select(r => (IReadOnlyList<string>)[r.Committee.Name, Frames.Format(r.Assignment?.OperatingFrame), Frames.Format(r.Assignment?.InvestmentFrame)]));
        foreach (var row in rows.Where(r => !string.IsNullOrWhiteSpace(r.Assignment?.Instructions)))
            word.Heading(2, row.Committee.Name).Markdown(row.Assignment!.Instructions);
        return word.ToArray();
    }

    /// <summary>"Planeringsforutsattningar-2026": ASCII only, so that every mail client and file system keeps it.</summary>
    public static string FileName(DocumentHead head) => $"{FileNames.Ascii(head.Noun)}-{head.Year}";

    private static WordDocumentBuilder Start(DocumentHead head, string organisation)
    {
        var word = new WordDocumentBuilder();
        word.Cover(head.Title, organisation, CoverFacts(head, organisation)).TableOfContents(DocumentText.Contents);
        return word;
    }

    private static IEnumerable<(string, string)> CoverFacts(DocumentHead head, string organisation)
    {
        yield return (DocumentText.Organisation, organisation);
        yield return (DocumentText.Period, head.Year.ToString());
        yield return (DocumentText.State, Labels.For(head.State));
        if (!head.IsLocked)
        {
            yield return (DocumentText.Decision, DocumentText.NotDecided);
            yield break;
        }
        yield return (DocumentText.DecidedBy, head.DecidedBy ?? DocumentText.Missing);
        yield return (DocumentText.DecidedOn, head.DecidedOn?.ToString("yyyy-MM-dd") ?? DocumentText.Missing);
        yield return (DocumentText.DecisionParagraph, head.DecisionParagraph ?? DocumentText.Missing);
        yield return (DocumentText.RegistryNumber, head.RegistryNumber ?? DocumentText.Missing);
    }

    private static void CurrentFacts(WordDocumentBuilder word, CurrentSituation current)
    {
        word.Heading(2, string.Format(PlanningDocumentText.CurrentFactsHeading, current.Year));
        if (current.Levels.Count == 0)
        {
            word.Paragraph(string.Format(PlanningDocumentText.NoGoalsLastYear, current.Year));
            return;
        }
        word.Paragraph(string.Format(PlanningDocumentText.GoalFulfilmentCaption, current.Year))
            .Table([PlanningDocumentText.Level, IndicatorText.StatusMet, IndicatorText.StatusClose, IndicatorText.StatusNotMet, PlanningDocumentText.NoStatus],
                current.Levels.Select(l => (IReadOnlyList<string>)[l.Level, $"{l.Counts.Met}", $"{l.Counts.Close}", $"{l.Counts.NotMet}", $"{l.Counts.None}"]));
        if (current.Outcomes.Count == 0)
            return;
        word.Paragraph(string.Format(PlanningDocumentText.OutcomesCaption, current.Year))
            .Table([PlanningDocumentText.Committee, PlanningDocumentText.Indicator, PlanningDocumentText.Outcome, PlanningDocumentText.Target, PlanText.State],
                current.Outcomes.Select(o => (IReadOnlyList<string>)[o.Committee, o.Indicator, o.Outcome ?? PlanningDocumentText.Missing,
                    o.Target ?? PlanningDocumentText.Missing, o.Status is { } s ? TargetReading.Label(s) : PlanningDocumentText.NoStatus]));
    }
}
