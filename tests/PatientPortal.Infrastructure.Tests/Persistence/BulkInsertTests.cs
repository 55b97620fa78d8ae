using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Core.Common;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Infrastructure.Persistence;
using PatientPortal.Infrastructure.Tests.Support;

namespace PatientPortal.Infrastructure.Tests.Persistence;

/// <summary>Rows written by the prepared bulk INSERT read back through EF exactly as EF would have written them.</summary>
public sealed class BulkInsertTests(SqliteDatabase database) : IClassFixture<SqliteDatabase>
{
    [Fact]
    public async Task BulkWrittenInvitationsAndMessages_ReadBackThroughEfUnchanged_AndAreFoundByTheirKeys()
    {
        var chargeband = await Seed.SaveAsync(database.Services, Seed.Chargeband(Seed.UniqueCode()));
        var patient = await Seed.SaveAsync(database.Services, Patient.Register(Seed.Details("Mary", "O'Higgins", new DateOnly(1980, 4, 12), "mary@example.com", "+447400123456"), chargeband.Id, Seed.Now));
        var batchId = Guid.NewGuid();
        var (invitation, _) = Invitation.Issue(patient.Id, InvitationPurpose.PasswordReset, "/patient-portal/book", "https://member.example/", TimeSpan.FromMinutes(15), "admin", batchId, Seed.Now);
        var email = OutboxMessage.Email(new EmailMessage("mary@example.com", "Mary O'Higgins", "Subject ü", "<p>Hi</p>", "Hi"), new MessageContext(MessagePurpose.PasswordReset, patient.Id, invitation.Id, batchId), Seed.Now);
        email.ProtectLinkToken("encrypted-token");
        var sms = OutboxMessage.Sms("+447400123456", "Text", new MessageContext(MessagePurpose.PasswordReset, patient.Id, invitation.Id, batchId), Seed.Now, Seed.Now.AddHours(9));

        await database.Services.InScopeAsync(async scope =>
        {
            await using var transaction = await scope.GetRequiredService<IUnitOfWork>().BeginTransactionAsync(CancellationToken.None);
            await scope.GetRequiredService<IInvitationRepository>().AddRangeAsync([invitation], CancellationToken.None);
            await scope.GetRequiredService<IOutboxRepository>().AddRangeAsync([email, sms], CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        });

        var stored = await database.Services.InScopeAsync(async scope =>
            await scope.GetRequiredService<IInvitationRepository>().FindByTokenHashAsync(invitation.TokenHash, CancellationToken.None));
        Assert.NotNull(stored);
        Assert.Equivalent(invitation, stored, strict: true);
        var messages = await database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages.AsNoTracking().Where(m => m.BatchId == batchId && m.NotBefore > Seed.Now).ToListAsync());
        Assert.Equivalent(sms, Assert.Single(messages), strict: true);
        var byId = await database.Services.InScopeAsync(scope =>
            scope.GetRequiredService<PatientPortalDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == email.Id && m.Status == MessageStatus.Pending));
        Assert.Equivalent(email, byId, strict: true);
    }
}
