using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using static PatientPortal.Core.Tests.Support.TemplateHarness;

namespace PatientPortal.Core.Tests.Templates;

public sealed class TemplateValidatorTests
{
    [Fact]
    public void LiquidSyntaxError_IsRefused_AtFluidsLineAndColumn_WithoutFluidsSourceDump()
    {
        var problem = Assert.Single(ValidateSms("Hello\n{{ patient.given_name "));

        Assert.Equal(TemplateProblemKind.Syntax, problem.Kind);
        Assert.Equal(("body", 2, 22), (problem.Field, problem.Line, problem.Column));
        Assert.Equal("End of tag '}}' was expected.", problem.Message);
        Assert.Equal("Line 2, column 22: End of tag '}}' was expected.", problem.ToString());
    }

    [Fact]
    public void UnclosedIf_IsASyntaxError()
    {
        var problem = Assert.Single(ValidateSms("{% if patient.has_account %}\nWelcome back"));

        Assert.Equal(TemplateProblemKind.Syntax, problem.Kind);
        Assert.Contains("endif", problem.Message, StringComparison.Ordinal);
        Assert.NotNull(problem.Line);
    }

    [Fact]
    public void UnknownToken_IsRefused_AtEveryPlaceItIsWritten_WithASuggestion()
    {
        var problems = ValidateSms("Hi {{ patient.givn_name }},\nyes {{ patient.givn_name | upcase }}");

        Assert.Equal(2, problems.Count);
        Assert.All(problems, problem => Assert.Equal(TemplateProblemKind.UnknownToken, problem.Kind));
        Assert.Equal((1, 7), (problems[0].Line!.Value, problems[0].Column!.Value));
        Assert.Equal((2, 8), (problems[1].Line!.Value, problems[1].Column!.Value));
        Assert.Equal("'patient.givn_name' is not a token. Did you mean 'patient.given_name'?", problems[0].Message);
    }

    [Theory]
    [InlineData("{% if patient.nickname %}x{% endif %}")]
    [InlineData("{% if patient.has_account and nickname == 'a' %}x{% endif %}")]
    [InlineData("{% for item in basket %}{{ item }}{% endfor %}")]
    [InlineData("{{ practice.name | append: patient.nickname }}")]
    [InlineData("{% case nickname %}{% when 'a' %}x{% endcase %}")]
    [InlineData("{% assign x = nickname | downcase %}{{ x }}")]
    public void UnknownTokens_AreFoundInConditionsLoopsAndFilterArguments(string body)
    {
        var problem = Assert.Single(ValidateSms(body));

        Assert.Equal(TemplateProblemKind.UnknownToken, problem.Kind);
        Assert.NotNull(problem.Line);
    }

    [Theory]
    [InlineData("{% assign first = patient.given_name | upcase %}Hi {{ first }}")]
    [InlineData("{% capture greeting %}Hi {{ patient.given_name }}{% endcapture %}{{ greeting }}")]
    [InlineData("{% assign words = 'a,b' | split: ',' %}{% for word in words %}{{ word }}{{ forloop.index }}{% endfor %}")]
    [InlineData("{% increment counter %}{{ counter }}")]
    [InlineData("{{ patient.given_name.size }} {{ patient.family_name | size }}")]
    [InlineData("{% if patient.title == empty or patient.title == blank or patient.title == nil %}Hi{% endif %}")]
    public void NamesTheTemplateDefines_AndLiquidsOwnNames_AreAccepted(string body)
    {
        Assert.Empty(ValidateSms(body));
    }

    [Fact]
    public void AGroupOnItsOwn_IsRefused_ListingItsMembers()
    {
        var problem = Assert.Single(ValidateSms("{{ practice }}"));

        Assert.Equal("'practice' is a group of tokens; write one of them: practice.name, practice.website, practice.phone, practice.email, practice.address, practice.opening_hours, practice.logo_url, practice.colour, practice.text_on_colour.", problem.Message);
    }

