using Styrkedja.Documents;
using Styrkedja.Documents.Charts;
using Styrkedja.Web.Features.InternalControl;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Reports.Consolidated;

/// <summary>
/// The consolidated report as a Word document: a cover, a table of contents, the region text, the
/// fulfilment tables with the chart as a picture, the committees' summaries, the economy roll-up and
/// the reports that are missing. It renders the same <see cref="Consolidation"/> as the page.
/// </summary>
public static class ConsolidatedDocument
{
    public static byte[] Build(Consolidation report, DateOnly today)
    {
        using var word = new WordDocumentBuilder();
        word.Cover(report.Title, report.OrganisationName,
            [
                (DocumentText.Organisation, report.OrganisationName),
                (ConsolidationText.CoverRound, report.Title),
                (ConsolidationText.CoverDate, ConsolidationDisplay.Date(today)),
            ])
            .TableOfContents(DocumentText.Contents);
        word.Heading(1, ConsolidationText.RegionText);
        if (string.IsNullOrWhiteSpace(report.RegionText))
            word.Paragraph(ConsolidationText.RegionTextNone);
        else
            word.Markdown(report.RegionText);
        if (!report.EconomyOnly)
        {
            Fulfilment(word, report);
            Summaries(word, report);
        }
        Economy(word, report);
        if (report.InternalControl is { } internalControl)
            ControlResultsDocument.Write(word, internalControl, 1);
        Missing(word, report);
        return word.ToArray();
    }

    /// <summary>"Delarsrapport-2026-Region-Halland": ASCII, without extension.</summary>
    public static string FileName(Consolidation report) => $"{FileNames.Ascii(report.Title)}-{FileNames.Ascii(report.OrganisationName)}";

    private static void Fulfilment(WordDocumentBuilder word, Consolidation report)
    {
        word.Heading(1, ConsolidationText.Fulfilment);
        if (report.Total.AtPeriodEnd.Total == 0)
        {
            word.Paragraph(ConsolidationText.FulfilmentNone);
            return;
        }
        word.Image(BarChartPng.Render(ConsolidationDisplay.FulfilmentChart(report)), 16, ConsolidationDisplay.ChartAltText(report));
        foreach (var (heading, firstColumn, rows) in new[]
                 {
                     (ConsolidationText.ByLevel, ConsolidationText.ColumnLevel, report.ByLevel),
                     (ConsolidationText.ByCommittee, ConsolidationText.ColumnCommittee, report.ByCommittee),
                 })
        {
            word.Heading(2, heading);
            foreach (var (caption, counts) in ConsolidationDisplay.Measures)
                word.Heading(3, caption).Table([firstColumn, .. ConsolidationDisplay.FulfilmentHeaders],
                    rows.Append(report.Total).Select(row => (IReadOnlyList<string>)[row.Name, .. ConsolidationDisplay.Cells(counts(row))]));
        }
    }

    private static void Summaries(WordDocumentBuilder word, Consolidation report)
    {
        word.Heading(1, ConsolidationText.Summaries);
        if (report.Summaries.Count == 0)
            word.Paragraph(ConsolidationText.SummariesNone);
        foreach (var summary in report.Summaries)
        {
            word.Heading(2, summary.UnitName);
            if (string.IsNullOrWhiteSpace(summary.Body))
                word.Paragraph(ConsolidationText.SummaryEmpty);
            else
                word.Markdown(summary.Body);
        }
    }

    private static void Economy(WordDocumentBuilder word, Consolidation report)
    {
        word.Heading(1, ConsolidationText.Economy).Paragraph(ConsolidationText.EconomyIntro);
        if (report.Economy.Count == 0)
        {
            word.Paragraph(ConsolidationText.EconomyNone);
            return;
        }
        // Indented names show the tree, as the page does.
        word.Table([ConsolidationText.ColumnUnit, .. ConsolidationDisplay.EconomyHeaders],
            report.Economy.Select(row => (IReadOnlyList<string>)[new string(' ', 2 * row.Depth) + row.UnitName, .. ConsolidationDisplay.Cells(row.Figures)])
                .Append([ConsolidationText.EconomyTotal, .. ConsolidationDisplay.Cells(report.EconomyTotal)]));
    }

    private static void Missing(WordDocumentBuilder word, Consolidation report)
    {
        word.Heading(1, ConsolidationText.Missing);
        if (report.Missing.Count == 0)
        {
            word.Paragraph(ConsolidationText.MissingNone);
            return;
        }
        word.Paragraph(ConsolidationText.MissingIntro)
            .Table([ConsolidationText.ColumnUnit, ConsolidationText.ColumnState, ConsolidationText.ColumnDueOn],
                report.Missing.Select(m => (IReadOnlyList<string>)[m.UnitName, Labels.For(m.State), ConsolidationDisplay.Date(m.DueOn)]));
    }
}
