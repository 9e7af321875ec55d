namespace DisclosureRequests.Cases;

/// <summary>
/// Art. 32: a third party objected with reasons, and the agency discloses all the same because withholding would
/// seriously affect the public interest; the reasons are what the third party is told in writing.
/// </summary>
public sealed record ObjectionOverride(string ConsultationId, string Reasons)
{
    public const int MaxReasonsLength = 2000;
}
