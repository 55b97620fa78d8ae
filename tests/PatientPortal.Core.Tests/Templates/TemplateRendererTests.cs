using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly TemplateRenderer Renderer = TestPractice.Renderer;

    private static TemplateModel Model(bool hasAccount = false, string givenName = "Mary", string? trd92 = null) =>
        new(new PatientData("Mrs", givenName, "O'Higgins", hasAccount), new PracticeData("Riverside & Co", "https://portal.example/"),
            new AppointmentData(new DateTimeOffset(2026, 6, 16, 14, 30, 0, TimeSpan.FromHours(1)), "Video consultation", 85m, true, false),
            Trd104: "https://portal.example/pay?a=1&b=2", Trd92: trd92);

    private static MessageTemplate Stored(string? subject, string body, MessageChannel channel = MessageChannel.Email) =>
        MessageTemplate.Create(TemplatePurpose.PaymentInAdvance, channel, subject, body, "test", TestPractice.Now).Template;

    [Fact]
    public void EmailBody_HtmlEncodesData()
    {
        var email = Renderer.RenderEmail("Hi", "<p>{{ patient.given_name }} at {{ practice.name }}</p>", Model(givenName: "<b>Mary</b>"));

        Assert.Equal("<p>&lt;b&gt;Mary&lt;/b&gt; at Riverside &amp; Co</p>", email.HtmlBody);
    }

    [Fact]
    public void EmailBody_KeepsAccentedNamesReadable()
    {
        Assert.Equal("<p>Zoë</p>", Renderer.RenderEmail("Hi", "<p>{{ patient.given_name }}</p>", Model(givenName: "Zoë")).HtmlBody);
    }

    [Fact]
    public void SubjectAndSms_AreNotHtmlEncoded()
    {
        var model = Model();

        Assert.Equal("Riverside & Co: O'Higgins", Renderer.RenderEmail("{{ practice.name }}: {{ patient.family_name }}", "<p>x</p>", model).Subject);
        Assert.Equal("Riverside & Co https://portal.example/pay?a=1&b=2", Renderer.RenderSms("{{ practice.name }} {{ TRD104 }}", model));
    }

    [Fact]
    public void Trd92_IsInsertedRaw_InAnEmail()
    {
        var email = Renderer.RenderEmail("Hi", "<p>Pay</p>{{ TRD92 }}", Model(trd92: "<p><a href=\"https://portal.example/i?t=1&x=2\">Join</a></p>"));

        Assert.Equal("<p>Pay</p><p><a href=\"https://portal.example/i?t=1&x=2\">Join</a></p>", email.HtmlBody);
    }

    [Fact]
    public void Trd92_RendersNothing_WhenTheModelHasNoAppendix()
    {
        Assert.Equal("Pay now.", Renderer.RenderSms("Pay now.{{ TRD92 }}", Model()));
    }

    [Theory]
    [InlineData(true, "Sign in and pay")]
    [InlineData(false, "Set up your account")]
    public void ConditionalSections_FollowTheModel(bool hasAccount, string expected)
    {
        var text = Renderer.RenderSms("{% if patient.has_account %}Sign in and pay{% else %}Set up your account{% endif %}", Model(hasAccount));

        Assert.Equal(expected, text);
    }

    [Fact]
    public void AppointmentTokens_AreWrittenInThePracticesCulture()
    {
        var text = Renderer.RenderSms("{{ appointment.date }} {{ appointment.time }} {{ appointment.amount }} {{ appointment.video }}", Model());

        Assert.Equal("Tuesday 16 June 2026 14:30 £85.00 true", text);
    }

    [Theory]
    [InlineData("{{ appointment.start.Ticks }}")]
    [InlineData("{{ patient.GetType }}")]
    [InlineData("{{ practice.name.Length }}")]
    [InlineData("{{ patient.Count }}")]
    public void Sandbox_ReachesNoDotNetMembers(string body)
    {
        Assert.Equal(string.Empty, Renderer.RenderSms(body, Model()));
    }

    [Fact]
    public void StepLimit_StopsARunawayLoop()
    {
        Assert.ThrowsAny<InvalidOperationException>(() => Renderer.RenderSms("{% for i in (1..10000000) %}x{% endfor %}", Model()));
    }

    [Fact]
    public void StoredTemplate_RendersItsNewTextAfterAChange()
    {
        var template = Stored(null, "First {{ patient.given_name }}", MessageChannel.Sms);
        Assert.Equal("First Mary", Renderer.RenderSms(template, Model()));

        template.Change(null, "Second {{ patient.given_name }}", "test", TestPractice.Now);

        Assert.Equal("Second Mary", Renderer.RenderSms(template, Model()));
    }

    [Fact]
    public void TokensMissingFromTheModel_RenderEmpty()
    {
        Assert.Equal("[]", Renderer.RenderSms("[{{ service.name }}{{ recall.due_date }}]", Model()));
    }

    [Fact]
    public void KnowsFilter_IsTrueForLiquidFilters_Only()
    {
        Assert.True(Renderer.KnowsFilter("upcase"));
        Assert.True(Renderer.KnowsFilter("date"));
        Assert.False(Renderer.KnowsFilter("shout"));
    }

    [Theory]
    [InlineData("<p>Pay</p>{{ TRD92 }}", true)]
    [InlineData("{% if TRD92 != blank %}<p>Join us online</p>{% endif %}", true)]
    [InlineData("{{ TRD92 | raw }}", true)]
    [InlineData("<p>Ask us about TRD92.</p>", false)]
    [InlineData("{% comment %}{{ TRD92 }}{% endcomment %}", false)]
    [InlineData("{{ TRD920 }}", false)]
    [InlineData("{% assign TRD92 = 'x' %}{{ TRD92 }}", false)]
    public void Uses_IsAnsweredByTheParsedBody_NotByText(string body, bool uses)
    {
        Assert.Equal(uses, Renderer.Uses(Stored("Hi", body), TrdTokens.InvitationAppendix));
    }

    [Fact]
    public void Uses_CountsTheSubjectOfAnEmail()
    {
        Assert.True(Renderer.Uses(Stored("Pay now: {{ TRD104 }}", "<p>Hello</p>"), TrdTokens.PaymentInAdvance));
        Assert.False(Renderer.Uses(Stored("Pay now", "<p>Hello</p>"), TrdTokens.PaymentInAdvance));
    }
}
