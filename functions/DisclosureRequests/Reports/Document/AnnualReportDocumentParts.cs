using DisclosureRequests.Intake;

namespace DisclosureRequests.Reports;

/// <summary>
/// What an administrator writes of the annual report: section 二's figures, the narrative of 一 (null: the draft
/// written from the figures stands) and of 五, and the other matters of 六. Sections 三, 四 and the fees of 六 come
/// from the compile and cannot be edited.
/// </summary>
public sealed record AnnualReportDocumentParts(
    ProactiveDisclosure ProactiveDisclosure,
    string? Overview,
    string? ProblemsAndImprovements,
    string? OtherMatters)
{
    public const int MaxTextLength = 20_000;
    public const int MaxCount = 10_000_000;
    public const decimal MaxFeesTenThousandYuan = 100_000_000m;

    public static AnnualReportDocumentParts Empty { get; } = new(ProactiveDisclosure.Empty, null, null, null);

    /// <summary>The refusals of each field, by its JSON path, with the codes of the field messages.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var errors = new List<FieldError>();
        var figures = ProactiveDisclosure;
        if (figures is null)
        {
            errors.Add(new FieldError("proactiveDisclosure", "required"));
        }
        else
        {
            Legislation(errors, "proactiveDisclosure.rules", figures.Rules);
            Legislation(errors, "proactiveDisclosure.normativeDocuments", figures.NormativeDocuments);
            Count(errors, "proactiveDisclosure.licensing", figures.Licensing);
            Count(errors, "proactiveDisclosure.penalties", figures.Penalties);
            Count(errors, "proactiveDisclosure.enforcement", figures.Enforcement);
            if (figures.FeesTenThousandYuan < 0 || figures.FeesTenThousandYuan > MaxFeesTenThousandYuan
                || figures.FeesTenThousandYuan != Math.Round(figures.FeesTenThousandYuan, 4))
                errors.Add(new FieldError("proactiveDisclosure.feesTenThousandYuan", "range"));
        }
        Text(errors, "overview", Overview);
        Text(errors, "problemsAndImprovements", ProblemsAndImprovements);
        Text(errors, "otherMatters", OtherMatters);
        return errors;
    }

    private static void Legislation(List<FieldError> errors, string field, LegislationCounts? counts)
    {
        if (counts is null)
        {
            errors.Add(new FieldError(field, "required"));
            return;
        }
        Count(errors, field + ".made", counts.Made);
        Count(errors, field + ".repealed", counts.Repealed);
        Count(errors, field + ".inForce", counts.InForce);
    }

    private static void Count(List<FieldError> errors, string field, int count)
    {
        if (count is < 0 or > MaxCount) errors.Add(new FieldError(field, "range"));
    }

    private static void Text(List<FieldError> errors, string field, string? text)
    {
        if (text is null) return;
        if (text.Length > MaxTextLength) errors.Add(new FieldError(field, "too-long"));
        else if (text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))) errors.Add(new FieldError(field, "control-characters"));
    }
}
