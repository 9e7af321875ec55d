namespace DisclosureRequests.Clock;

/// <summary>How an application reached the agency; Art. 31 fixes the date of receipt differently for each.</summary>
public enum ReceiptChannel
{
    InPerson,
    RegisteredPost,
    OrdinaryPost,
    Online,
    Fax,
}
