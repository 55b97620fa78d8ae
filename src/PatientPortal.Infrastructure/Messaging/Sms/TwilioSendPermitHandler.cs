using Microsoft.Extensions.Options;
using PatientPortal.Infrastructure.RateLimiting;

namespace PatientPortal.Infrastructure.Messaging.Sms;

/// <summary>
/// Each request that creates a message waits for the sender's turn (<see cref="SenderSlots"/>, shared by every
/// server on the database). It sits inside the retry strategy, so a retry takes a turn of its own, and outside the
/// per-attempt timeout, so a wait is not taken for a hang. Other calls (look-ups, GETs) send nothing and pass.
/// </summary>
internal sealed class TwilioSendPermitHandler(SenderSlots slots, IOptions<TwilioOptions> options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CreatesMessage(request))
        {
            var settings = options.Value;
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, TwilioSendWait.ForAttempt());
            try
            {
                await slots.TakeAsync(settings.Sender, TimeSpan.FromSeconds(1 / settings.MessagesPerSecond), wait.Token);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Before the request left: not a call whose outcome is unknown, but one never made.
                throw new SendTurnNotTakenException(exception);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }

    /// <summary>A POST to <c>…/Accounts/{sid}/Messages.json</c>: the Messages API's create.</summary>
    private static bool CreatesMessage(HttpRequestMessage request) =>
        request.Method == HttpMethod.Post && request.RequestUri?.AbsolutePath.EndsWith("/Messages.json", StringComparison.Ordinal) == true;
}
