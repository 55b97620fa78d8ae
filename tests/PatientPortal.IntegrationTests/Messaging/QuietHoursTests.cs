using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Messaging;
using PatientPortal.Infrastructure.Messaging;
using PatientPortal.IntegrationTests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace PatientPortal.IntegrationTests.Messaging;

/// <summary>The site at 22:00 on a December evening in London, with texts held between 21:00 and 08:00.</summary>
public sealed class EveningPortalFactory : FakeClockPortalFactory
{
    public EveningPortalFactory()
    {
        Clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 22, 0, 0, TimeSpan.Zero));
    }

    public TwilioServer Twilio { get; } = new();

    protected override IDictionary<string, string?> Settings
    {
        get
        {
            var settings = Twilio.Settings;
            settings["PatientPortal:Invitations:Channels:0"] = "Sms";
            settings["PatientPortal:Messaging:SmsQuietHoursStart"] = "21:00";
            settings["PatientPortal:Messaging:SmsQuietHoursEnd"] = "08:00";
            return settings;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Twilio.Dispose();
    }
}

public sealed class QuietHoursTests(EveningPortalFactory portal) : IClassFixture<EveningPortalFactory>
{
    [Fact]
    public async Task AnSmsDuringQuietHours_IsHeldUntilEightInTheMorning_ThenSent()
    {
        portal.Twilio.Server.Given(Request.Create().WithPath(TwilioServer.MessagesPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(201).WithBodyAsJson(new { sid = "SMmorning", status = "queued" }));
        var mobile = "+447400" + Random.Shared.Next(100_000, 999_999);
        var patientId = await portal.AddPatientAsync(await portal.ChargebandAsync(), email: null, mobile: mobile);

        await portal.InviteAsync(patientId);

        var held = await portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId));
        Assert.Equal(MessageStatus.Pending, held.Status);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), held.NotBefore);
        await Task.Delay(1000);
        Assert.Empty(portal.Twilio.Requests());

        // The next morning the sweep finds it due, and it goes.
        portal.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 2, 8, 1, 0, TimeSpan.Zero));
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSweep>().RunAsync(CancellationToken.None);
        }

        var sent = await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.PatientId == patientId)),
            row => row.Status == MessageStatus.Sent,
            "the text to go out in the morning");
        Assert.Equal("SMmorning", sent.ProviderMessageId);
        Assert.Single(portal.Twilio.Requests(), form => form["To"] == mobile);
    }
}
