namespace DisclosureRequests.Cases;

/// <summary>Art. 37: a part withheld from a partial disclosure, with the reason code that justifies it.</summary>
public sealed record WithheldPart(string Reason, string Description);
