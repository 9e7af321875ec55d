using DisclosureRequests.Reports;

namespace DisclosureRequests.Tests.Reports;

public sealed class ReportTableTests
{
    [Fact]
    public void The_applicant_columns_are_the_contract_types_in_printed_order()
    {
        Assert.Equal(
            ["natural-person", "commercial-enterprise", "research-institution", "public-interest-organization",
             "legal-services-organization", "other-organization"],
            ReportTable.ApplicantTypes.Select(a => a.Code));
        Assert.Equal(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], ReportTable.ApplicantTypes.Select(a => a.Label));
    }

    [Fact]
    public void The_outcome_rows_carry_the_contract_codes_and_the_numbering_of_the_format()
    {
        Assert.Equal(21, ReportTable.OutcomeRows.Count);
        Assert.Equal(
            ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"],
            ReportTable.Outcomes.Select(o => o.Label[..3]));
        foreach (var outcome in ReportTable.Outcomes)
        {
            Assert.Equal(
                Enumerable.Range(1, outcome.Reasons.Count).Select(n => $"{n}."),
                outcome.Reasons.Select(r => r.Label[..2]));
        }
        Assert.Equal(
            ["disclosed", "partially-disclosed", "withheld", "unavailable", "not-processed", "other"],
            ReportTable.Outcomes.Select(o => o.Code));
    }

    [Fact]
    public void A_withdrawal_counts_as_the_third_row_of_other_processing()
    {
        Assert.Equal("3.其他", ReportTable.Withdrawal.Label);
        Assert.Equal("（六）其他处理", ReportTable.Withdrawal.Category.Label);
    }
}
