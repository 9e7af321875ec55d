namespace DisclosureRequests.HostTests.Infrastructure;

/// <summary>One published worker under the host for every test class that needs it: publishing and starting it is slow.</summary>
[CollectionDefinition(Name)]
public sealed class WorkerUnderHostCollection : ICollectionFixture<WorkerUnderHost>
{
    public const string Name = "Worker under the Functions host";
}
