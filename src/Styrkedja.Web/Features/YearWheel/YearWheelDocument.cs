using Styrkedja.Documents;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Features.Shared;
using Styrkedja.Web.Infrastructure.Text;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.YearWheel;

/// <summary>The year wheel as a Word document: the wheel as a picture (when LibreOffice could draw it), its legend, and the list as a table.</summary>
public static class YearWheelDocument
{
    public static byte[] Build(int year, string organisation, IReadOnlyList<WheelEntry> entries, byte[]? picture)
    {
        using var word = new WordDocumentBuilder();
        word.Heading(1, string.Format(YearWheelText.WheelTitle, year)).Paragraph(organisation);
        if (picture is null)
            word.Paragraph(YearWheelText.PictureMissing);
        else
            word.Image(picture, 16, string.Format(YearWheelText.WheelDescription, year, entries.Count))
                .BulletList(WheelPicture.Rings.Select((r, i) => string.Format(YearWheelText.LegendEntry, Labels.For(r.Body), i + 1, r.ColourName)));
        word.Heading(2, YearWheelText.ListHeading);
        if (entries.Count == 0)
            word.Paragraph(string.Format(YearWheelText.NoItems, year));
        else
            word.Table([YearWheelText.Date, YearWheelText.StepName, YearWheelText.Body, YearWheelText.Produces, YearWheelText.State],
                entries.Select(e => (IReadOnlyList<string>)
                    [e.IsoDate, e.Item.Name, Labels.For(e.Item.Body), Labels.For(e.Item.Produces), Labels.For(e.State)]).ToList());
        return word.ToArray();
    }

    public static string FileName(int year, string organisation) => $"Arshjul-{year}-{FileNames.Ascii(organisation)}";
}
