using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Tests.Templates;

public sealed class TemplatePurposesTests
{
    [Fact]
    public void EveryMessagePurpose_HasItsTemplate_OrSaysItHasNone()
    {
        Assert.All(Enum.GetValues<MessagePurpose>(), purpose =>
        {
            var template = TemplatePurposes.For(purpose);
            Assert.True(template is null || TemplatePurposes.Has(template.Value, MessageChannel.Email), $"{purpose}");
        });
        Assert.Equal(TemplatePurpose.PaymentInAdvance, TemplatePurposes.For(MessagePurpose.PaymentInAdvance));
        Assert.Equal(TemplatePurpose.SignUpConfirmation, TemplatePurposes.For(MessagePurpose.AlreadyRegistered));
    }

    [Theory]
    [InlineData(TemplatePurpose.PortalInvitation, MessageChannel.Email, true)]
    [InlineData(TemplatePurpose.PortalInvitation, MessageChannel.Sms, false)]
    [InlineData(TemplatePurpose.InvitationAppendix, MessageChannel.Email, false)]
    [InlineData(TemplatePurpose.EmailLayout, MessageChannel.Email, false)]
    public void OnlyAMessagesOwnEmail_HasASubject(TemplatePurpose purpose, MessageChannel channel, bool subject)
    {
        Assert.Equal(subject, TemplatePurposes.HasSubject(purpose, channel));
    }
}
