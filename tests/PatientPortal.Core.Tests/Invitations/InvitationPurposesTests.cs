using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations;

public sealed class InvitationPurposesTests
{
    [Fact]
    public void For_APatientWithAPassword_IsAReset_OtherwiseAnInvitation()
    {
        Assert.Equal(InvitationPurpose.PasswordReset, InvitationPurposes.For(new PatientBuilder().Build()));
        Assert.Equal(InvitationPurpose.PortalAccess, InvitationPurposes.For(new PatientBuilder().WithoutAccount().Build()));
    }

    [Theory]
    [InlineData(InvitationPurpose.PortalAccess, true, InvitationPurpose.PasswordReset)]
    [InlineData(InvitationPurpose.PortalAccess, false, InvitationPurpose.PortalAccess)]
    [InlineData(InvitationPurpose.PasswordReset, true, InvitationPurpose.PasswordReset)]
    [InlineData(InvitationPurpose.PaymentInAdvance, true, InvitationPurpose.PaymentInAdvance)]
    [InlineData(InvitationPurpose.Recall, false, InvitationPurpose.Recall)]
    public void ResentTo_KeepsThePurpose_ButAnInvitationIsAResetOnceThePatientHasAPassword(InvitationPurpose purpose, bool hasPassword, InvitationPurpose expected)
    {
        var patient = hasPassword ? new PatientBuilder().Build() : new PatientBuilder().WithoutAccount().Build();

        Assert.Equal(expected, purpose.ResentTo(patient));
    }

    [Theory]
    [InlineData(InvitationPurpose.PortalAccess, MessagePurpose.PortalInvitation, TemplatePurpose.PortalInvitation, InviteOutcome.Invited)]
    [InlineData(InvitationPurpose.PasswordReset, MessagePurpose.PasswordReset, TemplatePurpose.PasswordReset, InviteOutcome.ResetSent)]
    [InlineData(InvitationPurpose.PaymentInAdvance, MessagePurpose.PortalInvitation, TemplatePurpose.PortalInvitation, InviteOutcome.Invited)]
    [InlineData(InvitationPurpose.Recall, MessagePurpose.PortalInvitation, TemplatePurpose.PortalInvitation, InviteOutcome.Invited)]
    public void AResetGoesOutAsAReset_EveryOtherLinkAsAPortalInvitation(InvitationPurpose purpose, MessagePurpose message, TemplatePurpose template, InviteOutcome outcome)
    {
        Assert.Equal(message, purpose.MessagePurpose());
        Assert.Equal(template, purpose.TemplatePurpose());
        Assert.Equal(outcome, purpose.Outcome());
    }
}
