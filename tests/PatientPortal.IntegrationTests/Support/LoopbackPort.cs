using System.Net;
using System.Net.Sockets;

namespace PatientPortal.IntegrationTests.Support;

public static class LoopbackPort
{
    /// <summary>A port nothing listens on right now, for a test server to bind.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
