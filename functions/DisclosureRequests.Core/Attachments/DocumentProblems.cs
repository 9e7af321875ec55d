using DisclosureRequests.Core.Problems;

namespace DisclosureRequests.Core.Attachments;

/// <summary>Why an upload or a download link is refused, as stable problem types.</summary>
public static class DocumentProblems
{
    public static readonly ProblemType NotMultipart = new("not-multipart", "请以 multipart/form-data 方式上传文件", "Upload files as multipart/form-data");
    public static readonly ProblemType MalformedMultipart = new("malformed-multipart", "上传内容格式有误，无法读取", "The multipart body cannot be read");
    public static readonly ProblemType NoFile = new("no-file", "请求中没有文件", "The request carries no file");
    public static readonly ProblemType EmptyFile = new("empty-file", "上传的文件是空文件", "An uploaded file is empty");
    public static readonly ProblemType FileTooLarge = new("file-too-large", "单个文件不能超过10MB", "A file may be at most 10 MB");
    public static readonly ProblemType CaseQuotaExceeded = new("case-quota-exceeded", "同一申请的附件总大小不能超过30MB", "The attachments of one application may total at most 30 MB");
    public static readonly ProblemType TooManyFiles = new("too-many-files", "同一申请最多上传10个附件", "One application may have at most 10 attachments");
    public static readonly ProblemType FileTypeNotAllowed = new("file-type-not-allowed", "文件类型不允许，或文件内容与扩展名不符；仅接受 PDF、PNG、JPEG、DOCX、XLSX 和 UTF-8 文本文件", "File type not allowed, or the content does not match the extension; PDF, PNG, JPEG, DOCX, XLSX and UTF-8 text are accepted");
    public static readonly ProblemType UnsafeFileName = new("unsafe-file-name", "文件名无效：不能包含路径或为空", "The file name is not valid: it may not contain a path or be empty");
    public static readonly ProblemType InvalidLink = new("invalid-link", "下载链接无效", "The download link is not valid");
    public static readonly ProblemType LinkExpired = new("link-expired", "下载链接已过期，请重新打开申请查询页面获取新链接", "The download link has expired; open the application again for a new link");
    public static readonly ProblemType ReleasesFixed = new("releases-fixed", "答复已作出，随答复公开的文件已经确定，不能再增加", "The reply has been sent; the documents released with it are final");
    public static readonly ProblemType CaseClosed = new("case-closed", "该申请已办结，不能再上传附件", "The application is closed; no more attachments can be added");
}
