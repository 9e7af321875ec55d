namespace DisclosureRequests.Functions.Attachments;

public enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
