using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Jobs;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Messaging.Health;

/// <summary>
/// A site on a fake clock whose SMTP server sits behind a relay the test turns off and on, with WireMock playing
/// Twilio, alert addresses configured, and no job worker: the test runs the sends and the health check itself.
/// </summary>
public abstract class OutagePortalFactory : FakeClockPortalFactory
{
    public const string AlertSms = "+447700900123";

    public string AlertEmail { get; } = Registration.UniqueEmail("practice-alerts");

    public SwitchableSmtpRelay Relay { get; } = new(MaildevServer.Instance.SmtpPort);

    public TwilioServer Twilio { get; } = new();

    protected abstract MessageChannel InvitationChannel { get; }

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = Twilio.Settings;
            settings["PatientPortal:Email:Port"] = Relay.Port.ToString(CultureInfo.InvariantCulture);
            settings["PatientPortal:Invitations:Channels:0"] = InvitationChannel.ToString();
            settings["PatientPortal:Jobs:RunServer"] = "false";
            settings["PatientPortal:Messaging:AlertEmail"] = AlertEmail;
            settings["PatientPortal:Messaging:AlertSms"] = AlertSms;
            settings["PatientPortal:Twilio:MaxRetries"] = "0";
            return settings;
        }
    }

    /// <summary>Sends every message of the channel that is due now, as the job the sweep queues would.</summary>
    public async Task SendDueAsync(MessageChannel channel)
    {
        var now = Clock.GetUtcNow();
        var due = await QueryAsync(db => db.OutboxMessages.Where(m => m.Channel == channel && m.Status == MessageStatus.Pending && m.NotBefore <= now).Select(m => m.Id).ToListAsync());
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().SendAsync(channel, due, CancellationToken.None);
    }

    /// <summary>The recurring delivery-health check, run once.</summary>
    public async Task CheckHealthAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DeliveryHealthJob>().RunAsync(CancellationToken.None);
    }

    /// <summary>One channel's health as the management API answers it to the signed-in admin.</summary>
    public async Task<JsonElement> HealthAsync(MessageChannel channel)
    {
        var health = await (await AdminAsync()).GetJsonAsync("/umbraco/management/api/v1/patient-portal/messages/health");
        return health.GetProperty("channels").EnumerateArray().Single(entry => entry.GetProperty("channel").GetString() == channel.ToString());
    }

    private bool _disposed;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !_disposed)
        {
            _disposed = true;
            Relay.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Twilio.Dispose();
        }
    }
}

public sealed class EmailOutagePortalFactory : OutagePortalFactory
{
    protected override MessageChannel InvitationChannel => MessageChannel.Email;
}

public sealed class SmsOutagePortalFactory : OutagePortalFactory
{
    public SmsOutagePortalFactory() => Relay.Start();

    protected override MessageChannel InvitationChannel => MessageChannel.Sms;
}
