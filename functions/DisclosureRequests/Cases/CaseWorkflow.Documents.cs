namespace DisclosureRequests.Cases;

public static partial class CaseWorkflow
{
    /// <summary>
    /// Art. 17: what is released is part of what the legal review examines. Documents added after the review passed
    /// send the reply back to review; once the reply is sent, the set of released documents is final.
    /// </summary>
    private static CaseDecision RecordRelease(CaseState state, CaseCommand.RecordRelease command, CaseContext context)
    {
        if (Requires(context, StaffRoles.CaseOfficer) is { } refused) return refused;
        if (state.IsClosed) return NotNow("documents-fixed", $"该申请已办结（{state.Status.ToChinese()}），随答复公开的文件已经确定。", $"The case is {state.Status.ToCode()}: the documents released with the reply are final.");
        if (command.Documents.Count == 0) return Invalid("documents", "请写明公开的文件。", "Name the documents released.");

        var change = new CaseChange(state, context)
            .Record("documents-released", new() { ["documents"] = string.Join('\n', command.Documents) });
        if (state.Status != CaseStatus.AwaitingApproval) return change.Done();
        return change
            .Set(s => s with { Status = CaseStatus.InLegalReview, Draft = s.Draft! with { LegalReviewedBy = null } })
            .Record("legal-review-reopened", new() { ["reason"] = "documents-added-after-review", ["documents"] = string.Join('\n', command.Documents) })
            .Done();
    }

    private static CaseDecision RecordAttachment(CaseState state, CaseCommand.RecordAttachment command, CaseContext context)
    {
        if (!context.Actor.IsApplicant) return Forbidden("applicant-only", "只有申请人本人可以为申请添加附件。", "Only the applicant attaches files to the application.");
        if (RequiresOpen(state) is { } refused) return refused;
        if (command.Files.Count == 0) return Invalid("files", "请写明附件。", "Name the files attached.");
        return new CaseChange(state, context)
            .Record("files-attached", new() { ["files"] = string.Join('\n', command.Files) })
            .Done();
    }
}
