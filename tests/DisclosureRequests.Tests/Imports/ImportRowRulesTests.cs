using DisclosureRequests.Calendar;
using DisclosureRequests.Imports;

namespace DisclosureRequests.Tests.Imports;

public sealed class ImportRowRulesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static ImportRow Row(params (string Column, string Text)[] cells)
    {
        var values = ImportColumns.All.ToDictionary(c => c, _ => "");
        values[ImportColumns.TrackingNumber] = "2025-ABC-1";
        values[ImportColumns.ReceivedOn] = "2025-03-03";
        values[ImportColumns.Channel] = "online";
        values[ImportColumns.ApplicantType] = "natural-person";
        values[ImportColumns.ApplicantName] = "王五";
        values[ImportColumns.Description] = "某文件";
        foreach (var (column, text) in cells) values[column] = text;
        return new ImportRow(7, values);
    }

    private static (ImportedCase? Case, List<ImportError> Errors) Check(ImportRow row)
    {
        var errors = new List<ImportError>();
        return (ImportRowRules.Check(row, WorkingDayCalendar.Official, Today, errors), errors);
    }

    [Fact]
    public void A_partial_disclosure_keeps_each_withheld_reason_once_and_no_reason_of_its_own()
    {
        var (imported, errors) = Check(Row(
            (ImportColumns.Outcome, "partially-disclosed"), (ImportColumns.Reason, " state-secret ; internal-affairs;state-secret"),
            (ImportColumns.ClosedOn, "2025-03-20"), (ImportColumns.FeeYuan, "30.5")));

        Assert.Empty(errors);
        Assert.Null(imported!.Reason);
        Assert.Equal(["state-secret", "internal-affairs"], imported.WithheldReasons);
        Assert.Equal(30.5m, imported.FeeYuan);
        Assert.Equal(new DateOnly(2025, 3, 20), imported.ClosedOn);
    }

    [Fact]
    public void An_open_case_has_neither_outcome_nor_closing_date_and_no_remedy()
    {
        var (imported, errors) = Check(Row());
        Assert.Empty(errors);
        Assert.Null(imported!.Outcome);

        var (_, remedy) = Check(Row((ImportColumns.Litigation, "upheld"), (ImportColumns.LitigationRoute, "direct")));
        Assert.Equal([new ImportError(7, ImportColumns.Litigation, "remedy-on-open-case")], remedy);
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("12.30", true)]
    [InlineData("12.345", false)]
    [InlineData("-1", false)]
    [InlineData("1e3", false)]
    [InlineData("10000000.01", false)]
    public void A_fee_is_a_non_negative_amount_of_yuan_with_at_most_two_decimals(string fee, bool valid)
    {
        var (_, errors) = Check(Row((ImportColumns.FeeYuan, fee)));
        Assert.Equal(valid, errors.Count == 0);
    }

    [Fact]
    public void The_system_outcomes_of_a_lapse_are_allowed_since_they_happened()
    {
        var (imported, errors) = Check(Row((ImportColumns.Outcome, "other"), (ImportColumns.Reason, "fee-unpaid"), (ImportColumns.ClosedOn, "2025-04-30")));
        Assert.Empty(errors);
        Assert.Equal("fee-unpaid", imported!.Reason);
    }
}
