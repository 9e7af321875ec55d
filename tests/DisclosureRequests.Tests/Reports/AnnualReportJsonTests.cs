using System.Text.Json;
using System.Text.Json.Nodes;
using DisclosureRequests.Reports;

namespace DisclosureRequests.Tests.Reports;

public sealed class AnnualReportJsonTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly string[] ApplicantKeys =
    [
        "natural-person", "commercial-enterprise", "research-institution", "public-interest-organization",
        "legal-services-organization", "other-organization", "total",
    ];

    private static string[] Keys(JsonNode? node) => [.. node!.AsObject().Select(p => p.Key)];

    [Fact]
    public void The_report_serialises_to_the_contract_shape_in_printed_order()
    {
        var json = JsonNode.Parse(JsonSerializer.Serialize(ReportFixture.Compile(2024, ReportFixture.All), Web))!;

        Assert.Equal(
            ["year", "compiledAt", "received", "carriedOver", "outcomes", "total", "carriedForward", "reviewAndLitigation", "feesCollected"],
            Keys(json));
        Assert.Equal(2024, (int)json["year"]!);
        Assert.Equal("2025-01-01T00:05:00+08:00", (string)json["compiledAt"]!);
        Assert.Equal(ApplicantKeys, Keys(json["received"]));
        Assert.Equal(26, (int)json["received"]!["total"]!);
        Assert.Equal(["disclosed", "partially-disclosed", "withheld", "unavailable", "not-processed", "other"], Keys(json["outcomes"]));
        Assert.Equal(ApplicantKeys, Keys(json["outcomes"]!["partially-disclosed"]));
        Assert.Equal(
            ["state-secret", "prohibited-by-law", "security-stability", "third-party-rights", "internal-affairs",
             "process-information", "enforcement-case-file", "administrative-query"],
            Keys(json["outcomes"]!["withheld"]));
        Assert.Equal(["not-held", "requires-creation", "still-unclear"], Keys(json["outcomes"]!["unavailable"]));
        Assert.Equal(["petition-complaint", "duplicate", "publication", "excessive", "confirmation"], Keys(json["outcomes"]!["not-processed"]));
        Assert.Equal(["clarification-lapsed", "fee-unpaid", "other"], Keys(json["outcomes"]!["other"]));
        Assert.Equal(2, (int)json["outcomes"]!["withheld"]!["third-party-rights"]!["other-organization"]!);
        Assert.Equal(25, (int)json["total"]!["total"]!);
        Assert.Equal(["reconsideration", "litigation"], Keys(json["reviewAndLitigation"]));
        Assert.Equal(["upheld", "corrected", "other", "pending", "total"], Keys(json["reviewAndLitigation"]!["reconsideration"]));
        Assert.Equal(["direct", "after-reconsideration"], Keys(json["reviewAndLitigation"]!["litigation"]));
        Assert.Equal(1, (int)json["reviewAndLitigation"]!["litigation"]!["after-reconsideration"]!["pending"]!);
        Assert.Equal(1150.50m, (decimal)json["feesCollected"]!);
    }

    [Fact]
    public void The_report_survives_a_json_round_trip()
    {
        var report = ReportFixture.Compile(2024, ReportFixture.All);

        var back = JsonSerializer.Deserialize<AnnualReport>(JsonSerializer.Serialize(report, Web), Web);

        Assert.Equal(report, back);
    }

    [Theory]
    [InlineData("""{ "natural-person": 1, "commercial-enterprise": 0, "research-institution": 0, "public-interest-organization": 0, "legal-services-organization": 0, "other-organization": 0, "total": 2 }""")]
    [InlineData("""{ "natural-person": 1, "commercial-enterprise": 0, "research-institution": 0, "public-interest-organization": 0, "legal-services-organization": 0, "total": 1 }""")]
    [InlineData("""{ "natural-person": 1, "commercial-enterprise": 0, "research-institution": 0, "public-interest-organization": 0, "legal-services-organization": 0, "other-organization": 0, "journalist": 0, "total": 1 }""")]
    public void Counts_that_miss_a_column_or_do_not_add_up_are_refused_when_read(string json)
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ApplicantCounts>(json, Web));
    }
}
