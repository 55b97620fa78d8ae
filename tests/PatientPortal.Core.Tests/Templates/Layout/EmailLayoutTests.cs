using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Templates.Layout;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Templates.Layout;

public sealed class EmailLayoutTests
{
    private const string Body = "<p>Dear Mary,</p>\n<p>Your appointment is confirmed.</p>";

    private static readonly PatientData Mary = new("Mrs", "Mary", "O'Higgins", HasAccount: true);

    private static EmailLayout Layout(Action<PracticeOptions>? configure = null)
    {
        var practice = new PracticeOptions
        {
            Name = "Riverside Dental",
            Culture = "en-GB",
            PublicBaseUrl = new Uri("https://portal.example/"),
            Contact = new PracticeContact
            {
                Phone = "020 7946 0000",
                Email = "reception@riverside.example",
                Address = ["12 Riverside Walk", " London ", "SE1 9XX"],
                OpeningHours = ["Monday to Friday, 8:00 to 18:30", "Saturday, 9:00 to 13:00"],
            },
        };
        configure?.Invoke(practice);
        var options = Options.Create(practice);
        return new EmailLayout(new TemplateRenderer(options, new PracticeClock(TimeProvider.System, options)), new MessageModels(options, TestPractice.OnlinePayments), options);
    }

    private static TemplateSet WithLayout(string layout) =>
        new(TemplateDefaults.Templates(TestPractice.Now).Where(t => t.Purpose != TemplatePurpose.EmailLayout)
            .Append(MessageTemplate.Create(TemplatePurpose.EmailLayout, MessageChannel.Email, null, layout, "test", TestPractice.Now).Template));

    [Fact]
    public void Apply_SendsTheBodyInTheLayout_AsAnHtmlDocumentInThePracticesLanguage()
    {
        var email = Layout().Apply(TestPractice.Templates, TemplatePurpose.Recall, Mary, "Time to book <your> check-up", Body);

        Assert.StartsWith("<!doctype html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", email.Html, StringComparison.Ordinal);
        Assert.Contains("<title>Time to book &lt;your&gt; check-up</title>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<body style=\"margin:0;padding:0;width:100%;word-spacing:normal;\">\n<table role=\"presentation\"", email.Html, StringComparison.Ordinal);
        Assert.Contains(Body, email.Html, StringComparison.Ordinal);
        Assert.EndsWith("</table>\n</body>\n</html>", email.Html, StringComparison.Ordinal);
        Assert.Empty(email.Removed);
    }

    [Fact]
    public void TheShippedLayout_SignsOff_AndHasTheContactDetailsAndWhyTheEmailCame_InBothParts()
    {
        var email = Layout().Apply(TestPractice.Templates, TemplatePurpose.Recall, Mary, "Time to book", Body);

        Assert.Contains("<p style=\"margin:24px 0 0;\">Kind regards,<br>The team at Riverside Dental</p>", email.Html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:reception@riverside.example\"", email.Html, StringComparison.Ordinal);
        Assert.Equal(
            """
            Riverside Dental

            Dear Mary,

            Your appointment is confirmed.

            Kind regards,
            The team at Riverside Dental

            Riverside Dental
            12 Riverside Walk, London, SE1 9XX

            Phone: 020 7946 0000

            Email: reception@riverside.example

            Opening hours: Monday to Friday, 8:00 to 18:30; Saturday, 9:00 to 13:00

            You are getting this email because you are a patient of Riverside Dental and are due for an appointment. Our website: https://portal.example/

            """.ReplaceLineEndings("\n"),
            email.Text);
    }

