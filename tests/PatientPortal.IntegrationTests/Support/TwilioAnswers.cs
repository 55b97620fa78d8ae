using System.Text;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>
/// How the server playing Twilio answers texts in tests of when a call happens: every one at once, or one held
/// until the test lets it go. Counts what arrives, so a test can read the request log once it is complete
/// (WireMock writes an entry after it has answered, so the site may move on before the entry is there).
/// </summary>
public sealed class TwilioAnswers(TwilioServer twilio)
{
    private int _received;

    /// <summary>How many texts reached the server, counting calls cut off before an answer.</summary>
    public int Received => Volatile.Read(ref _received);

    /// <summary>Every text is accepted (201, a fresh SID); <paramref name="onEach"/> runs first, e.g. to move the site's clock.</summary>
    public void AcceptEvery(Action? onEach = null) =>
        twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost()).AtPriority(10)
            .RespondWith(Response.Create().WithCallback(_ =>
            {
                Interlocked.Increment(ref _received);
                onEach?.Invoke();
                return Created();
            }));

    /// <summary>The text to this number is accepted only when the test releases it; the call stays on the wire until then.</summary>
    public HeldText Hold(string mobile)
    {
        var held = new HeldText();
        twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost().WithBody(body => body?.Contains(Uri.EscapeDataString(mobile), StringComparison.Ordinal) == true)).AtPriority(1)
            .RespondWith(Response.Create().WithCallback(async _ =>
            {
                Interlocked.Increment(ref _received);
                held.Arrive();
                await held.Released;
                return Created();
            }));
        return held;
    }

    /// <summary>The form fields of every text received so far, oldest first, once each is in the server's request log.</summary>
    public async Task<IReadOnlyList<IDictionary<string, string>>> LoggedRequestsAsync()
    {
        var received = Received;
        return await Eventually.WaitAsync(() => Task.FromResult(twilio.Requests()), requests => requests.Count >= received, $"{received} texts in the request log");
    }

    private static ResponseMessage Created() => new()
    {
        StatusCode = 201,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData
        {
            BodyAsString = $$"""{"sid":"SM{{Guid.NewGuid():N}}","status":"queued"}""",
            DetectedBodyType = BodyType.String,
            Encoding = Encoding.UTF8,
        },
    };
}

/// <summary>A text Twilio has received but not yet answered.</summary>
public sealed class HeldText
{
    private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrivals;

    /// <summary>Completes when the request reached the server.</summary>
    public Task Arrived => _arrived.Task;

    /// <summary>How many times it reached the server, counting calls cut off before an answer (the request log holds only answered ones).</summary>
    public int Arrivals => Volatile.Read(ref _arrivals);

    internal Task Released => _released.Task;

    public void Release() => _released.TrySetResult();

    internal void Arrive()
    {
        Interlocked.Increment(ref _arrivals);
        _arrived.TrySetResult();
    }
}
