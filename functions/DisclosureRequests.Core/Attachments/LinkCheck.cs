namespace DisclosureRequests.Core.Attachments;

public enum LinkCheck
{
    Valid,
    Invalid,
    Expired,
}
