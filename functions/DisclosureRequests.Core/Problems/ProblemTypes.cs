namespace DisclosureRequests.Core.Problems;

public static class ProblemTypes
{
    public static readonly ProblemType Validation = new("validation", "提交的内容不完整或有误", "The request is incomplete or invalid");
    public static readonly ProblemType NotFound = new("not-found", "未找到该申请，或查询码不正确", "No such application, or the access code is wrong");
    /// <summary>The same type for staff, who never use an access code: the title does not mention one.</summary>
    public static readonly ProblemType CaseNotFound = new("not-found", "未找到该申请", "No such application");
    public static readonly ProblemType Unauthenticated = new("unauthenticated", "请先登录", "Sign-in is required");
    public static readonly ProblemType Forbidden = new("forbidden", "您的角色无权进行此操作", "Your role may not do this");
    public static readonly ProblemType Conflict = new("concurrent-change", "该申请刚被他人修改，请刷新后重试", "The case was changed by someone else; reload and retry");
    public static readonly ProblemType VersionChanged = new("case-version-changed", "该申请在您查看之后已有变动，请刷新后核对再操作", "The case has changed since you read it; reload and check before acting");
    public static readonly ProblemType NotAllowedNow = new("not-allowed-in-state", "当前办理阶段不能进行此操作", "This action is not allowed at the case's current stage");
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", "该幂等键已用于另一项不同的请求", "This Idempotency-Key was used for a different request");
    public static readonly ProblemType CalendarNotCovered = new("calendar-not-covered", "该日期所在年度的节假日安排尚未录入", "The holiday notice for that year has not been added to the calendar");
    public static readonly ProblemType CalendarYearNotFound = new("calendar-year-not-found", "该年度的节假日安排不在日历中", "That year is not in the calendar");
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", "提交的内容过大", "The request body is too large");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", "提交内容的格式不受支持", "The request body's content type is not supported here");
    public static readonly ProblemType TooManyRequests = new("too-many-requests", "请求过于频繁，请稍后再试", "Too many requests; try again later");
    public static readonly ProblemType StorageUnavailable = new("storage-unavailable", "系统存储暂时不可用，请稍后重试", "Storage is unavailable; try again later");
}
