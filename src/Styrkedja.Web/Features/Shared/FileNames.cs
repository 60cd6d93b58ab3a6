using System.Globalization;
using System.Text;

namespace Styrkedja.Web.Features.Shared;

/// <summary>File names for downloads, in ASCII so that every mail client and file system keeps them.</summary>
public static class FileNames
{
    /// <summary>Letters without their accents (å → a, ö → o), anything else but letters and digits as single dashes.</summary>
    public static string Ascii(string text)
    {
        var ascii = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
                ascii.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && ascii.Length > 0 && ascii[^1] != '-')
                ascii.Append('-');
        }
        return ascii.ToString().TrimEnd('-');
    }
}
