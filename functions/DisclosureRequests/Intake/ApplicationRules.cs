namespace DisclosureRequests.Intake;

/// <summary>Field-level rules for an application (Art. 29). Messages are keys resolved by the caller's language.</summary>
public static class ApplicationRules
{
    public const int MaxDescriptionLength = 4000;
    public const int MaxNameLength = 200;
    public const int MaxIdNumberLength = 32;
    public const int MaxEmailLength = 254;
    public const int MaxPhoneLength = 30;
    public const int MaxAddressLength = 400;

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
            if (!IsBlank(applicant.Address) && applicant.Address!.Length > MaxAddressLength) errors.Add(new FieldError("applicant.address", "too-long"));
            CheckIdentity(applicant, errors);
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

    /// <summary>
    /// Art. 29 asks every applicant for proof of identity: a resident ID is held to its check character, other
    /// documents (passports, permits) to their shape; an organisation's unified social credit code to its own.
    /// </summary>
    private static void CheckIdentity(Applicant applicant, List<FieldError> errors)
    {
        if (!IsBlank(applicant.IdNumber))
        {
            var id = applicant.IdNumber!;
            if (id.Length > MaxIdNumberLength) errors.Add(new FieldError("applicant.idNumber", "too-long"));
            else if (ResidentIdNumber.LooksLikeOne(id) ? !ResidentIdNumber.IsValid(id) : !LooksLikeIdentityDocument(id))
                errors.Add(new FieldError("applicant.idNumber", "id-number"));
        }
        var organisation = applicant.Type != ApplicantTypes.NaturalPerson && ApplicantTypes.IsKnown(applicant.Type);
        if (organisation && IsBlank(applicant.OrganizationCode))
            errors.Add(new FieldError("applicant.organizationCode", "required"));
        else if (!IsBlank(applicant.OrganizationCode) && !CreditCode.IsValid(applicant.OrganizationCode!))
            errors.Add(new FieldError("applicant.organizationCode", "credit-code"));
    }

    private static bool LooksLikeIdentityDocument(string value) =>
        value.Length >= 5 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '(' or ')' or '（' or '）');

    private static bool IsBlank(string? value) => string.IsNullOrWhiteSpace(value);

    private static bool LooksLikeEmail(string value) =>
        value.Length <= MaxEmailLength && value.IndexOf('@') is > 0 and var at && at < value.Length - 1 && !value.Contains(' ');

    private static bool LooksLikePhone(string value) =>
        value.Length >= 5 && value.Length <= MaxPhoneLength && value.All(c => char.IsAsciiDigit(c) || c is '+' or '-' or ' ' or '(' or ')');
}
