namespace DisclosureRequests.Fees;

/// <summary>国办函〔2020〕109号: one basis per application, never both.</summary>
public enum FeeBasis
{
    Items,
    Pages,
}
