namespace DisclosureRequests.Core.Attachments;

public static class DocumentServices
{
    public static IServiceCollection AddCaseDocuments(this IServiceCollection s, IConfiguration c)
    {
        s.AddSingleton(p => ReleaseLinks.FromConfiguration(c, p.GetRequiredService<TimeProvider>()));
        s.AddSingleton<CaseDocuments>();
        return s;
    }
}
