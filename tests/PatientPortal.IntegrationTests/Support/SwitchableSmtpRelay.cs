using System.Net;
using System.Net.Sockets;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// A TCP relay in front of the real maildev SMTP server that a test can take down and bring back: while it
/// is down nothing listens on its port (connection refused), as with a mail server that is off.
/// </summary>
public sealed class SwitchableSmtpRelay(int targetPort) : IAsyncDisposable
{
    private TcpListener? _listener;
    private CancellationTokenSource? _running;

    private int _connections;

    public int Port { get; } = LoopbackPort.Free();

    /// <summary>Connections made through the relay so far.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public void Start()
    {
        _running = new CancellationTokenSource();
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _running.Token);
    }

    public void Stop()
    {
        _running?.Cancel();
        _listener?.Stop();
        _listener = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        _running?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = RelayAsync(client, cancellationToken);
        }
    }

    private async Task RelayAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(IPAddress.Loopback, targetPort, cancellationToken);
                var up = client.GetStream().CopyToAsync(server.GetStream(), cancellationToken);
                var down = server.GetStream().CopyToAsync(client.GetStream(), cancellationToken);
                await Task.WhenAny(up, down);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException)
            {
                // One side closed; the relay's job for this connection is over.
            }
        }
    }
}
