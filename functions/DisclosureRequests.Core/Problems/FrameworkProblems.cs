namespace DisclosureRequests.Core.Problems;

/// <summary>
/// Problems the framework writes itself (an unknown route, a wrong method, a body it will not read) get Chinese titles
/// like the app's own, unless the request prefers English.
/// </summary>
public static class FrameworkProblems
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [StatusCodes.Status400BadRequest] = "请求有误",
        [StatusCodes.Status401Unauthorized] = "请先登录",
        [StatusCodes.Status403Forbidden] = "您的角色无权进行此操作",
        [StatusCodes.Status404NotFound] = "未找到所请求的内容",
        [StatusCodes.Status405MethodNotAllowed] = "不支持该请求方法",
        [StatusCodes.Status406NotAcceptable] = "无法以所要求的格式答复",
        [StatusCodes.Status408RequestTimeout] = "请求超时",
        [StatusCodes.Status413PayloadTooLarge] = "提交的内容过大",
        [StatusCodes.Status415UnsupportedMediaType] = "不支持该内容类型",
        [StatusCodes.Status429TooManyRequests] = "请求过于频繁，请稍后再试",
        [StatusCodes.Status500InternalServerError] = "系统内部错误，请稍后重试",
        [StatusCodes.Status503ServiceUnavailable] = "服务暂时不可用，请稍后重试",
    };

    public static void InChinese(ProblemDetailsContext context)
    {
        var details = context.ProblemDetails;
        if (details.Type?.StartsWith("urn:disclosure-requests:", StringComparison.Ordinal) == true) return;
        if (Problem.PrefersEnglish(context.HttpContext)) return;
        if (details.Status is { } status && Titles.TryGetValue(status, out var title))
        {
            details.Title = title;
            details.Detail = null;
        }
    }
}
