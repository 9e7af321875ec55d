namespace DisclosureRequests.Imports;

/// <summary>The columns of an import file, named in its header row exactly as here, in this order in the template.</summary>
public static class ImportColumns
{
    public const string TrackingNumber = "trackingNumber";
    public const string ReceivedOn = "receivedOn";
    public const string Channel = "channel";
    public const string ApplicantType = "applicantType";
    public const string ApplicantName = "applicantName";
    public const string Description = "description";
    public const string Outcome = "outcome";
    public const string Reason = "reason";
    public const string ClosedOn = "closedOn";
    public const string Reconsideration = "reconsideration";
    public const string Litigation = "litigation";
    public const string LitigationRoute = "litigationRoute";
    public const string FeeYuan = "feeYuan";

    public static IReadOnlyList<string> All { get; } =
    [
        TrackingNumber, ReceivedOn, Channel, ApplicantType, ApplicantName, Description, Outcome, Reason, ClosedOn,
        Reconsideration, Litigation, LitigationRoute, FeeYuan,
    ];

    /// <summary>Several withheld reasons of a partial disclosure share the <see cref="Reason"/> cell, separated by this.</summary>
    public const char ReasonSeparator = ';';
}
