using System.Text;
using PatientPortal.Core.Common;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Imports.Csv;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Imports;

public sealed class CsvImportReaderTests
{
    [Fact]
    public async Task Rows_AreNumberedByTheirLineInTheFile_CountingBlankAndMultiLineOnes()
    {
        var rows = ResultAssert.Succeeded(await ReadAsync(CsvLayouts.Services, "externalId,name,durationMinutes,price\nS1,Blood test,10,40\n\nS2,\"Two\nlines\",15,1.50\nS3,After,5,0\n"));

        Assert.Equal([2, 4, 6], rows.Select(row => row.Number));
        Assert.Equal(new ServiceRow("S2", "Two\nlines", 15, 1.50m, null), rows[1].Values);
    }

    [Fact]
    public async Task Headers_MatchInSnakeCaseAnyCaseAndAnyOrder()
    {
        var rows = ResultAssert.Succeeded(await ReadAsync(CsvLayouts.Services, "PRICE,Duration_Minutes,Bookable-Online,external id,Name\n95.00,45,Yes,S1,Physio\n"));

        Assert.Equal(new ServiceRow("S1", "Physio", 45, 95m, true), Assert.Single(rows).Values);
    }

    [Fact]
    public async Task ValuesOfTheWrongType_AreErrorsOfTheirRow_NotOfTheFile()
    {
        var rows = ResultAssert.Succeeded(await ReadAsync(CsvLayouts.Appointments, "externalId,patientId,serviceExternalId,start,amount,paid\nA1,not-a-guid,S1,2026-07-01 09:30,£70,maybe\n"));

        var row = Assert.Single(rows);
        Assert.Equal(
            [
                new ImportFieldError("patientId", "patientId 'not-a-guid' is not an id such as 0195f0c4-7a51-7cc2-9d1e-5b6a2f3e8c10."),
                new ImportFieldError("amount", "amount '£70' is not an amount such as 70.00."),
                new ImportFieldError("paid", "paid 'maybe' is not true or false (yes/no, 1/0)."),
            ],
            row.FormatErrors);
        Assert.Equal("2026-07-01 09:30", row.Values.Start);
    }

    [Fact]
    public async Task AnUnclosedQuote_RefusesTheWholeFile_NamingTheLine()
    {
        var result = await ReadAsync(CsvLayouts.Services, "externalId,name,durationMinutes,price\nS1,\"Unclosed,10,40\nS2,Fine,10,40\n");

        var message = Assert.Single(ResultAssert.InvalidOn(result, "file"));
        Assert.StartsWith("The file is not valid CSV: Malformed CSV in record 2 (line 2): a quoted field that is never closed", message, StringComparison.Ordinal);
        Assert.EndsWith("Nothing was imported.", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARowWithMoreFieldsThanTheHeader_RefusesTheWholeFile()
    {
        var result = await ReadAsync(CsvLayouts.Services, "externalId,name,durationMinutes,price\nS1,Blood test,10,40,extra\n");

        Assert.Equal("The file is not valid CSV: Record 2 (line 2) has 5 fields but 4 were expected. Nothing was imported.", Assert.Single(ResultAssert.InvalidOn(result, "file")));
    }

    [Fact]
    public async Task AMissingRequiredColumn_AndAnUnknownOne_AreBothNamed()
    {
        var result = await ReadAsync(CsvLayouts.Recalls, "externalId,patientId,due,serviceExternalId\n");

        Assert.Equal(
            "The header line is not right: it has no column dueDate; it has columns this import does not know: 'due'. The columns are externalId,patientId,serviceExternalId,dueDate (the first 4 required). Nothing was imported.",
            Assert.Single(ResultAssert.InvalidOn(result, "file")));
    }

    [Fact]
    public async Task OptionalColumns_MayBeLeftOut()
    {
        var rows = ResultAssert.Succeeded(await ReadAsync(CsvLayouts.Members, "externalId,name\nM1,Acme\n"));

        Assert.Equal(new MemberRow("M1", "Acme", null), Assert.Single(rows).Values);
    }

    [Fact]
    public async Task AnEmptyFile_IsRefused()
    {
        var result = await ReadAsync(CsvLayouts.Members, string.Empty);

        Assert.StartsWith("The file is empty.", Assert.Single(ResultAssert.InvalidOn(result, "file")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreRowsThanTheLimit_AreRefusedWithTheirCount()
    {
        var csv = new StringBuilder("externalId,name\n");
        for (var i = 0; i <= ImportService.MaxRows; i++)
        {
            csv.Append('M').Append(i).Append(",Member\n");
        }

        var result = await ReadAsync(CsvLayouts.Members, csv.ToString());

        Assert.Equal("An import takes at most 5,000 rows; this one has 5,001. Split it into smaller batches.", Assert.Single(ResultAssert.InvalidOn(result, "rows")));
    }

    private static async Task<Result<IReadOnlyList<ImportRow<TRow>>>> ReadAsync<TRow>(CsvLayout<TRow> layout, string csv)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await CsvImportReader.ReadAsync(stream, layout, CancellationToken.None);
    }
}
