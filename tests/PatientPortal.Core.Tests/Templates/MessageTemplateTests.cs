using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Templates;

public sealed class MessageTemplateTests
{
    private static MessageTemplate Template(TemplatePurpose purpose, MessageChannel channel, string? subject = "Hello") =>
        MessageTemplate.Create(purpose, channel, subject, "<p>Body</p>", "test", TestPractice.Now).Template;

    [Theory]
    [InlineData(TemplatePurpose.InvitationAppendix, MessageChannel.Email)]
    [InlineData(TemplatePurpose.EmailLayout, MessageChannel.Email)]
    [InlineData(TemplatePurpose.Recall, MessageChannel.Sms)]
    public void Change_DropsASubject_TheTemplateCannotHave(TemplatePurpose purpose, MessageChannel channel)
    {
        var template = Template(purpose, channel, subject: null);

        var version = template.Change("A subject", "<p>New</p>", "test", TestPractice.Now);

        Assert.Null(template.Subject);
        Assert.Null(version.Subject);
    }

    [Fact]
    public void Change_KeepsTheSubject_OfAMessagesEmail()
    {
        var template = Template(TemplatePurpose.Recall, MessageChannel.Email);

        template.Change("Time for your check-up", "<p>New</p>", "test", TestPractice.Now);

        Assert.Equal("Time for your check-up", template.Subject);
    }

    [Fact]
    public void Reads_IgnoresASubject_TheTemplateCannotHave()
    {
        var appendix = Template(TemplatePurpose.InvitationAppendix, MessageChannel.Email, subject: null);
        var recall = Template(TemplatePurpose.Recall, MessageChannel.Email);

        Assert.True(appendix.Reads("Anything", "<p>Body</p>"));
        Assert.False(recall.Reads("Anything", "<p>Body</p>"));
        Assert.True(recall.Reads("Hello", "<p>Body</p>"));
    }
}
