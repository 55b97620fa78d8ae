using PatientPortal.Core.Messaging;

namespace PatientPortal.Core.Tests.Messaging;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MarkSent_ErasesTheProtectedLinkToken()
    {
        var message = Sms();
        message.ProtectLinkToken("encrypted");

        message.MarkSent("SM1", Now);

        Assert.Equal(MessageStatus.Sent, message.Status);
        Assert.Null(message.ProtectedLinkToken);
        Assert.Equal("SM1", message.ProviderMessageId);
    }

    [Fact]
    public void Retry_KeepsTheLinkToken_AndWaitsUntilTheGivenTime()
    {
        var message = Sms();
        message.ProtectLinkToken("encrypted");

        message.Retry("503 from Twilio", Now.AddMinutes(2), Now);

        Assert.Equal(MessageStatus.Pending, message.Status);
        Assert.Equal("encrypted", message.ProtectedLinkToken);
        Assert.Equal(Now.AddMinutes(2), message.NotBefore);
        Assert.Equal("503 from Twilio", message.LastError);
    }

    [Fact]
    public void Retry_RemembersTheFirstFailure_NotTheLatest()
    {
        var message = Sms();

        message.Retry("503 from Twilio", Now.AddMinutes(1), Now);
        message.Retry("503 from Twilio", Now.AddMinutes(3), Now.AddMinutes(1));

        Assert.Equal(Now, message.FailingSince);
    }

    [Fact]
    public void Requeue_ByAnAdmin_StartsAFreshSetOfAttempts_WithNoFailureYet()
    {
        var message = Sms();
        message.Retry("503 from Twilio", Now.AddMinutes(1), Now);
        message.Fail("Gave up", Now.AddHours(4));

        message.Requeue(Now.AddHours(5));

        Assert.Null(message.FailingSince);
        Assert.Equal(0, message.Attempts);
    }

    [Fact]
    public void StartedCall_LeavesTheOutcomeUnknown_UntilItIsSent()
    {
        var message = Sms();

        message.StartCall(Now);
        Assert.Equal(Now, message.OutcomeUnknownSince);

        message.MarkSent("SM1", Now.AddSeconds(1));
        Assert.Null(message.OutcomeUnknownSince);
    }

    [Fact]
    public void CallNotTaken_UndoesOnlyThatCall_AnEarlierUnknownOutcomeStands()
    {
        var fresh = Sms();
        fresh.StartCall(Now);
        fresh.CallNotTaken();

        var unknown = Sms();
        unknown.NoteOutcomeUnknown(Now);
        unknown.StartCall(Now.AddMinutes(2));
        unknown.CallNotTaken();

        Assert.Null(fresh.OutcomeUnknownSince);
        Assert.Equal(Now, unknown.OutcomeUnknownSince);
    }

    [Fact]
    public void DeliveryReports_ArrivingOutOfOrder_NeverUndoAFinalState()
    {
        var message = Sms();
        message.MarkSent("SM1", Now);

        Assert.True(message.ApplyDeliveryReport(MessageStatus.Delivered, null, Now));
        Assert.False(message.ApplyDeliveryReport(MessageStatus.Sent, null, Now));
        Assert.False(message.ApplyDeliveryReport(MessageStatus.Failed, "30003", Now));
        Assert.Equal(MessageStatus.Delivered, message.Status);
    }

    [Fact]
    public void DeliveryReport_OfFailure_KeepsTheError()
    {
        var message = Sms();
        message.MarkSent("SM1", Now);

        message.ApplyDeliveryReport(MessageStatus.Failed, "Provider error 30003", Now);

        Assert.Equal(MessageStatus.Failed, message.Status);
        Assert.Equal("Provider error 30003", message.LastError);
    }

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(4, 480)]
    [InlineData(7, 3600)]
    [InlineData(30, 3600)]
    public void RetryDelay_DoublesFromTheBase_UpToTheCap(int attempts, int seconds)
    {
        var options = new MessagingOptions { RetryBaseDelay = TimeSpan.FromMinutes(1), MaxRetryDelay = TimeSpan.FromHours(1) };

        Assert.Equal(TimeSpan.FromSeconds(seconds), options.RetryDelay(attempts));
    }

    private static OutboxMessage Sms() =>
        OutboxMessage.Sms("+447400123456", "Hello", new MessageContext(MessagePurpose.PortalInvitation, Guid.NewGuid()), Now, Now);

    [Fact]
    public void RequeueToCompose_AfterAFailure_IsWrittenAgainAtSendTime_WithoutItsOldInvitation()
    {
        var context = new MessageContext(MessagePurpose.PaymentInAdvance, Guid.NewGuid(), AppointmentId: Guid.NewGuid());
        var message = OutboxMessage.ToCompose(MessageChannel.Sms, "+447400123456", null, context, Now, Now);
        message.Compose(null, null, "Pay here: https://portal.example/patient-portal/invitation?token=" + OutboxMessage.LinkTokenPlaceholder, Guid.NewGuid(), "encrypted", Now);
        message.Fail("Gave up after 10 attempts", Now);

        message.RequeueToCompose(Now.AddHours(1));

        Assert.True(message.IsComposedAtSend);
        Assert.True(message.AwaitsComposing);
        Assert.Equal(MessageStatus.Pending, message.Status);
        Assert.Null(message.InvitationId);
        Assert.Null(message.ProtectedLinkToken);
        Assert.Equal(string.Empty, message.TextBody);
        Assert.Equal(0, message.Attempts);
        Assert.Equal(context.AppointmentId, message.AppointmentId);
    }

    [Fact]
    public void NoteOutcomeUnknown_KeepsTheFirstUnknownAttempt_AndMarkSentClearsIt()
    {
        var message = Sms();

        message.NoteOutcomeUnknown(Now);
        message.NoteOutcomeUnknown(Now.AddMinutes(5));

        Assert.Equal(Now, message.OutcomeUnknownSince);
        message.MarkSent("SM1", Now.AddMinutes(6));
        Assert.Null(message.OutcomeUnknownSince);
    }

    [Fact]
    public void MarkPossiblySent_IsNotPending_AndAStaffResendOfTheEmailForgetsTheUnknownAttempt()
    {
        var message = OutboxMessage.Email(new EmailMessage("mary@example.org", "Mary", "Hello", "<p>Hello</p>", "Hello"), new MessageContext(MessagePurpose.PortalInvitation, null), Now);

        message.MarkPossiblySent("Possibly sent: no reply", Now, Now.AddSeconds(30));

        Assert.Equal((MessageStatus.PossiblySent, Now), (message.Status, message.OutcomeUnknownSince));
        message.Requeue(Now.AddHours(1));
        Assert.Equal(MessageStatus.Pending, message.Status);
        Assert.Null(message.OutcomeUnknownSince);
    }

    [Fact]
    public void Requeue_OfATextWhoseOutcomeIsUnknown_KeepsIt_SoItIsLookedUpFirst()
    {
        var message = Sms();
        message.NoteOutcomeUnknown(Now);
        message.Fail("Gave up", Now.AddHours(4));

        message.Requeue(Now.AddHours(5));

        Assert.Equal((MessageStatus.Pending, Now), (message.Status, message.OutcomeUnknownSince));
    }
}
