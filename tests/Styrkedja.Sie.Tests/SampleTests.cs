using Styrkedja.Sie;

namespace Styrkedja.Sie.Tests;

/// <summary>The real exports in Samples/ (see its README) read as their programs meant them.</summary>
public class SampleTests
{
    [Theory]
    [InlineData("BL0001_typ4.SE", 4, 84)]
    [InlineData("MAMUT_SIE4_EXPORT.SE", 4, 168)]
    [InlineData("Norstedts_Bokslut_SIE_4I.si", 4, 2)]
    [InlineData("SIE4_Exempelfil_med_underdim.SE", 4, 295)]
    [InlineData("Sie4.si", 4, 165)]
    [InlineData("objektsaldo_ovnbolag.se", 3, 0)]
    [InlineData("periodsaldo_ovnbolag.se", 2, 0)]
    [InlineData("transaktioner_ovnbolag.se", 4, 163)]
    public async Task Every_sample_reads_without_error(string file, int fileType, int vouchers)
    {
        await using var stream = Sie.Sample(file);
        var document = await SieDocument.ReadAsync(stream);

        Assert.Equal(fileType, document.FileType);
        Assert.Equal(vouchers, document.VoucherCount);
        Assert.NotEmpty(document.Accounts);
        Assert.False(string.IsNullOrEmpty(document.ProgramName));
    }

    [Fact]
    public async Task The_voucher_that_does_not_balance_is_named_with_its_line()
    {
        await using var stream = Sie.Sample("transaktioner_ovnbolag-bad-balance.se");

        var error = await Sie.FailsAsync(stream);

        // Line 3907 holds the changed #TRANS; its voucher B 1 starts at line 3905. -12899 + 100 + 28.
        Assert.Equal(3905, error.Line);
        Assert.Equal("Rad 3905: verifikationen B 1 balanserar inte (summa -12771,00)", error.Message);
    }

    [Fact]
    public async Task A_transaction_file_gives_its_identification_chart_and_vouchers()
    {
        await using var stream = Sie.Sample("transaktioner_ovnbolag.se");
        var records = await Sie.ReadAllAsync(stream);
        var document = new SieDocument();
        records.ForEach(document.Add);

        Assert.Equal(("Avendo", "5.20"), (document.ProgramName, document.ProgramVersion));
        Assert.Equal("PC8", document.CharacterSet);
        Assert.Equal(new DateOnly(2011, 5, 31), document.Generated);
        Assert.Equal("Övningsbolaget AB (Ekonomi 60)", document.CompanyName); // Ö is 0x99 in CP437
        Assert.Equal("5555555555", document.OrganisationNumber);
        Assert.Equal([(0, new DateOnly(2011, 1, 1), new DateOnly(2011, 12, 31)), (-1, new DateOnly(2010, 1, 1), new DateOnly(2010, 12, 31))],
            document.FinancialYears.Select(y => (y.YearIndex, y.Start, y.End)));
        Assert.Equal(567, document.Accounts.Count);
        Assert.Equal("Förändring lager handelsvaror", document.Accounts["4960"].Name);
        Assert.Equal("K", document.Accounts["4960"].Type);
        Assert.Equal(["7201"], document.Accounts["1010"].SruCodes);
        Assert.Equal(671, document.TransactionCount);

        var voucher = records.OfType<SieVoucher>().Single(v => v is { Series: "B", Number: "1" });
        Assert.Equal((3905, new DateOnly(2011, 1, 7), "Övriga personalkostnader"), (voucher.Line, voucher.Date, voucher.Text));
        Assert.Equal([("1910", -128.00m), ("7690", 100.00m), ("2641", 28.00m)], voucher.Rows.Select(r => (r.Account, r.Amount)));
        Assert.All(voucher.Rows, r => Assert.Equal(SieTransactionKind.Normal, r.Kind));
        Assert.Equal(3907, voucher.Rows[0].Line);
    }

