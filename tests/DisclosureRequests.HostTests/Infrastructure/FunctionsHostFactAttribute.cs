namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>A test that needs the real Functions host; skipped, saying what is missing, where there is none.</summary>
public sealed class FunctionsHostFactAttribute : FactAttribute
{
    public FunctionsHostFactAttribute()
    {
        if (FunctionsHostTool.MissingReason is { } reason) Skip = reason;
    }
}
