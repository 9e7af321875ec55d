using CsCheck;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Tests.Reports;

public sealed class AnnualReportPropertyTests
{
    private static readonly DateOnly Origin = new(2021, 1, 1);

    private static readonly Gen<CaseStatisticsRecord> ValidCase =
        from id in Gen.Int[0, 1_000_000]
        from applicant in Gen.OneOf([.. ReportTable.ApplicantTypes.Select(a => a.Code)])
        from receivedDay in Gen.Int[0, 4 * 366]
        from concluded in Gen.Bool
        from duration in Gen.Int[0, 400]
        from row in Gen.OneOf([.. ReportTable.OutcomeRows])
        select new CaseStatisticsRecord(
            $"P{id}", applicant, Origin.AddDays(receivedDay),
            concluded ? Origin.AddDays(receivedDay + duration) : null,
            concluded ? row.Outcome : null, concluded ? row.Reason?.Code : null,
            0m, null, null, null, null, null, null);

    [Fact]
    public void Any_valid_cases_balance_and_what_one_year_carries_forward_the_next_carries_over()
    {
        ValidCase.Array[0, 60].Sample(cases =>
        {
            for (var year = 2021; year <= 2025; year++)
            {
                var report = ReportFixture.Compile(year, cases);
                var next = ReportFixture.Compile(year + 1, cases);
                Assert.Empty(report.UnbalancedColumns());
                Assert.Equal(report.CarriedForward, next.CarriedOver);
            }
        });
    }
}
