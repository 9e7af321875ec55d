namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>The app's own settings, the same for both hosts, as environment variables on a storage of the test's.</summary>
public static class AppSettings
{
    public static Dictionary<string, string> On(string storage) => new()
    {
        ["AzureWebJobsStorage"] = storage,
        // Neither local host has App Service Authentication: the tests send X-MS-CLIENT-PRINCIPAL themselves.
        ["Auth__TrustClientPrincipalHeader"] = "true",
        ["Security__AccessCodeKey"] = "host-test-access-code-key-0123456789abcdef",
        ["Security__LinkSigningKey"] = "host-test-link-signing-key-0123456789abcdef",
        ["Agency__Name"] = "某市某局",
        ["Agency__ReferenceCode"] = "某公开",
        ["Agency__ReconsiderationBody"] = "某市人民政府",
        // The scripted case reads its acknowledgement as delivered; holding letters for unconfirmed addresses has tests of its own.
        ["Mail__ConfirmApplicantAddresses"] = "false",
    };
}
