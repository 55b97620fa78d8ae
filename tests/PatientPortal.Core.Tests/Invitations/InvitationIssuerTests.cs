using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations;

public sealed class InvitationIssuerTests
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private readonly Mock<IInvitationRepository> _invitations = new();
    private readonly Mock<IOutboxRepository> _outbox = new();
    private readonly Mock<ILinkTokenProtector> _linkTokens = new();
    private readonly Mock<IPortalLinks> _links = new();
    private readonly List<OutboxMessage> _queued = [];

    public InvitationIssuerTests()
    {
        _outbox.Setup(repository => repository.Add(Capture.In(_queued)));
        _linkTokens.Setup(protector => protector.Protect(It.IsAny<string>())).Returns((string token) => "protected:" + token);
        _links.Setup(links => links.Invitation(It.IsAny<string>(), It.IsAny<string?>()))
            .Returns((string token, string? portal) => new Uri(new Uri(portal ?? "https://portal.example/"), "patient-portal/invitation?token=" + token));
    }

    [Fact]
    public void Issue_ForAPatientWithoutAPassword_IsAnInvitation_ByEmailAndSms_WithTheTokenOnlyEncrypted()
    {
        var patient = new PatientBuilder().WithoutAccount().Build();

        var issued = Issuer().Issue(patient, new InvitationRequest("admin"), TestPractice.Templates, TestPractice.Now);

        Assert.Equal(InviteOutcome.Invited, issued.Outcome);
        Assert.Equal(InvitationPurpose.PortalAccess, issued.Invitation!.Purpose);
        Assert.Equal(TestPractice.Now.AddHours(72), issued.Invitation.ExpiresAt);
        Assert.Equal(AccountStatus.Invited, patient.Account.Status);
        Assert.Equal([MessageChannel.Email, MessageChannel.Sms], _queued.Select(message => message.Channel));
        Assert.All(_queued, message =>
        {
            Assert.Contains("invitation?token=" + OutboxMessage.LinkTokenPlaceholder, message.TextBody, StringComparison.Ordinal);
            Assert.StartsWith("protected:", message.ProtectedLinkToken, StringComparison.Ordinal);
            Assert.Equal(issued.Invitation.TokenHash, PatientPortal.Core.Security.SecureToken.Hash(message.ProtectedLinkToken!["protected:".Length..]));
        });
        Assert.Contains("expires in 3 days", _queued[1].TextBody, StringComparison.Ordinal);
        _invitations.Verify(repository => repository.Add(issued.Invitation), Times.Once);
    }

    [Fact]
    public void Issue_ForAPatientWithAPassword_IsAFifteenMinuteReset()
    {
        var patient = new PatientBuilder().Build();

        var issued = Issuer().Issue(patient, new InvitationRequest("admin"), TestPractice.Templates, TestPractice.Now);

        Assert.Equal(InviteOutcome.ResetSent, issued.Outcome);
        Assert.Equal(InvitationPurpose.PasswordReset, issued.Invitation!.Purpose);
        Assert.Equal(TestPractice.Now.AddMinutes(15), issued.Invitation.ExpiresAt);
        Assert.Contains("Reset your", _queued[0].Subject, StringComparison.Ordinal);
        Assert.Contains("15 minutes", _queued[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_DuringQuietHours_HoldsTheSmsUntilMorning_ButSendsTheEmailNow()
    {
        var patient = new PatientBuilder().WithoutAccount().Build();
        var evening = new DateTimeOffset(2026, 6, 15, 21, 30, 0, TimeSpan.Zero); // 22:30 in London

        Issuer(quietHours: true).Issue(patient, new InvitationRequest("admin"), TestPractice.Templates, evening);

        Assert.Equal(evening, _queued.Single(message => message.Channel == MessageChannel.Email).NotBefore);
        Assert.Equal(new DateTimeOffset(2026, 6, 16, 7, 0, 0, TimeSpan.Zero), _queued.Single(message => message.Channel == MessageChannel.Sms).NotBefore);
    }

    [Fact]
    public void Issue_ForAFamilyMember_CreatesNothing()
    {
        var member = Patient.Register(new PatientDetails(null, "Cian", "Kelly", new DateOnly(2012, 1, 1), "family@example.com", null), PatientBuilder.ChargebandId, TestPractice.Now, Guid.NewGuid());

        var issued = Issuer().Issue(member, new InvitationRequest("admin"), TestPractice.Templates, TestPractice.Now);

        Assert.Equal(InviteOutcome.SkippedFamilyMember, issued.Outcome);
        Assert.Null(issued.Invitation);
        Assert.Empty(_queued);
        Assert.Equal(AccountStatus.None, member.Account.Status);
        _invitations.Verify(repository => repository.Add(It.IsAny<Invitation>()), Times.Never);
    }

    [Fact]
    public void Prepare_TracksNothing_SoABulkRunCanWriteItsRowsAtOnce()
    {
        var issued = Issuer().Prepare(new PatientBuilder().WithoutAccount().Build(), new InvitationRequest("admin", BatchId: Guid.NewGuid()), TestPractice.Templates, TestPractice.Now);

        Assert.Equal(2, issued.Messages.Count);
        Assert.All(issued.Messages, message => Assert.Equal(issued.Invitation!.BatchId, message.BatchId));
        _invitations.Verify(repository => repository.Add(It.IsAny<Invitation>()), Times.Never);
        Assert.Empty(_queued);
    }

    private InvitationIssuer Issuer(bool quietHours = false) => new(
        _invitations.Object,
        _outbox.Object,
        new InvitationMessages(_links.Object, TestPractice.Renderer, TestPractice.Models),
        _linkTokens.Object,
        quietHours ? new QuietHours(new TimeOnly(21, 0), new TimeOnly(8, 0), London) : new QuietHours(null, null, London),
        Options.Create(new InvitationOptions()));
}
