namespace DisclosureRequests.Cases;

/// <summary>What officers and applicants call each <see cref="CaseStatus"/>, as refusals name it.</summary>
public static class CaseStatusNames
{
    private static readonly Dictionary<CaseStatus, string> Names = new()
    {
        [CaseStatus.Received] = "已收到",
        [CaseStatus.AwaitingClarification] = "待申请人补正",
        [CaseStatus.InProgress] = "办理中",
        [CaseStatus.AwaitingThirdParty] = "征求第三方意见中",
        [CaseStatus.AwaitingOtherAgency] = "征求其他机关意见中",
        [CaseStatus.AwaitingFeePayment] = "待缴纳信息处理费",
        [CaseStatus.InLegalReview] = "保密审查和合法性审查中",
        [CaseStatus.AwaitingApproval] = "待负责人审批",
        [CaseStatus.Replied] = "已答复",
        [CaseStatus.Withdrawn] = "已撤回",
        [CaseStatus.Lapsed] = "已终止处理",
    };

    public static string ToChinese(this CaseStatus status) => Names[status];
}
