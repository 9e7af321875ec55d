namespace DisclosureRequests.Intake;

/// <summary>Field-level rules for an application (Art. 29). Messages are keys resolved by the caller's language.</summary>
public static class ApplicationRules
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxNameLength = 200;

    public static IReadOnlyList<string> Formats { get; } = ["electronic", "paper"];
    public static IReadOnlyList<string> Deliveries { get; } = ["email", "post", "pickup", "online"];
    public static IReadOnlyList<string> Channels { get; } = ["in-person", "registered-post", "ordinary-post", "online", "fax"];

    public static IReadOnlyList<FieldError> Check(ApplicationDetails? application)
    {
        var errors = new List<FieldError>();
        if (application is null)
        {
            errors.Add(new FieldError("body", "required"));
            return errors;
        }
        var applicant = application.Applicant;
        if (applicant is null)
        {
            errors.Add(new FieldError("applicant", "required"));
        }
        else
        {
            if (!ApplicantTypes.IsKnown(applicant.Type)) errors.Add(new FieldError("applicant.type", "applicant-type"));
            if (string.IsNullOrWhiteSpace(applicant.Name)) errors.Add(new FieldError("applicant.name", "required"));
            else if (applicant.Name.Length > MaxNameLength) errors.Add(new FieldError("applicant.name", "too-long"));
            if (IsBlank(applicant.Email) && IsBlank(applicant.Phone) && IsBlank(applicant.Address))
                errors.Add(new FieldError("applicant.contact", "contact-required"));
            if (!IsBlank(applicant.Email) && !LooksLikeEmail(applicant.Email!)) errors.Add(new FieldError("applicant.email", "email"));
            if (!IsBlank(applicant.Phone) && !LooksLikePhone(applicant.Phone!)) errors.Add(new FieldError("applicant.phone", "phone"));
            if (applicant.Type != ApplicantTypes.NaturalPerson && ApplicantTypes.IsKnown(applicant.Type) && IsBlank(applicant.OrganizationCode))
                errors.Add(new FieldError("applicant.organizationCode", "required"));
        }
        if (string.IsNullOrWhiteSpace(application.Description)) errors.Add(new FieldError("description", "required"));
        else if (application.Description.Length > MaxDescriptionLength) errors.Add(new FieldError("description", "too-long"));
        if (!Formats.Contains(application.Format)) errors.Add(new FieldError("format", "format"));
        if (!Deliveries.Contains(application.Delivery)) errors.Add(new FieldError("delivery", "delivery"));
        if (application.Delivery == "email" && applicant is not null && IsBlank(applicant.Email))
            errors.Add(new FieldError("applicant.email", "email-required-for-delivery"));
        if (application.Delivery == "post" && applicant is not null && IsBlank(applicant.Address))
            errors.Add(new FieldError("applicant.address", "address-required-for-delivery"));
        return errors;
    }

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool LooksLikeEmail(string value) =>
        value.Length <= 254 && value.IndexOf('@') is > 0 and var at && at < value.Length - 1 && !value.Contains(' ');

    private static bool LooksLikePhone(string value) =>
        value.Length is >= 5 and <= 30 && value.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')');
}