    [Fact]
    public void TokenOfAnotherPurpose_IsRefused_SayingWhy()
    {
        var problem = Assert.Single(ValidateSms("Book here:\n  {{ TRD104 }}", TemplatePurpose.Recall));

        Assert.Equal(TemplateProblemKind.TokenNotAllowed, problem.Kind);
        Assert.Equal((2, 6), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("TRD104 needs an appointment: it is only available in the payment-in-advance template.", problem.Message);
    }

    [Theory]
    [InlineData(TemplatePurpose.PortalInvitation, "{{ TRD89 }}", "TRD89 needs a service")]
    [InlineData(TemplatePurpose.PortalInvitation, "{{ appointment.date }}", "appointment.date needs an appointment")]
    [InlineData(TemplatePurpose.PaymentInAdvance, "{{ service.name }}", "service.name needs a service")]
    [InlineData(TemplatePurpose.PaymentInAdvance, "{{ recall.due_date }}", "recall.due_date needs a recall")]
    [InlineData(TemplatePurpose.Recall, "{{ link }}", "link is only available in templates that carry their own link")]
    [InlineData(TemplatePurpose.PasswordReset, "{{ TRD92 }}", "TRD92 adds a portal invitation")]
    [InlineData(TemplatePurpose.InvitationAppendix, "{{ TRD92 }}", "cannot include itself")]
    [InlineData(TemplatePurpose.Recall, "{% if appointment.paid %}x{% endif %}", "appointment.paid needs an appointment")]
    public void TokenRules_ApplyToSavedText(TemplatePurpose purpose, string body, string reason)
    {
        var problem = Assert.Single(ValidateSms(body, purpose));

        Assert.Equal(TemplateProblemKind.TokenNotAllowed, problem.Kind);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownFilter_IsRefused_WhereItIsApplied()
    {
        var problem = Assert.Single(ValidateSms("Hi {{ patient.given_name | shout }}"));

        Assert.Equal(TemplateProblemKind.UnknownFilter, problem.Kind);
        Assert.Equal((1, 28), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("There is no Liquid filter 'shout'.", problem.Message);
    }

    [Fact]
    public void IncludeAndRender_AreRefused()
    {
        Assert.Equal(TemplateProblemKind.UnsupportedTag, Assert.Single(ValidateSms("{% include 'footer' %}")).Kind);
    }

    [Fact]
    public void NameInsideAQuotedString_IsNotTakenForAUse()
    {
        var problem = Assert.Single(ValidateSms("{{ 'nickname' | append: nickname }}"));

        Assert.Equal(25, problem.Column);
    }

    [Fact]
    public void EmailSubject_IsRequired_AndCheckedAsLiquid()
    {
        var missing = Assert.Single(Validate(TemplatePurpose.PortalInvitation, MessageChannel.Email, " ", "<p>{{ link }}</p>"));
        Assert.Equal(("subject", TemplateProblemKind.Required), (missing.Field, missing.Kind));

        var unknown = Assert.Single(Validate(TemplatePurpose.PortalInvitation, MessageChannel.Email, "Hi {{ nickname }}", "<p>{{ link }}</p>"));
        Assert.Equal(("subject", 1, 7), (unknown.Field, unknown.Line!.Value, unknown.Column!.Value));
    }

    [Fact]
    public void TheAppendix_NeedsNoSubject_AndRefusesOne()
    {
        Assert.Empty(Validate(TemplatePurpose.InvitationAppendix, MessageChannel.Email, null, "<p><a href=\"{{ link }}\">Join</a></p>"));

        var problem = Assert.Single(Validate(TemplatePurpose.InvitationAppendix, MessageChannel.Email, "Hello", "<p>{{ link }}</p>"));
        Assert.Equal(("subject", TemplateProblemKind.NotAllowed), (problem.Field, problem.Kind));
    }

    [Fact]
    public void SmsSubject_IsRefused()
    {
        Assert.Equal("subject", Assert.Single(Validate(TemplatePurpose.Recall, MessageChannel.Sms, "Hello", "{{ TRD89 }}")).Field);
    }

    [Fact]
    public void EmptyBody_IsRequired()
    {
        Assert.Equal(TemplateProblemKind.Required, Assert.Single(ValidateSms("  \n ")).Kind);
    }

    [Fact]
    public void SmsOverTheSegmentLimit_WithSampleData_IsRefused_SayingHowLong()
    {
        // 3 x 153 septets of text alone is over three segments; the sample values only add to it.
        var problem = Assert.Single(ValidateSms(new string('a', 300) + " {{ TRD104 }} " + new string('b', 200)));

        Assert.Equal(TemplateProblemKind.SmsTooLong, problem.Kind);
        Assert.Null(problem.Line);
        Assert.Equal("The text is 4 segments with sample data; the limit is 3.", problem.Message);
    }

    [Fact]
    public void SmsLimit_IsMeasuredWithRealisticLinks()
    {
        // 70 characters of text fit one segment; the sample payment link (an invitation, 98 characters as a real one) makes two.
        var body = new string('a', 70) + " {{ TRD104 }}";

        Assert.Empty(ValidateSms(body, maxSmsSegments: 2));
        var problem = Assert.Single(ValidateSms(body, maxSmsSegments: 1));
        Assert.Equal("The text is 2 segments with sample data; the limit is 1.", problem.Message);
    }

    [Fact]
    public void SmsLimit_CountsTheInvitationAppendix()
    {
        var body = new string('a', 120) + "{{ TRD92 }}";

        Assert.Empty(ValidateSms(new string('a', 120), maxSmsSegments: 1));
        Assert.Equal(TemplateProblemKind.SmsTooLong, Assert.Single(ValidateSms(body, maxSmsSegments: 1)).Kind);
    }

    [Fact]
    public void RunawayLoop_IsRefused_ByTheStepLimit()
    {
        var problem = Assert.Single(ValidateSms("{% for i in (1..10000000) %}{% endfor %}x"));

        Assert.Equal(TemplateProblemKind.RenderFailed, problem.Kind);
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var problems = Validate(TemplatePurpose.Recall, MessageChannel.Email, null, "<p onclick=\"x()\">{{ nickname }} {{ TRD104 }}</p>");

        Assert.Equal(
            [TemplateProblemKind.Required, TemplateProblemKind.UnknownToken, TemplateProblemKind.TokenNotAllowed, TemplateProblemKind.UnsafeHtml],
            problems.Select(problem => problem.Kind).ToArray());
    }
}
