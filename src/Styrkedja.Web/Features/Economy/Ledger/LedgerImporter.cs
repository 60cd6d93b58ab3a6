using Microsoft.EntityFrameworkCore;
using Styrkedja.Web.Data;
using Styrkedja.Web.Domain;
using Styrkedja.Web.Resources;

namespace Styrkedja.Web.Features.Economy.Ledger;

/// <summary>Why an import wrote nothing, in Swedish, for the page and the command line alike.</summary>
public sealed class LedgerImportRefusedException(string message) : Exception(message);

/// <summary>
/// The one import of ledger files, used by the web page, the command line and the demo. The file is read
/// to its end first (<see cref="LedgerReading"/>: a bad line anywhere stops it before anything is written),
/// and then, only when every object and account is mapped, written in one transaction: the months the file
/// carries are replaced per kind, so the same file imported twice leaves the same rows. The
/// <see cref="LedgerImport"/> record is the audited trace of the write.
/// </summary>
public sealed class LedgerImporter(StyrkedjaDbContext db)
{
    /// <summary>Reads the file against the organisation's mappings; writes nothing.</summary>
    public async Task<LedgerReading> ReadAsync(Stream file, Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var reading = new LedgerReading(await LedgerMappingSet.LoadAsync(db, cancellationToken));
        await using var counted = new ProgressStream(file, progress);
        await reading.ReadAsync(counted, cancellationToken);
        return reading;
    }

    /// <summary>Reads and writes the file; throws <see cref="Sie.SieFormatException"/> or <see cref="LedgerImportRefusedException"/> having written nothing.</summary>
    public async Task<(LedgerImport Import, LedgerReading Reading)> ImportAsync(Stream file, string fileName,
        Action<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var reading = await ReadAsync(file, progress, cancellationToken);
        if (!reading.IsFullyMapped)
            throw new LedgerImportRefusedException(Refusal(reading));
        var rows = reading.Amounts.Where(a => a.Amount != 0).ToList();
        if (rows.Count == 0)
            throw new LedgerImportRefusedException(LedgerText.ErrorNothingToImport);
        return (await WriteAsync(reading, rows, fileName, cancellationToken), reading);
    }

    private async Task<LedgerImport> WriteAsync(LedgerReading reading, List<(LedgerAmountKind Kind, LedgerKey Key, decimal Amount)> rows,
        string fileName, CancellationToken cancellationToken)
    {
        var organisationId = db.OrganisationId ?? throw new InvalidOperationException("No organisation to import into.");
        var periods = rows.Select(r => (r.Key.Year, r.Key.Month)).Distinct().Order().ToList();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var group in rows.GroupBy(r => r.Kind))
        {
            var kind = group.Key;
            foreach (var (year, month) in group.Select(r => (r.Key.Year, r.Key.Month)).Distinct())
                await db.LedgerAmounts.Where(a => a.Kind == kind && a.Year == year && a.Month == month)
                    .ExecuteDeleteAsync(cancellationToken);
        }
        var import = new LedgerImport
        {
            OrganisationId = organisationId, FileName = Path.GetFileName(fileName), ProgramName = reading.ProgramName,
            FileType = reading.FileType ?? 0, Year = periods[0].Year, FirstMonth = periods[0].Month,
            LastMonth = periods[^1].Month, TransactionCount = reading.TransactionCount, AmountRowCount = rows.Count,
        };
        db.LedgerImports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        db.LedgerAmounts.AddRange(rows.Select(r => new LedgerAmount
        {
            OrganisationId = organisationId, LedgerImportId = import.Id, OrgUnitId = r.Key.UnitId, BudgetLineId = r.Key.LineId,
            Kind = r.Kind, Year = r.Key.Year, Month = r.Key.Month, Amount = r.Amount,
        }));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return import;
    }

    /// <summary>"Omappade objekt: 10 (Kontor Syd); omappade konton: 3010 (Försäljning)".</summary>
    public static string Refusal(LedgerReading reading)
    {
        var parts = new List<string>();
        if (reading.UnmappedObjects.Count > 0)
            parts.Add(string.Format(LedgerText.ErrorUnmappedObjects,
                string.Join(", ", reading.UnmappedObjects.Select(o => Named(o.Code.Length == 0 ? LedgerText.NoObject : o.Code, o.Name)))));
        if (reading.UnmappedAccounts.Count > 0)
            parts.Add(string.Format(LedgerText.ErrorUnmappedAccounts,
                string.Join(", ", reading.UnmappedAccounts.Select(a => Named(a.Number, a.Name)))));
        return string.Join(" ", parts);
    }

    private static string Named(string code, string name) => name.Length == 0 ? code : $"{code} ({name})";

    /// <summary>Reports how far into the file the reader has come, for the progress bar.</summary>
    private sealed class ProgressStream(Stream inner, Action<long>? progress) : Stream
    {
        private long _read;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => _read; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            Counted(await inner.ReadAsync(buffer, cancellationToken));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        private int Counted(int read)
        {
            _read += read;
            progress?.Invoke(_read);
            return read;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
