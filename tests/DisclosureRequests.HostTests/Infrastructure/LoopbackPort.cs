using System.Net;
using System.Net.Sockets;

namespace DisclosureRequests.HostTests.Infrastructure;

public static class LoopbackPort
{
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
