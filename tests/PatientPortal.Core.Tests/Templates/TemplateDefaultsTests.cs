using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Practice;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Templates;

public sealed class TemplateDefaultsTests
{
    /// <summary>Sample values as the demo practice's: a 24-character name, and links of 98 characters.</summary>
    private static TemplateSamples DemoSamples(out TemplateRenderer renderer)
    {
        var practice = Options.Create(new PracticeOptions { Name = "Riverside Private Clinic", PublicBaseUrl = new Uri("https://portal.example/") });
        var clock = new PracticeClock(new FakeTimeProvider(TestPractice.Now), practice);
        renderer = new TemplateRenderer(practice, clock);
        return new TemplateSamples(new TestPortalLinks(), new MessageModels(practice, TestPractice.OnlinePayments), renderer, clock,
            Options.Create(new InvitationOptions()), Options.Create(new SignUpOptions()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ThePaymentInAdvanceSms_FitsOneSegment(bool hasAccount)
    {
        var samples = DemoSamples(out var renderer);
        var model = samples.Model(TemplatePurpose.PaymentInAdvance, MessageChannel.Sms, TemplateSamples.Patient(hasAccount), familyMember: false, TestPractice.Templates);

        var text = renderer.RenderSms(TestPractice.Templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Sms], model);

        Assert.Equal((SmsEncoding.Gsm7, 1), (SmsLength.Of(text).Encoding, SmsLength.Of(text).Segments));
        Assert.StartsWith("Riverside Private Clinic: pay £85.00 before your video call: https://portal.example/patient-portal/", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "Sign in to see how to pay")]
    [InlineData(false, "Set up my account")]
    public void PaymentInAdvanceEmail_WithoutOnlinePayments_PromisesNoPayment(bool hasAccount, string label)
    {
        var noProvider = new OnlinePayments([]);
        var practice = Options.Create(new PracticeOptions { Name = "Riverside Private Clinic", PublicBaseUrl = new Uri("https://portal.example/") });
        var clock = new PracticeClock(new FakeTimeProvider(TestPractice.Now), practice);
        var renderer = new TemplateRenderer(practice, clock);
        var samples = new TemplateSamples(new TestPortalLinks(), new MessageModels(practice, noProvider), renderer, clock,
            Options.Create(new InvitationOptions()), Options.Create(new SignUpOptions()));
        var model = samples.Model(TemplatePurpose.PaymentInAdvance, MessageChannel.Email, TemplateSamples.Patient(hasAccount), familyMember: false, TestPractice.Templates);

        var html = renderer.RenderEmail(TestPractice.Templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Email], model).HtmlBody;

        Assert.Matches($"href=\"https://portal.example/patient-portal/[^\"]+\">{label}</a>", html);
        Assert.DoesNotContain("and pay", html, StringComparison.Ordinal);
        Assert.DoesNotContain("go straight to the payment", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplatePurpose.PortalInvitation, false, "Set up my account")]
    [InlineData(TemplatePurpose.PasswordReset, true, "Choose a new password")]
    [InlineData(TemplatePurpose.SignUpConfirmation, false, "Confirm my email")]
    [InlineData(TemplatePurpose.EmailChangeConfirmation, true, "Confirm my new email address")]
    [InlineData(TemplatePurpose.PaymentInAdvance, true, "Sign in and pay")]
    [InlineData(TemplatePurpose.PaymentInAdvance, false, "Set up my account and pay")]
    [InlineData(TemplatePurpose.Recall, true, "Book online")]
    [InlineData(TemplatePurpose.Recall, false, "Set up my account and book")]
    public void EveryEmail_HasItsLinkAsAButton(TemplatePurpose purpose, bool hasAccount, string label)
    {
        var model = TemplateHarness.Samples.Model(purpose, MessageChannel.Email, TemplateSamples.Patient(hasAccount), familyMember: false, TestPractice.Templates);

        var html = TestPractice.Renderer.RenderEmail(TestPractice.Templates[purpose, MessageChannel.Email], model).HtmlBody;

        Assert.Matches($"<td align=\"center\" bgcolor=\"#0B5CAB\"[^>]*><a style=\"display:inline-block;padding:14px 28px;[^\"]*\" href=\"https://portal.example/patient-portal/[^\"]+\">{label}</a></td>", html);
    }
}
