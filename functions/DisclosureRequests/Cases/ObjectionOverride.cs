namespace DisclosureRequests.Cases;

/// <summary>
/// Art. 32: a third party objected with reasons, and the agency discloses all the same — withholding would seriously
/// affect the public interest, or the objection's reasons do not hold; the reasons are what the third party is told in writing.
/// </summary>
public sealed record ObjectionOverride(string ConsultationId, string Reasons)
{
    public const int MaxReasonsLength = 2000;
}
