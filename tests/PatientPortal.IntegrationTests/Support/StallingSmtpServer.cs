using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>What a <see cref="StallingSmtpServer"/> does with the next message.</summary>
public enum SmtpStall
{
    /// <summary>Takes the whole message and never answers it.</summary>
    HangAfterData,

    /// <summary>Takes the whole message and closes the connection without answering it.</summary>
    DropAfterData,

    /// <summary>Closes the connection at the sender's address, before any of the message is sent.</summary>
    DropBeforeData,

    /// <summary>Takes the message and answers 250: no stall.</summary>
    None,
}

/// <summary>
/// An SMTP server that takes a whole message and then never answers it: the mail client waits on the wire with
/// the message delivered as far as it can tell, so its outcome is unknown (as with a server that hangs after DATA).
/// <see cref="Stall"/> makes it drop the connection after the message, or before it, or answer normally instead.
/// </summary>
public sealed class StallingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _running = new();
    private readonly TaskCompletionSource _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accepting;
    private int _messages;
    private volatile SmtpStall _stall;

    public StallingSmtpServer()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public SmtpStall Stall { get => _stall; set => _stall = value; }

    /// <summary>Messages received in full (and left unanswered).</summary>
    public int Messages => Volatile.Read(ref _messages);

    /// <summary>Completes when the first message has been received and the server has stopped answering.</summary>
    public Task Stalled => _stalled.Task;

    public async ValueTask DisposeAsync()
    {
        await _running.CancelAsync();
        _listener.Stop();
        await _accepting;
        _running.Dispose();
    }

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (true)
            {
                connections.Add(ServeAsync(await _listener.AcceptTcpClientAsync(_running.Token)));
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Disposed.
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                using var reader = new StreamReader(stream, Encoding.ASCII);
                await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
                await writer.WriteLineAsync("220 stalling.test ESMTP");
                while (await reader.ReadLineAsync(_running.Token) is { } line)
                {
                    var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                    if (verb == "MAIL" && Stall == SmtpStall.DropBeforeData)
                    {
                        return;
                    }

                    if (verb == "DATA")
                    {
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        while (await reader.ReadLineAsync(_running.Token) is { } data && data != ".")
                        {
                        }

                        Interlocked.Increment(ref _messages);
                        switch (Stall)
                        {
                            case SmtpStall.DropAfterData:
                                return;
                            case SmtpStall.HangAfterData:
                                _stalled.TrySetResult();
                                await Task.Delay(Timeout.Infinite, _running.Token);
                                break;
                        }
                    }

                    await writer.WriteLineAsync(verb switch
                    {
                        "EHLO" or "HELO" => "250 stalling.test",
                        "QUIT" => "221 Bye",
                        _ => "250 OK",
                    });
                }
            }
            catch (Exception exception) when (exception is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The client gave up, or the server is disposed.
            }
        }
    }
}
