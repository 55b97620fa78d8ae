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

/// <summary>Messages to a family member say whose account opens their link: the primary account holder's.</summary>
public sealed class FamilyMemberTemplateTests
{
    private static readonly HolderData Ada = new(null, "Ada", "Okafor");

    [Fact]
    public void HolderTokens_PrintTheHolder_ForAFamilyMember_AndNothingForAnyoneElse()
    {
        const string Body = "{% if patient.is_family_member %}Sign in as {{ holder.full_name }} ({{ holder.given_name }} {{ holder.family_name }}){% else %}Sign in{% endif %}.";
        var member = TemplateHarness.Samples.Model(TemplatePurpose.Recall, MessageChannel.Sms, TemplateSamples.Patient(hasAccount: false), familyMember: true, TestPractice.Templates, Ada);
        var other = TemplateHarness.Samples.Model(TemplatePurpose.Recall, MessageChannel.Sms, TemplateSamples.Patient(hasAccount: false), familyMember: false, TestPractice.Templates);

        Assert.Equal("Sign in as Ada Okafor (Ada Okafor).", TestPractice.Renderer.RenderSms(Body, member));
        Assert.Equal("Sign in.", TestPractice.Renderer.RenderSms(Body, other));
        Assert.Equal("[]", TestPractice.Renderer.RenderSms("[{{ holder.full_name }}]", other));
    }

    [Fact]
    public void HolderTokens_AreAcceptedInEveryPurpose()
    {
        foreach (var purpose in Enum.GetValues<TemplatePurpose>())
        {
            foreach (var name in new[] { "patient.is_family_member", "holder.title", "holder.given_name", "holder.family_name", "holder.full_name" })
            {
                Assert.True(TemplateTokens.Find(name)?.AllowedIn(purpose), $"{name} in {purpose}");
            }
        }
    }

    [Theory]
    [InlineData(TemplatePurpose.PaymentInAdvance, "Mr Maximilian Fitzgerald-Brown manages Alexandra's patient portal: sign in with Maximilian's account to pay for Mrs Alexandra Fitzgerald-Brown.", "Sign in and pay")]
    [InlineData(TemplatePurpose.Recall, "Mr Maximilian Fitzgerald-Brown manages Alexandra's patient portal: sign in with Maximilian's account to book for Mrs Alexandra Fitzgerald-Brown.", "Sign in and book")]
    public void TheDefaultEmail_ToAFamilyMemberWithoutAnAccount_SaysToSignInWithTheHoldersAccount(TemplatePurpose purpose, string sentence, string button)
    {
        var model = TemplateHarness.Samples.Model(purpose, MessageChannel.Email, TemplateSamples.Patient(hasAccount: false), familyMember: true, TestPractice.Templates);

        var html = TestPractice.Renderer.RenderEmail(TestPractice.Templates[purpose, MessageChannel.Email], model).HtmlBody;

        Assert.Contains($"<p>{sentence}</p>", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Matches($"href=\"https://portal.example/patient-portal/(appointments|book)[^\"]+\">{button}</a>", html);
        Assert.DoesNotContain("Set up my account", html, StringComparison.Ordinal);
        Assert.DoesNotContain("invitation", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultPaymentEmail_ToAFamilyMember_WithoutOnlinePayments_SaysToSignInWithTheHoldersAccountToSeeHowToPay()
    {
        var practice = Options.Create(new PracticeOptions { Name = "Riverside Private Clinic", PublicBaseUrl = new Uri("https://portal.example/") });
        var clock = new PracticeClock(new FakeTimeProvider(TestPractice.Now), practice);
        var renderer = new TemplateRenderer(practice, clock);
        var samples = new TemplateSamples(new TestPortalLinks(), new MessageModels(practice, new OnlinePayments([])), renderer, clock,
            Options.Create(new InvitationOptions()), Options.Create(new SignUpOptions()));
        var model = samples.Model(TemplatePurpose.PaymentInAdvance, MessageChannel.Email, TemplateSamples.Patient(hasAccount: false), familyMember: true, TestPractice.Templates);

        var html = renderer.RenderEmail(TestPractice.Templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Email], model).HtmlBody;

        Assert.Contains("<p>Mr Maximilian Fitzgerald-Brown manages Alexandra's patient portal: sign in with Maximilian's account to see how to pay for Mrs Alexandra Fitzgerald-Brown.</p>", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.Matches("href=\"https://portal.example/patient-portal/appointments/[^\"]+\">Sign in to see how to pay</a>", html);
        Assert.DoesNotContain("and pay", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Set up my account", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDefaultPaymentInAdvanceSms_ToAFamilyMember_NamesThem_AndFitsOneSegment()
    {
        var practice = Options.Create(new PracticeOptions { Name = "Riverside Private Clinic", PublicBaseUrl = new Uri("https://portal.example/") });
        var clock = new PracticeClock(new FakeTimeProvider(TestPractice.Now), practice);
        var renderer = new TemplateRenderer(practice, clock);
        var samples = new TemplateSamples(new TestPortalLinks(), new MessageModels(practice, TestPractice.OnlinePayments), renderer, clock,
            Options.Create(new InvitationOptions()), Options.Create(new SignUpOptions()));
        var model = samples.Model(TemplatePurpose.PaymentInAdvance, MessageChannel.Sms, TemplateSamples.Patient(hasAccount: false), familyMember: true, TestPractice.Templates);

        var text = renderer.RenderSms(TestPractice.Templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Sms], model);

        Assert.StartsWith("Riverside Private Clinic: pay £85.00 for Alexandra's video call: https://portal.example/patient-portal/appointments/", text, StringComparison.Ordinal);
        Assert.Equal((SmsEncoding.Gsm7, 1), (SmsLength.Of(text).Encoding, SmsLength.Of(text).Segments));
    }

    [Fact]
    public void TheDefaultRecallSms_ToAFamilyMember_SaysWhoIsDue()
    {
        var model = TemplateHarness.Samples.Model(TemplatePurpose.Recall, MessageChannel.Sms, TemplateSamples.Patient(hasAccount: false), familyMember: true, TestPractice.Templates);

        var text = TestPractice.Renderer.RenderSms(TestPractice.Templates[TemplatePurpose.Recall, MessageChannel.Sms], model);

        Assert.Contains(": Alexandra is due for Dental hygiene appointment. Book online: https://portal.example/patient-portal/book?service=", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ASave_OfAnSmsTooLongOnlyForAFamilyMember_IsRefused()
    {
        var body = "Book: {{ TRD89 }}{% if patient.is_family_member %} " + new string('x', 200) + "{% endif %}";

        var problems = TemplateHarness.ValidateSms(body, TemplatePurpose.Recall, maxSmsSegments: 1);

        Assert.Contains(problems, problem => problem.Kind == TemplateProblemKind.SmsTooLong);
    }
}
