using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DisclosureRequests.Cases;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace DisclosureRequests.Core.Notifications;

/// <summary>
/// Turns an outbox item into the letter the agency sends: the kind's template words the body from the item's Data,
/// and one layout per format adds title, reference number, addressee, signature and date. Every Data value reaches
/// the HTML through the encoder, so what an applicant typed can never become markup.
/// </summary>
public sealed class LetterComposer(AgencyProfile agency)
{
    // Values written one entry per line by contract; every other value is one line, so applicant text cannot start a
    // paragraph of its own that reads like the agency's words.
    private static readonly HashSet<string> MultiLineKeys = ["items", "breakdown", "withheld", "releasedDocuments", "summary"];

    private static readonly TemplateOptions Options = CreateOptions();

    private static readonly TextEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public Letter Compose(OutboxItem item, DateOnly composedOn)
    {
        var kind = LetterKinds.Find(item.Kind) ?? throw new LetterNotComposableException($"Unknown letter kind '{item.Kind}'.");
        var data = Clean(item.Data);
        var missing = LetterKind.CommonKeys.Concat(kind.RequiredKeys).Where(k => !data.ContainsKey(k)).ToList();
        if (missing.Count > 0) throw new LetterNotComposableException($"{item.Kind} lacks {string.Join(", ", missing)}.");
        if (kind.Kind == LetterKinds.Reply) CheckReply(data);

        var body = LetterTemplates.Get(kind.TemplateName).Render(Context(data), NullEncoder.Default);
        var paragraphs = body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var date = kind.DateKey is { } key && IsDate(data[key]) ? data[key] : composedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var reference = kind.IsFormalLetter ? Reference(kind, data["trackingNumber"]) : "";
        var subject = kind.IsFormalLetter
            ? $"{(agency.Name == AgencyProfile.DefaultName ? "" : agency.Name)}{kind.Title}（{reference}）"
            : kind.Title + paragraphs.FirstOrDefault();

        var layout = Context(data);
        layout.SetValue("title", kind.Title);
        layout.SetValue("formal", kind.IsFormalLetter);
        layout.SetValue("reference", reference);
        layout.SetValue("addressee", kind.IsFormalLetter ? Addressee(kind, data) : "");
        layout.SetValue("paragraphs", paragraphs);
        layout.SetValue("date", LetterFilters.ChineseDate(date));
        return new Letter(
            subject,
            LetterTemplates.Get(LetterTemplates.HtmlLayout).Render(layout, Html),
            LetterTemplates.Get(LetterTemplates.TextLayout).Render(layout, NullEncoder.Default));
    }

    /// <summary>文号: the agency's code, the kind's word, the year in 〔〕 and the case's serial, e.g. 政府信息公开答〔2026〕42号.</summary>
    public string Reference(LetterKind kind, string trackingNumber)
    {
        var parts = trackingNumber.Split('-', 2);
        return parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var serial)
            ? $"{agency.ReferenceCode}{kind.ReferenceWord}〔{parts[0]}〕{serial}号"
            : $"{agency.ReferenceCode}{kind.ReferenceWord}〔{trackingNumber}〕号";
    }

    private static string Addressee(LetterKind kind, IReadOnlyDictionary<string, string> data) =>
        kind.Kind is LetterKinds.ThirdPartyConsultation or LetterKinds.OtherAgencyConsultation ? data["partyName"] : data["applicantName"];

    private TemplateContext Context(Dictionary<string, string> data)
    {
        var context = new TemplateContext(Options);
        context.SetValue("data", data.ToDictionary(p => p.Key, p => (object)p.Value));
        context.SetValue("agency", new Dictionary<string, object>
        {
            ["name"] = agency.Name,
            ["feePaymentInstructions"] = agency.FeePaymentInstructions,
            ["reconsiderationBody"] = agency.ReconsiderationBody,
        });
        return context;
    }

    private static void CheckReply(IReadOnlyDictionary<string, string> data)
    {
        var outcome = data["outcome"];
        var reason = data.GetValueOrDefault("reason", "");
        if (!ReplyGrounds.IsKnown(outcome, reason))
            throw new LetterNotComposableException($"Unknown reply outcome '{outcome}' with reason '{reason}'.");
        foreach (var line in data.GetValueOrDefault("withheld", "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            if (!ReplyGrounds.IsWithholdingReason(line.Split('|', 2)[0]))
                throw new LetterNotComposableException($"Unknown reason for a withheld part: '{line.Split('|', 2)[0]}'.");
    }

    private static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string> data) =>
        data.ToDictionary(p => p.Key, p => MultiLineKeys.Contains(p.Key)
            ? p.Value.Replace("\r\n", "\n").Replace('\r', '\n')
            : string.Join(' ', p.Value.Split(['\r', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)));

    private static bool IsDate(string value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            FileProvider = new EmbeddedFileProvider(typeof(LetterComposer).Assembly, "DisclosureRequests.Core.Notifications.Templates"),
        };
        LetterFilters.Register(options);
        return options;
    }
}
