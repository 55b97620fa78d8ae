using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Web;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace PatientPortal.IntegrationTests.Support;

/// <summary>How the server playing Twilio answers one create call.</summary>
public enum TwilioCreate
{
    /// <summary>201 with the new SID.</summary>
    Created,

    /// <summary>The message is created, then the answer is a 500 (Twilio's error pages warn of this).</summary>
    ServerErrorAfterCreating,

    /// <summary>A 500 and nothing created.</summary>
    ServerErrorWithoutCreating,

    /// <summary>The message is created, then no answer comes until the test lets it go (past the site's request timeout).</summary>
    HangAfterCreating,
}

/// <summary>
/// Twilio's record of messages, as the Messages API keeps it: every message created is kept with its SID, recipient,
/// body and creation time (on the site's clock), and listed back by <c>GET Messages.json?To=…</c> in Twilio's page
/// format. Each create to a number is answered as the test says, in order; the last answer repeats.
/// </summary>
public sealed class TwilioMessages(TwilioServer twilio, Func<DateTimeOffset> clock)
{
    private readonly ConcurrentQueue<CreatedText> _created = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<TwilioCreate>> _answers = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _hangReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _hanging = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, int> _createsTo = new(StringComparer.Ordinal);
    private int _lists;
    private volatile bool _listFails;

    /// <summary>Every message Twilio has on record, oldest first.</summary>
    public IReadOnlyList<CreatedText> Created => [.. _created];

    /// <summary>Create calls to this number that reached the server, created or not, answered or not.</summary>
    public int CreatesTo(string mobile) => _createsTo.GetValueOrDefault(mobile);

    /// <summary>List calls that reached the server.</summary>
    public int Lists => Volatile.Read(ref _lists);

    /// <summary>Completes when a create is hanging after creating its message.</summary>
    public Task Hanging => _hanging.Task;

    /// <summary>Lets every hanging create answer (201; the site has given up on it by then).</summary>
    public void ReleaseHanging() => _hangReleased.TrySetResult();

    /// <summary>From now on the list answers 503: Twilio cannot be asked.</summary>
    public bool ListFails { get => _listFails; set => _listFails = value; }

    public TwilioMessages AnswerCreates(string mobile, params TwilioCreate[] answers)
    {
        _answers[mobile] = new ConcurrentQueue<TwilioCreate>(answers);
        return this;
    }

    /// <summary>Puts the create and list answers in place (above the server's other mappings).</summary>
    public TwilioMessages Start()
    {
        twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost()).AtPriority(5)
            .RespondWith(Response.Create().WithCallback(CreateAsync));
        twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingGet()).AtPriority(5)
            .RespondWith(Response.Create().WithCallback(List));
        return this;
    }

    private async Task<IResponseMessage> CreateAsync(IRequestMessage request)
    {
        var form = HttpUtility.ParseQueryString(request.Body ?? string.Empty);
        var to = form["To"] ?? string.Empty;
        _createsTo.AddOrUpdate(to, 1, (_, count) => count + 1);
        var answer = Next(to);
        if (answer == TwilioCreate.ServerErrorWithoutCreating)
        {
            return Json(500, new { code = 20500, message = "Internal Server Error", status = 500 });
        }

        var text = new CreatedText("SM" + Guid.NewGuid().ToString("N"), to, form["Body"] ?? string.Empty, clock());
        _created.Enqueue(text);
        switch (answer)
        {
            case TwilioCreate.ServerErrorAfterCreating:
                return Json(500, new { code = 20500, message = "Internal Server Error", status = 500 });
            case TwilioCreate.HangAfterCreating:
                _hanging.TrySetResult();
                await _hangReleased.Task;
                break;
        }

        return Json(201, new { sid = text.Sid, to = text.To, body = text.Body, status = "queued" });
    }

    private ResponseMessage List(IRequestMessage request)
    {
        Interlocked.Increment(ref _lists);
        if (ListFails)
        {
            return Json(503, new { code = 20503, message = "Service Unavailable", status = 503 });
        }

        var to = request.Query is { } query && query.TryGetValue("To", out var values) ? values.FirstOrDefault() : null;
        var messages = _created.Where(text => to is null || text.To == to).Reverse().Select(text => new Dictionary<string, object?>
        {
            ["sid"] = text.Sid,
            ["to"] = text.To,
            ["from"] = TwilioServer.From,
            ["body"] = text.Body,
            ["direction"] = "outbound-api",
            ["status"] = "sent",
            ["date_created"] = text.CreatedAt.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
        }).ToList();
        return Json(200, new Dictionary<string, object?>
        {
            ["messages"] = messages,
            ["uri"] = TwilioServer.MessagesPath,
            ["page_size"] = 100,
            ["first_page_uri"] = TwilioServer.MessagesPath,
            ["next_page_uri"] = null,
            ["previous_page_uri"] = null,
        });
    }

    private TwilioCreate Next(string to)
    {
        if (!_answers.TryGetValue(to, out var queue))
        {
            return TwilioCreate.Created;
        }

        if (queue.Count > 1 && queue.TryDequeue(out var next))
        {
            return next;
        }

        return queue.TryPeek(out var last) ? last : TwilioCreate.Created;
    }

    private static ResponseMessage Json(int status, object body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json") },
        BodyData = new BodyData { BodyAsString = JsonSerializer.Serialize(body), DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 },
    };
}

/// <summary>A message on Twilio's record.</summary>
public sealed record CreatedText(string Sid, string To, string Body, DateTimeOffset CreatedAt);
