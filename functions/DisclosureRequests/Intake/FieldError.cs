namespace DisclosureRequests.Intake;

/// <summary>A refusal of one field; <see cref="Code"/> is a stable message key.</summary>
public sealed record FieldError(string Field, string Code);
