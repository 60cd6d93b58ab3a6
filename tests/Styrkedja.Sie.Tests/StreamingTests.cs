using Styrkedja.Sie;

namespace Styrkedja.Sie.Tests;

/// <summary>
/// The reader streams: a generated file of 200 000 #TRANS rows is read from a stream that cannot seek,
/// and the first voucher arrives after only a small part of the file has been read — proof that records
/// are produced as lines come in, not after loading the file (no timing, no GC figures).
/// </summary>
public sealed class StreamingTests : IDisposable
{
    private const int Vouchers = 100_000;
    private readonly string path = Path.Combine(Path.GetTempPath(), $"styrkedja-sie-{Guid.NewGuid():N}.se");

    [Fact]
    public async Task A_large_file_is_read_voucher_by_voucher_from_a_stream_that_cannot_seek()
    {
        await WriteLargeFileAsync();
        var length = new FileInfo(path).Length;
        await using var stream = new ForwardOnlyStream(File.OpenRead(path));
        long readAtFirstVoucher = -1;
        var document = new SieDocument();

        await foreach (var record in SieReader.ReadAsync(stream))
        {
            if (record is SieVoucher && readAtFirstVoucher < 0) readAtFirstVoucher = stream.BytesRead;
            document.Add(record);
        }

        Assert.True(length > 8_000_000, $"the file is {length} bytes");
        Assert.InRange(readAtFirstVoucher, 1, length / 50);
        Assert.Equal(length, stream.BytesRead);
        Assert.Equal(Vouchers, document.VoucherCount);
        Assert.Equal(2 * Vouchers, document.TransactionCount);
        Assert.Equal(Vouchers * 1234.50m, document.TransactionSums["4010"]);
        Assert.Equal("Storfil AB", document.CompanyName);
    }

    private async Task WriteLargeFileAsync()
    {
        await using var writer = new StreamWriter(path, false, Sie.Cp437);
        await writer.WriteAsync("#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM \"Styrkedja test\" 1\n#GEN 20240101\n" +
            "#FNAMN \"Storfil AB\"\n#RAR 0 20240101 20241231\n#KONTO 1930 \"Företagskonto\"\n#KONTO 4010 \"Inköp\"\n");
        for (var number = 1; number <= Vouchers; number++)
        {
            await writer.WriteAsync(
                $"#VER A {number} 20240115 \"Inköp nr {number}\"\n{{\n\t#TRANS 4010 {{1 \"100\"}} 1234.50\n\t#TRANS 1930 {{}} -1234.50\n}}\n");
        }
    }

    public void Dispose() => File.Delete(path);

    /// <summary>
    /// A stream that reads forward only, like a network upload, and counts what has been read. Its seeking
    /// and writing members throw because that is the contract of a stream with CanSeek/CanWrite false: the
    /// test proves the reader never needs them.
    /// </summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Count(await inner.ReadAsync(buffer, cancellationToken));

        private int Count(int read)
        {
            BytesRead += read;
            return read;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
