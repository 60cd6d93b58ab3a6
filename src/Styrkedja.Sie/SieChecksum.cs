namespace Styrkedja.Sie;

/// <summary>
/// The CRC-32 of #KSUMMA exactly as section 10 of the spec gives it: polynomial EDB88320 (reflected),
/// preset FFFFFFFF, inverted at the end, table-driven as in the spec's C example.
/// </summary>
internal sealed class SieChecksum
{
    private static readonly uint[] Table = CreateTable();

    private uint crc = 0xFFFFFFFF;

    public void Add(ReadOnlySpan<byte> bytes)
    {
        foreach (var value in bytes)
            crc = (crc >> 8) ^ Table[(crc ^ value) & 0xFF];
    }

    public uint Value => crc ^ 0xFFFFFFFF;

    private static uint[] CreateTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var value = i;
            for (var bit = 0; bit < 8; bit++)
                value = (value & 1) != 0 ? (value >> 1) ^ 0xEDB88320 : value >> 1;
            table[i] = value;
        }
        return table;
    }
}
