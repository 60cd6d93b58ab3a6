using System.Text;
using Styrkedja.Sie;

namespace Styrkedja.Sie.Tests;

/// <summary>Fields, quotes, object lists and character sets as section 5 of the spec describes them.</summary>
public class LexingTests
{
    [Fact]
    public async Task Quoted_fields_keep_blanks_and_escaped_quotes_and_empty_fields_keep_their_place()
    {
        var records = await Sie.ReadAllAsync(
            "#KONTO 1915 \"Kassa \\\"special\\\"\"\n" +
            "#PROGRAM \"\" 2.1\n" +
            "#KONTO\t1920\t  \"Plus  giro\"   \n" +
            "#FNAMN \"C:\\Data\\Bolag AB\"\r\n");

        Assert.Equal(new SieAccount(1, "1915", "Kassa \"special\""), records[0]);
        Assert.Equal(new SieProgram(2, "", "2.1"), records[1]);
        Assert.Equal(new SieAccount(3, "1920", "Plus  giro"), records[2]);
        Assert.Equal(new SieCompanyName(4, "C:\\Data\\Bolag AB"), records[3]); // only \" is an escape
    }

    [Fact]
    public async Task Object_lists_give_dimension_and_object_pairs_quoted_or_not_empty_or_not()
    {
        var records = await Sie.ReadAllAsync(
            "#VER A 1 20240105 \"Lön\"\n" +
            "{\n" +
            "  #TRANS 7010 {1 \"100\" 6 \"P 1\"} 13200.00\n" +
            "  #TRANS 7011 {\"7\" \"47\"} 0.5\n" +
            "  #TRANS 1910 {} -13200.50 20240106 \"Utbetalning\" 2 \"AN\"\n" +
            "  #TRANS 1911 { } 0\n" +
            "}\n");

        var rows = Assert.IsType<SieVoucher>(Assert.Single(records)).Rows;
        Assert.Equal([new SieObjectRef(1, "100"), new SieObjectRef(6, "P 1")], rows[0].Objects);
        Assert.Equal([new SieObjectRef(7, "47")], rows[1].Objects);
        Assert.Empty(rows[2].Objects);
        Assert.Empty(rows[3].Objects);
        Assert.Equal((-13200.50m, new DateOnly(2024, 1, 6), "Utbetalning", 2m, "AN"),
            (rows[2].Amount, rows[2].Date, rows[2].Text, rows[2].Quantity, rows[2].Signature));
        Assert.Null(rows[0].Date); // the voucher's date applies
    }

    [Fact]
    public async Task Unknown_records_and_a_block_after_one_are_skipped_and_unknown_trailing_fields_ignored()
    {
        var records = await Sie.ReadAllAsync(
            "#FLAGGA 0\n" +
            "#ADRESS \"Sven\" \"Box 21\" \"211 20 MALMÖ\" \"040-123 45\"\n" +
            "#FRAMTIDA 1 2 3\n" +
            "{\n" +
            "#NÅGOT 1\n" +
            "}\n" +
            "\n" +
            "   \t\n" +
            "#KONTO 3010 Försäljning extra fält\n");

        Assert.Equal([new SieFlag(1, 0), new SieAccount(9, "3010", "Försäljning")], records);
    }

    [Fact]
    public async Task Cp437_is_the_default_character_set()
    {
        var records = await Sie.ReadAllAsync("#FORMAT PC8\n#FNAMN \"Åkeri & Söner på Ön AB\"\n");

        Assert.Equal("Åkeri & Söner på Ön AB", Assert.IsType<SieCompanyName>(records[1]).Name);
        Assert.Equal(0x8F, Sie.Cp437.GetBytes("Å")[0]); // the test really wrote CP437, not UTF-8
    }

