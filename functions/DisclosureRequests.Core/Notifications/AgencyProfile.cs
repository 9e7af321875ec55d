namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// The agency as its letters name it, read from <c>Agency:*</c>. <see cref="ReferenceCode"/> is the 机关代字 that
/// starts every reference number; <see cref="ReconsiderationBody"/>, when set, names where reconsideration is sought.
/// </summary>
public sealed record AgencyProfile(
    string Name,
    string ReferenceCode,
    string FeePaymentInstructions,
    string ReconsiderationBody)
{
    public const string DefaultName = "本机关";

    public static AgencyProfile FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Agency");
        return new AgencyProfile(
            NonEmpty(section["Name"]) ?? DefaultName,
            NonEmpty(section["ReferenceCode"]) ?? "政府信息公开",
            NonEmpty(section["FeePaymentInstructions"]) ?? "请持本通知书到本机关政府信息公开受理窗口缴纳。",
            NonEmpty(section["ReconsiderationBody"]) ?? "");
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
