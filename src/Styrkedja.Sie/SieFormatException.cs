namespace Styrkedja.Sie;

/// <summary>
/// Every fault in a SIE file is this one type, naming the line and the reason in Swedish, so that an
/// import can show <see cref="Exception.Message"/> ("Rad 57: …") to the user as it is.
/// </summary>
public sealed class SieFormatException(int line, string reason)
    : Exception($"Rad {line}: {reason}")
{
    /// <summary>The 1-based line of the file the fault is on.</summary>
    public int Line { get; } = line;

    /// <summary>The reason without the line number.</summary>
    public string Reason { get; } = reason;
}