    [Fact]
    public async Task A_utf8_file_that_claims_pc8_is_read_as_utf8()
    {
        var records = await Sie.ReadAllAsync(Sie.Text("#FORMAT PC8\n#FNAMN \"Åkeri & Söner på Ön AB\"\n", new UTF8Encoding(false)));

        Assert.Equal("Åkeri & Söner på Ön AB", Assert.IsType<SieCompanyName>(records[1]).Name);
    }

    [Fact]
    public async Task A_byte_order_mark_means_utf8()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("#FLAGGA 0\n#FNAMN Ärlig\n")).ToArray();

        var records = await Sie.ReadAllAsync(new MemoryStream(bytes));

        Assert.Equal([new SieFlag(1, 0), new SieCompanyName(2, "Ärlig")], records);
    }

    [Fact]
    public async Task All_records_of_the_spec_that_the_import_needs_are_typed()
    {
        var records = await Sie.ReadAllAsync(
            "#FLAGGA 0\n#FORMAT PC8\n#SIETYP 4\n#PROGRAM \"Visma Compact\" 5.1\n#GEN 20080518 AN\n" +
            "#FNAMN \"Målerifirman AB\"\n#ORGNR 556334-3689 1\n#RAR -1 20070101 20071231\n" +
            "#KONTO 1510 Kundfordringar\n#KTYP 1510 T\n#SRU 1510 7251\n#DIM 20 Avdelning\n" +
            "#UNDERDIM 21 \"Underavdelning\" 20\n#OBJEKT 21 \"0101\" \"Spädbarn\"\n" +
            "#IB 0 1930 23780.78 12\n#UB -1 2440 -2380.39\n#OIB 0 1510 {8 \"12345\"} 23780.78\n" +
            "#OUB 0 1510 {8 \"12345\"} 100\n#RES 0 3011 -23780.78\n#PSALDO 0 200808 1910 { } 1243.50 123\n" +
            "#PBUDGET 0 200801 5010 {1 \"0123\"} 3411.80\n");

        Assert.Equal<SieRecord>([
            new SieFlag(1, 0), new SieCharacterSet(2, "PC8"), new SieFileType(3, 4), new SieProgram(4, "Visma Compact", "5.1"),
            new SieGenerated(5, new DateOnly(2008, 5, 18), "AN"), new SieCompanyName(6, "Målerifirman AB"),
            new SieOrganisationNumber(7, "556334-3689"), new SieFinancialYear(8, -1, new DateOnly(2007, 1, 1), new DateOnly(2007, 12, 31)),
            new SieAccount(9, "1510", "Kundfordringar"), new SieAccountType(10, "1510", "T"), new SieSruCode(11, "1510", "7251"),
            new SieDimension(12, 20, "Avdelning", null), new SieDimension(13, 21, "Underavdelning", 20),
            new SieObject(14, 21, "0101", "Spädbarn"),
        ], records.Take(14));
        var balances = records.Skip(14).Cast<SieBalance>().ToList();
        Assert.Equal([
            (SieBalanceKind.Opening, 0, (SiePeriod?)null, "1930", 23780.78m, (decimal?)12m),
            (SieBalanceKind.Closing, -1, null, "2440", -2380.39m, null),
            (SieBalanceKind.ObjectOpening, 0, null, "1510", 23780.78m, null),
            (SieBalanceKind.ObjectClosing, 0, null, "1510", 100m, null),
            (SieBalanceKind.Result, 0, null, "3011", -23780.78m, null),
            (SieBalanceKind.Period, 0, new SiePeriod(2008, 8), "1910", 1243.50m, 123m),
            (SieBalanceKind.PeriodBudget, 0, new SiePeriod(2008, 1), "5010", 3411.80m, null),
        ], balances.Select(b => (b.Kind, b.YearIndex, b.Period, b.Account, b.Amount, b.Quantity)));
        Assert.Equal([new SieObjectRef(8, "12345")], balances[2].Objects);
        Assert.Equal([new SieObjectRef(1, "0123")], balances[6].Objects);
    }
}
