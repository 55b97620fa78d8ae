using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Tests.Support;
using static PatientPortal.Core.Tests.Support.TemplateHarness;

namespace PatientPortal.Core.Tests.Templates.Layout;

public sealed class EmailButtonTests
{
    private static readonly TemplateModel Model = new(new PatientData("Mrs", "Mary", "O'Higgins", false), TestPractice.Models.Practice, Link: "https://portal.example/patient-portal/invitation?token=abc&x=1");

    [Fact]
    public void Button_WritesTheLinkAsABigButtonInThePracticesColour()
    {
        var email = TestPractice.Renderer.RenderEmail("Hi", "{{ link | button: \"Set up my account\" }}", Model);

        Assert.StartsWith("<table role=\"presentation\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("bgcolor=\"#0B5CAB\"", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("color:#FFFFFF;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("padding:14px 28px;", email.HtmlBody, StringComparison.Ordinal);
        Assert.EndsWith("href=\"https://portal.example/patient-portal/invitation?token=abc&amp;x=1\">Set up my account</a></td></tr></table>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Set up my account: https://portal.example/patient-portal/invitation?token=abc&x=1\n", email.TextBody);
    }

    [Fact]
    public void Button_EncodesTheAddressAndTheWords()
    {
        var email = TestPractice.Renderer.RenderEmail("Hi", "{{ '\"><script>x</script>' | button: patient.family_name }}", Model);

        Assert.DoesNotContain("<script>", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("href=\"&quot;&gt;&lt;script&gt;", email.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(">O&#x27;Higgins</a>", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void ButtonWithoutWords_ShowsTheAddress()
    {
        Assert.Contains(">https://portal.example/x</a>", TestPractice.Renderer.RenderEmail("Hi", "{{ 'https://portal.example/x' | button }}", Model).HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public void Button_PassesTheEmailChecks_InABody()
    {
        Assert.Empty(ValidateEmailBody("<p>Pay here:</p>\n{{ TRD104 | button: \"Pay now\" }}"));
    }

    [Fact]
    public void AButtonToAJavascriptAddress_IsRefused_AsRendered()
    {
        var problem = Assert.Single(ValidateEmailBody("<p>Pay here:</p>\n{{ 'javascript:alert(1)' | button: \"Pay now\" }}"));

        Assert.Equal((TemplateProblemKind.UnsafeHtml, 2, 1), (problem.Kind, problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void AButton_IsRefused_InATextMessage_AndInASubject_WhereItIsWritten()
    {
        var sms = Assert.Single(ValidateSms("Pay: {{ TRD104 | button: \"Pay\" }}"));
        var subject = Assert.Single(Validate(TemplatePurpose.PaymentInAdvance, MessageChannel.Email, "Pay {{ TRD104 | button }}", "<p>Pay</p>"));

        Assert.Equal(("body", 1, 18, TemplateProblemKind.NotAllowed), (sms.Field, sms.Line!.Value, sms.Column!.Value, sms.Kind));
        Assert.Equal("A text message cannot show a button; write the link itself.", sms.Message);
        Assert.Equal(("subject", 1, 17), (subject.Field, subject.Line!.Value, subject.Column!.Value));
    }
}