    [Theory]
    [InlineData("transaktioner_ovnbolag.se")]
    [InlineData("BL0001_typ4.SE")]
    public async Task The_vouchers_add_up_to_the_files_own_closing_balances_and_results(string file)
    {
        await using var stream = Sie.Sample(file);
        var document = await SieDocument.ReadAsync(stream);
        var opening = document.AccountBalances(SieBalanceKind.Opening);
        var closing = document.AccountBalances(SieBalanceKind.Closing);
        var results = document.AccountBalances(SieBalanceKind.Result);

        Assert.NotEmpty(closing);
        Assert.NotEmpty(results);
        foreach (var (account, balance) in closing)
            Assert.Equal(balance, opening.GetValueOrDefault(account) + document.TransactionSums.GetValueOrDefault(account));
        foreach (var (account, result) in results)
            Assert.Equal(result, document.TransactionSums.GetValueOrDefault(account));
    }

    [Fact]
    public async Task Period_balances_and_budgets_are_read_per_month_and_object()
    {
        await using var stream = Sie.Sample("objektsaldo_ovnbolag.se");
        var document = await SieDocument.ReadAsync(stream);

        Assert.Equal(1511049.94m, document.AccountBalances(SieBalanceKind.Closing)["1930"]);
        Assert.Equal(1071347.58m, document.AccountBalances(SieBalanceKind.Opening)["1930"]);
        Assert.Equal(-1189180.00m, document.AccountBalances(SieBalanceKind.Result)["3051"]);
        var period = Assert.Single(document.Balances, b =>
            b is { Kind: SieBalanceKind.Period, YearIndex: 0, Account: "2510", Objects.Count: 0 } && b.Period == new SiePeriod(2011, 3));
        Assert.Equal(17500.00m, period.Amount);
        Assert.Contains(document.Balances, b => b.Kind == SieBalanceKind.PeriodBudget && b.Period == new SiePeriod(2011, 10));
        Assert.Contains(document.Balances, b => b.Kind == SieBalanceKind.Period && b.Objects.Count > 0);
    }

    [Fact]
    public async Task Dimensions_with_sub_dimensions_and_their_objects_are_read_from_the_file_that_is_really_utf8()
    {
        await using var stream = Sie.Sample("SIE4_Exempelfil_med_underdim.SE");
        var document = await SieDocument.ReadAsync(stream);

        // The file says PC8 but is UTF-8; its writer had already replaced Ö by U+FFFD. Read as CP437 it would be "∩┐╜".
        Assert.Equal("\uFFFDvningsbolaget AB", document.CompanyName);
        Assert.Equal("Visma Administration 2000 med Visma Integration", document.ProgramName);
        Assert.Equal([(1, "Resultatenhet", (int?)null), (6, "Projekt", null), (61, "Kubernetesdrift", 6), (62, "Projektledning", 6)],
            document.Dimensions.Values.OrderBy(d => d.Number).Select(d => (d.Number, d.Name, d.Parent)));
        Assert.Equal(39, document.Objects.Count);
        Assert.Equal("Kontor Nord", document.Objects[new SieObjectRef(1, "Nord")].Name);
        Assert.Equal("Konfiguration av kubernetes", document.Objects[new SieObjectRef(61, "0036")].Name);
        Assert.Equal("Hyresr\uFFFDtt", document.Accounts["1060"].Name); // a bare (unquoted) name
    }

    [Fact]
    public async Task Added_and_removed_rows_are_kept_as_history_beside_the_rows_that_balance()
    {
        await using var stream = Sie.Sample("BL0001_typ4.SE");
        var vouchers = (await Sie.ReadAllAsync(stream)).OfType<SieVoucher>().ToList();

        var history = vouchers.SelectMany(v => v.Rows).Where(r => r.Kind != SieTransactionKind.Normal).ToList();
        Assert.Equal(3, history.Count(r => r.Kind == SieTransactionKind.Removed));
        Assert.Equal(6, history.Count(r => r.Kind == SieTransactionKind.Added));
        var removed = history.First(r => r.Kind == SieTransactionKind.Removed);
        Assert.Equal(("1930", -1000m, new DateOnly(2010, 10, 7), "2 Christer Bengtsson"), (removed.Account, removed.Amount, removed.Date, removed.Signature));
        Assert.Contains(vouchers, v => v.Series == "#"); // a series written as "#" is a field, not a label
    }
}
