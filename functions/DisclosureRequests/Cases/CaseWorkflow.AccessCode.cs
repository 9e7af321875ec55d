namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    public const int MaxIdentityCheckLength = 200;

    /// <summary>
    /// An applicant who lost the access code asks the agency, which first checks who they are (in person with an
    /// identity document, or as its own rules allow). The new code replaces the old at once, at any stage: a closed
    /// case's reply and documents are still to be read. The record says who did it and how they checked, never the code;
    /// a confirmed e-mail address is told that it happened.
    /// </summary>
    private static CaseDecision ReissueAccessCode(CaseState state, CaseCommand.ReissueAccessCode command, CaseContext context)
    {
        if (Requires(context, StaffRoles.CaseOfficer) is { } refused) return refused;
        var check = command.IdentityCheck.Trim();
        if (check.Length == 0) return Invalid("identityCheck", "请写明如何核实了申请人的身份。", "Say how the applicant's identity was checked.");
        if (check.Length > MaxIdentityCheckLength)
            return Invalid("identityCheck", $"核实方式不能超过{MaxIdentityCheckLength}个字符。", $"At most {MaxIdentityCheckLength} characters.");
        if (IsBlank(command.AccessCodeHash) || command.AccessCodeHash == state.AccessCodeHash)
            throw new ArgumentException("A reissued access code must differ from the one it replaces.", nameof(command));

        var change = new CaseChange(state, context)
            .Set(s => s with { AccessCodeHash = command.AccessCodeHash })
            .Record("access-code-reissued", new() { ["identityCheck"] = check });
        // The confirmed address hears of it, without the code; an address never confirmed is not the applicant's for sure.
        return (HasConfirmedEmail(state) ? change.Send("applicant", new Letters.AccessCodeReissuedMail(context.Today)) : change).Done();
    }

    /// <summary>
    /// The applicant asked on the tracking page for a new code by their confirmed e-mail address: the code goes there
    /// and nowhere else, so only the owner of the address can use it. An address never confirmed proves nothing.
    /// </summary>
    private static CaseDecision RecoverAccessCodeByEmail(CaseState state, CaseCommand.RecoverAccessCodeByEmail command, CaseContext context)
    {
        if (!context.Actor.IsApplicant) return Forbidden("applicant-only", "只有申请人本人可以通过电子邮箱找回查询码。", "Only the applicant recovers the code by e-mail.");
        if (!HasConfirmedEmail(state)) return NotNow("no-confirmed-email", "该申请没有经过确认的电子邮箱。", "The application has no confirmed e-mail address.");
        if (IsBlank(command.AccessCodeHash) || IsBlank(command.Nonce) || command.AccessCodeHash == state.AccessCodeHash)
            throw new ArgumentException("A recovered access code must differ from the one it replaces.", nameof(command));
        if (state.AccessCodeRecoveredAt is { } last && context.Now - last < command.Spacing)
            return NotNow("recovered-recently", "新的查询码刚刚发往您的电子邮箱，请查收该邮件。", "A new code was mailed a short while ago.");

        return new CaseChange(state, context)
            .Set(s => s with { AccessCodeHash = command.AccessCodeHash, AccessCodeRecoveredAt = context.Now })
            .Record("access-code-recovered")
            .Send("applicant", new Letters.AccessCodeRecoveryMail(command.Nonce))
            .Done();
    }

    /// <summary>Whether mail to the applicant goes out at once: an address is given and needs no confirmation, or has it.</summary>
    public static bool HasConfirmedEmail(CaseState state) =>
        HasEmailAddress(state.Application.Applicant.Email) && !state.EmailConfirmationPending;
}
