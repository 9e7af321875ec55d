using DisclosureRequests.Core.Problems;

namespace DisclosureRequests.Core.Imports;

/// <summary>The stable problem types of the import of past cases.</summary>
public static class ImportProblems
{
    public static readonly ProblemType InvalidRows = new(
        "import-invalid-rows", "导入文件中有不符合要求的内容，未导入任何申请", "The file has invalid rows; nothing was imported");

    public static readonly ProblemType UnsupportedFile = new(
        "import-unsupported-file", "请上传 CSV（text/csv）或 XLSX 文件，或以 multipart/form-data 上传其中一个文件",
        "Send a CSV (text/csv) or XLSX file, or one such file as multipart/form-data");

    public static readonly ProblemType FileTooLarge = new(
        "import-file-too-large", "导入文件超过允许的大小", "The import file is larger than allowed");

    public static readonly ProblemType ReadOnly = new(
        "imported-case-read-only", "该申请是系统启用前办理、导入的历史记录，只能查阅，不能办理",
        "The case was imported from the records kept before this system and is read-only");

    public static string InvalidRowsDetail(bool english, int count) => english
        ? $"{count} problem(s) found; nothing was imported"
        : $"共发现{count}处问题，未导入任何申请，请改正后重新导入";
}
