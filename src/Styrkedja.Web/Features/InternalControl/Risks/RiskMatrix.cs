using System.Globalization;
using System.Net;
using System.Text;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.InternalControl.Risks;

/// <summary>
/// The risk matrix as an inline SVG heat map: probability across, consequence upwards, each cell tinted by
/// its value's level and carrying the value, the level in words and the numbers of its risks — the colour is
/// never the only cue. It is one picture (role="img") without links, since links inside it would be nested
/// interactive content (axe: nested-interactive); the table next to it is where one acts on a risk.
/// </summary>
public static class RiskMatrix
{
    private const int CellWidth = 140, CellHeight = 92, Left = 170, Top = 10, Bottom = 70;
    private const int NumbersPerLine = 6, MaxLines = 3;

    public static string Draw(RiskScale scale, IReadOnlyList<NumberedRisk> risks, string unitName, int year)
    {
        var columns = scale.Probability;
        var rows = scale.Consequence;
        var width = Left + columns.Count * CellWidth + 10;
        var height = Top + rows.Count * CellHeight + Bottom;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"risk-matrix\" role=\"img\" viewBox=\"0 0 {width} {height}\" "))
            .Append("aria-labelledby=\"matrix-title matrix-desc\">")
            .Append("<title id=\"matrix-title\">").Append(E(string.Format(RiskText.MatrixTitle, unitName, year))).Append("</title>")
            .Append("<desc id=\"matrix-desc\">").Append(E(Describe(scale, risks))).Append("</desc>");
        for (var r = 0; r < rows.Count; r++)
        {
            // Highest consequence on top, as the matrices in the regions' guidelines are drawn.
            var consequence = rows[rows.Count - 1 - r];
            var y = Top + r * CellHeight;
            svg.Append(Invariant($"<text class=\"axis-step\" x=\"{Left - 8}\" y=\"{y + CellHeight / 2 + 5}\" text-anchor=\"end\">"))
                .Append(E($"{consequence.Value} {consequence.Name}")).Append("</text>");
            for (var c = 0; c < columns.Count; c++)
                Cell(svg, scale, columns[c].Value, consequence.Value, Left + c * CellWidth, y, risks);
        }
        var gridBottom = Top + rows.Count * CellHeight;
        for (var c = 0; c < columns.Count; c++)
            svg.Append(Invariant($"<text class=\"axis-step\" x=\"{Left + c * CellWidth + CellWidth / 2}\" y=\"{gridBottom + 22}\" text-anchor=\"middle\">"))
                .Append(E($"{columns[c].Value} {columns[c].Name}")).Append("</text>");
        svg.Append(Invariant($"<text class=\"axis-name\" x=\"{Left + columns.Count * CellWidth / 2}\" y=\"{gridBottom + 55}\" text-anchor=\"middle\">"))
            .Append(E(Labels.For(RiskAxis.Probability))).Append(" →</text>")
            .Append(Invariant($"<text class=\"axis-name\" x=\"16\" y=\"{Top + rows.Count * CellHeight / 2}\" text-anchor=\"middle\" "))
            .Append(Invariant($"transform=\"rotate(-90 16 {Top + rows.Count * CellHeight / 2})\">"))
            .Append(E(Labels.For(RiskAxis.Consequence))).Append(" →</text>")
            .Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The numbers of the risks in a cell, for the tests and the cell's text.</summary>
    public static IReadOnlyList<int> NumbersIn(IReadOnlyList<NumberedRisk> risks, int probability, int consequence) =>
        risks.Where(r => r.Risk.Probability == probability && r.Risk.Consequence == consequence).Select(r => r.Number).ToList();

    private static void Cell(StringBuilder svg, RiskScale scale, int probability, int consequence, int x, int y,
        IReadOnlyList<NumberedRisk> risks)
    {
        var value = probability * consequence;
        var level = scale.LevelOf(value);
        var numbers = NumbersIn(risks, probability, consequence);
        svg.Append(Invariant($"<g class=\"cell {RiskScale.CssClass(level)}\" data-probability=\"{probability}\" data-consequence=\"{consequence}\" "))
            .Append(Invariant($"data-risks=\"{string.Join(' ', numbers)}\">"))
            .Append(Invariant($"<rect x=\"{x}\" y=\"{y}\" width=\"{CellWidth}\" height=\"{CellHeight}\" fill=\"{RiskScale.Fill(level)}\" stroke=\"#333\" />"))
            .Append(Invariant($"<text x=\"{x + 8}\" y=\"{y + 20}\" class=\"cell-value\">"))
            .Append(E($"{value} {RiskScale.LevelName(level)}")).Append("</text>");
        // Three lines fit a cell; beyond that the cell says there are more, and the description and table list all.
        var lines = numbers.Chunk(NumbersPerLine).ToList();
        for (var i = 0; i < Math.Min(lines.Count, MaxLines); i++)
        {
            var prefix = i == 0 ? RiskText.MatrixRiskPrefix + " " : "";
            var more = i == MaxLines - 1 && lines.Count > MaxLines ? " …" : "";
            svg.Append(Invariant($"<text x=\"{x + 8}\" y=\"{y + 44 + i * 18}\" class=\"cell-risks\">"))
                .Append(E(prefix + string.Join(", ", lines[i]) + more)).Append("</text>");
        }
        svg.Append("</g>");
    }

    private static string Describe(RiskScale scale, IReadOnlyList<NumberedRisk> risks)
    {
        var text = new StringBuilder(string.Format(RiskText.MatrixDescription,
            scale.Probability.Count, scale.Consequence.Count, risks.Count));
        foreach (var risk in risks)
            text.Append(' ').Append(string.Format(RiskText.MatrixDescriptionRisk, risk.Number, risk.Risk.Title,
                risk.Risk.Probability, risk.Risk.Consequence, risk.Risk.Value));
        return text.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
