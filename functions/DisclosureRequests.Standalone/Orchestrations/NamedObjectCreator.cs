using DurableTask.Core;

namespace DisclosureRequests.Standalone.Orchestrations;

/// <summary>Registers an orchestration or activity with a task hub worker under a name, built afresh for each use.</summary>
public sealed class NamedObjectCreator<T> : ObjectCreator<T>
{
    private readonly Func<T> create;

    public NamedObjectCreator(string name, Func<T> create)
    {
        Name = name;
        Version = string.Empty;
        this.create = create;
    }

    public override T Create() => create();
}
