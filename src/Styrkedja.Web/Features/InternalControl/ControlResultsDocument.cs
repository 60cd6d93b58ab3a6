using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl;

/// <summary>
/// The internal-control part of a Word report (verksamhetsberättelse or annual report): the counts per
/// committee with their total, then each committee's controls — what <c>_ControlResults</c> shows on the page.
/// </summary>
public static class ControlResultsDocument
{
    public static void Write(WordDocumentBuilder word, ControlResultsSummary summary, int headingLevel)
    {
        word.Heading(headingLevel, ControlText.InternalControlHeading);
        if (summary.Committees.Count == 0)
        {
            word.Paragraph(ControlText.NoControlPlan);
            return;
        }
        var outcomes = Enum.GetValues<ControlOutcome>();
        word.Table([ControlText.Committee, .. outcomes.Select(o => Labels.For(o)), ControlText.NotReported, ControlText.ControlCount],
            summary.Committees.Select(c => Counts(c.Unit.Name, c.Counts, outcomes))
                .Append(Counts(ControlText.Total, summary.Total, outcomes)));
        foreach (var committee in summary.Committees)
        {
            word.Heading(headingLevel + 1, committee.Unit.Name);
            if (committee.Controls.Count == 0)
            {
                word.Paragraph(ControlText.NoControls);
                continue;
            }
            word.Table([ControlText.ControlTitle, ControlText.Outcome, ControlText.Findings, ControlText.OpenActions],
                committee.Controls.Select(line => (IReadOnlyList<string>)
                    [line.Title, line.Outcome is { } o ? Labels.For(o) : ControlText.NotReported, line.Findings ?? "", $"{line.OpenActions}"]));
        }
    }

    private static IReadOnlyList<string> Counts(string name, OutcomeCounts counts, ControlOutcome[] outcomes) =>
        [name, .. outcomes.Select(o => $"{counts.Of(o)}"), $"{counts.NotReported}", $"{counts.Controls}"];
}