    [Fact]
    public void ContactDetailsLeftEmpty_AreLeftOut()
    {
        var email = Layout(practice => practice.Contact = new PracticeContact()).Apply(TestPractice.Templates, TemplatePurpose.PortalInvitation, Mary, "Hi", Body);

        Assert.DoesNotContain("Phone:", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Email:", email.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Opening hours:", email.Text, StringComparison.Ordinal);
        Assert.Contains("Riverside Dental invited you to its patient portal.", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLogo_ReplacesThePracticesNameInTheHeader_WhenThereIsOne()
    {
        var email = Layout(practice => practice.Brand = new PracticeBrand { LogoUrl = new Uri("https://cdn.example/logo.png"), Colour = "#004D40" })
            .Apply(TestPractice.Templates, TemplatePurpose.PortalInvitation, Mary, "Hi", Body);

        Assert.Contains("<img src=\"https://cdn.example/logo.png\" alt=\"Riverside Dental\" height=\"48\"", email.Html, StringComparison.Ordinal);
        Assert.Contains("background-color:#004D40;", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("font-size:22px", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void PracticeDetails_AreEncoded_InTheLayout()
    {
        var email = Layout(practice => practice.Contact.Address = ["<b>1 High St</b>"]).Apply(TestPractice.Templates, TemplatePurpose.PortalInvitation, Mary, "Hi", Body);

        Assert.Contains("&lt;b&gt;1 High St&lt;/b&gt;", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditedLayout_IsTheOneUsed_WithThePatientAndTheReason()
    {
        var email = Layout().Apply(WithLayout("<div>For {{ patient.full_name }}:</div>{{ content }}<p>{{ message.reason }}</p>"), TemplatePurpose.PasswordReset, Mary, "Reset", Body);

        Assert.Contains($"<body style=\"margin:0;padding:0;width:100%;word-spacing:normal;\">\n<div>For Mrs Mary O&#x27;Higgins:</div>{Body}<p>You are getting this email because a link to choose a new Riverside Dental patient portal password was asked for with your email address.</p>\n</body>", email.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void ALayoutSavedBeforeTheChecks_CannotSendWhatTheSanitiserRemoves()
    {
        var email = Layout().Apply(WithLayout("{{ content }}<a href=\"javascript:alert(1)\" onclick=\"x()\">Unsubscribe</a><script>steal()</script>"), TemplatePurpose.PortalInvitation, Mary, "Hi", Body);

        Assert.DoesNotContain("javascript:", email.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", email.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", email.Html, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe", email.Text, StringComparison.Ordinal);
        Assert.Equivalent(new[] { "'href' on <a>", "'onclick' on <a>", "<script>" }, email.Removed);
    }

    [Fact]
    public void ABodyThatLeavesATagOpen_CannotTurnTheLayoutsTextIntoAttributes()
    {
        var patient = Mary with { GivenName = "x onmouseover=alert(1) y" };

        var email = Layout().Apply(WithLayout("{{ content }}<p>For {{ patient.given_name }}</p>"), TemplatePurpose.PortalInvitation, patient, "Hi", "<p>Hi</p><a href=\"");

        Assert.Empty(Handlers(email.Html));
        Assert.Contains("For x onmouseover=alert(1) y", email.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div title=\"{{ content }}\">x</div>")]
    [InlineData("<textarea>{{ content }}</textarea>")]
    [InlineData("{{ content }}<hr>{{ content }}")]
    public void TheMessageWhereItIsNotPlainText_IsSanitisedWithTheLayoutAsAWhole(string layout)
    {
        var email = Layout().Apply(WithLayout(layout), TemplatePurpose.PortalInvitation, Mary, "Hi", "<p>\" onmouseover=\"alert(1)</p>");

        Assert.Empty(Handlers(email.Html));
    }

    private static List<string> Handlers(string html)
    {
        using var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        return document.All.SelectMany(element => element.Attributes).Where(attribute => attribute.Name.StartsWith("on", StringComparison.Ordinal)).Select(attribute => attribute.Name).ToList();
    }

    [Fact]
    public void WithoutAStoredLayout_TheBodyGoesAloneInTheDocument()
    {
        var templates = new TemplateSet(TemplateDefaults.Templates(TestPractice.Now).Where(t => t.Purpose != TemplatePurpose.EmailLayout));

        var email = Layout().Apply(templates, TemplatePurpose.PortalInvitation, Mary, "Hi", Body);

        Assert.Contains($"word-spacing:normal;\">\n{Body}\n</body>", email.Html, StringComparison.Ordinal);
        Assert.Equal("Dear Mary,\n\nYour appointment is confirmed.\n", email.Text);
    }

    [Fact]
    public void AMessageWithoutATemplateOfItsOwn_GetsTheGeneralReason()
    {
        Assert.Contains("You are getting this email because you are a patient of Riverside Dental.", Layout().Apply(TestPractice.Templates, null, Mary, "Hi", Body).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TemplatePurpose.PortalInvitation, "invited you to its patient portal")]
    [InlineData(TemplatePurpose.PasswordReset, "new Riverside Dental patient portal password was asked for")]
    [InlineData(TemplatePurpose.SignUpConfirmation, "used to sign up to the Riverside Dental patient portal")]
    [InlineData(TemplatePurpose.EmailChangeConfirmation, "this address was given for a Riverside Dental patient portal account")]
    [InlineData(TemplatePurpose.PaymentInAdvance, "appointment with Riverside Dental that is paid in advance")]
    [InlineData(TemplatePurpose.Recall, "due for an appointment")]
    public void EachMessage_SaysWhyItCame(TemplatePurpose purpose, string reason)
    {
        Assert.Contains(reason, Layout().Apply(TestPractice.Templates, purpose, Mary, "Hi", Body).Text, StringComparison.Ordinal);
    }
}
