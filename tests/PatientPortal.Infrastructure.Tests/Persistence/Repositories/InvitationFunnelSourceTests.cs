using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Invitations.Funnel;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using Microsoft.EntityFrameworkCore;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Persistence.Repositories;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence.Repositories;

/// <summary>The funnel's one query on a real SQLite file: which facts of each invitation's messages it folds in.</summary>
public sealed class InvitationFunnelSourceTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    private static readonly DateTimeOffset Later = Seed.Now.AddMinutes(5);
    private readonly Guid _batchId = Guid.NewGuid();

    [Fact]
    public async Task EachInvitation_GetsWhatItsMessagesAndItsLinkReached()
    {
        var patientId = await PatientAsync();
        await InvitationAsync(patientId);
        await InvitationAsync(patientId, Sms(MessageStatus.Sent));
        await InvitationAsync(patientId, Sms(MessageStatus.Delivered), Email(MessageStatus.Failed));
        var emailCompleted = await InvitationAsync(patientId, Email(MessageStatus.Sent), Sms(MessageStatus.Pending));
        await InvitationAsync(patientId, Email(MessageStatus.Pending));
        await InScopeAsync(async scope =>
        {
            var invitations = scope.GetRequiredService<IInvitationRepository>();
            (await invitations.FindAsync(emailCompleted, CancellationToken.None))!.MarkOpened(Later);
            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return await invitations.TryCompleteAsync(emailCompleted, Later, CancellationToken.None);
        });

        var rows = await ListAsync(new FunnelFilter(Seed.Now, Seed.Now.AddDays(1), null, _batchId));

        // Nothing sent, and an email still waiting; an SMS Twilio accepted; an SMS delivered (its email failed); an email sent, opened and completed.
        Assert.Equal(
            [
                new FunnelInvitation(Seed.Now, false, false, false, false, false),
                new FunnelInvitation(Seed.Now, false, false, false, false, false),
                new FunnelInvitation(Seed.Now, MessageSent: true, MessageDelivered: false, EmailSent: false, false, false),
                new FunnelInvitation(Seed.Now, MessageSent: true, MessageDelivered: true, EmailSent: false, false, false),
                new FunnelInvitation(Seed.Now, MessageSent: true, MessageDelivered: false, EmailSent: true, Opened: true, Completed: true),
            ],
            rows);
    }

    [Fact]
    public async Task TheRangeIsHalfOpen_AndThePurposeAndRunFilter()
    {
        var patientId = await PatientAsync();
        await InvitationAsync(patientId, at: Seed.Now.AddTicks(-10_000));
        await InvitationAsync(patientId, at: Seed.Now);
        await InvitationAsync(patientId, at: Seed.Now.AddHours(1), purpose: InvitationPurpose.Recall);
        await InvitationAsync(patientId, at: Seed.Now.AddHours(2));

        Assert.Equal(2, (await ListAsync(new FunnelFilter(Seed.Now, Seed.Now.AddHours(2), null, _batchId))).Count);
        Assert.Single(await ListAsync(new FunnelFilter(Seed.Now, Seed.Now.AddHours(2), InvitationPurpose.Recall, _batchId)));
        Assert.Empty(await ListAsync(new FunnelFilter(Seed.Now, Seed.Now.AddHours(2), null, Guid.NewGuid())));
    }

    [Fact]
    public async Task TheQuery_ReadsTheRangesInvitationsByIndex_AndOnlyTheirMessages_NeverScanningTheOutbox()
    {
        var plan = await InScopeAsync(async scope =>
        {
            var source = new InvitationFunnelSource(scope.GetRequiredService<PatientPortalDbContext>());
            await using var command = source.Query(new FunnelFilter(Seed.Now, Seed.Now.AddDays(30), null, null)).CreateDbCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
            await command.Connection!.OpenAsync();
            var steps = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }

            return string.Join("\n", steps);
        });

        Assert.Contains("INDEX IX_patientPortalInvitation_CreatedAt", plan, StringComparison.Ordinal);
        Assert.Contains("USING COVERING INDEX IX_patientPortalOutboxMessage_InvitationId_Status_Channel", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN", plan, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<FunnelInvitation>> ListAsync(FunnelFilter filter) =>
        InScopeAsync(async scope => (await scope.GetRequiredService<IInvitationFunnelSource>().ListAsync(filter, CancellationToken.None))
            .OrderBy(row => row.CreatedAt).ThenBy(row => row.Completed).ThenBy(row => row.MessageDelivered).ThenBy(row => row.MessageSent).ToList() as IReadOnlyList<FunnelInvitation>);

    private async Task<Guid> PatientAsync()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));
        var patient = await Seed.SaveAsync(database.Services, Patient.Register(Seed.Details("Mary", "O'Higgins", new DateOnly(1980, 4, 12), "mary@example.com", "+447700900123"), chargeband.Id, Seed.Now));
        return patient.Id;
    }

    private Task<Guid> InvitationAsync(Guid patientId, params Func<MessageContext, OutboxMessage>[] messages) =>
        InvitationAsync(patientId, Seed.Now, InvitationPurpose.PortalAccess, messages);

    private Task<Guid> InvitationAsync(Guid patientId, DateTimeOffset at, InvitationPurpose purpose = InvitationPurpose.PortalAccess, params Func<MessageContext, OutboxMessage>[] messages) =>
        InScopeAsync(async scope =>
        {
            var (invitation, _) = Invitation.Issue(patientId, purpose, null, null, TimeSpan.FromHours(72), "admin", _batchId, at);
            scope.GetRequiredService<IInvitationRepository>().Add(invitation);
            foreach (var message in messages)
            {
                scope.GetRequiredService<IOutboxRepository>().Add(message(new MessageContext(MessagePurpose.PortalInvitation, patientId, invitation.Id, _batchId)));
            }

            await scope.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
            return invitation.Id;
        });

    private static Func<MessageContext, OutboxMessage> Email(MessageStatus status) => context =>
        Fate(OutboxMessage.Email(new EmailMessage("mary@example.com", "Mary", "Your invitation", "<p>Hello</p>", "Hello"), context, Seed.Now), status);

    private static Func<MessageContext, OutboxMessage> Sms(MessageStatus status) => context =>
        Fate(OutboxMessage.Sms("+447700900123", "Hello", context, Seed.Now, Seed.Now), status);

    private static OutboxMessage Fate(OutboxMessage message, MessageStatus status)
    {
        if (status is MessageStatus.Sent or MessageStatus.Delivered)
        {
            message.MarkSent("provider-id", Later);
        }

        if (status == MessageStatus.Delivered)
        {
            message.ApplyDeliveryReport(MessageStatus.Delivered, null, Later);
        }

        if (status == MessageStatus.Failed)
        {
            message.Fail("refused", Later);
        }

        return message;
    }

    private Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work) => database.Services.InScopeAsync(work);
}
