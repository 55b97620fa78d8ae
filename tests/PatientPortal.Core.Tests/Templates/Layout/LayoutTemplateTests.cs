using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using static PatientPortal.Core.Tests.Support.TemplateHarness;

namespace PatientPortal.Core.Tests.Templates.Layout;

/// <summary>The email layout is checked like every other template, with what only a layout has.</summary>
public sealed class LayoutTemplateTests
{
    private static IReadOnlyList<TemplateProblem> ValidateLayout(string body, string? subject = null) =>
        Validate(TemplatePurpose.EmailLayout, MessageChannel.Email, subject, body);

    [Fact]
    public void TheShippedLayout_PassesEveryCheck()
    {
        Assert.Empty(ValidateLayout(TemplateDefaults.For(TemplatePurpose.EmailLayout, MessageChannel.Email).Body));
    }

    [Fact]
    public void TheLayout_IsEmailOnly_AndHasNoSubject()
    {
        Assert.DoesNotContain(TemplateDefaults.All, text => text.Purpose == TemplatePurpose.EmailLayout && text.Channel == MessageChannel.Sms);
        var problem = Assert.Single(ValidateLayout("<div>{{ content }}</div>", subject: "Hello"));

        Assert.Equal(("subject", TemplateProblemKind.NotAllowed), (problem.Field, problem.Kind));
        Assert.Equal("The email layout has no subject: every email keeps its own. Leave it empty.", problem.Message);
    }

    [Fact]
    public void ALayoutWithoutTheMessage_IsRefused()
    {
        var problem = Assert.Single(ValidateLayout("<p>{{ practice.name }}</p>"));

        Assert.Equal(TemplateProblemKind.Required, problem.Kind);
        Assert.Equal("The layout must print {{ content }}: it is where each email's own message goes.", problem.Message);
    }

    [Theory]
    [InlineData("<div>{{ content }}</div>")]
    [InlineData("<div>{{ content | raw }}</div>")]
    [InlineData("<p>Dear {{ patient.given_name }}</p>{{ content }}<p>{{ message.reason }} {{ practice.phone }} {{ practice.email }} {{ practice.address }} {{ practice.opening_hours }}</p>")]
    [InlineData("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td align=\"center\" bgcolor=\"#F3F4F6\" style=\"max-width:600px;border-radius:8px;background-color:{{ practice.colour }};\">{{ content }}</td></tr></table>")]
    [InlineData("{% if practice.logo_url != \"\" %}<img src=\"{{ practice.logo_url }}\" alt=\"{{ practice.name }}\" height=\"48\" style=\"display:block;border:0;\">{% endif %}{{ content }}")]
    public void WhatALayoutNeeds_IsAccepted(string body)
    {
        Assert.Empty(ValidateLayout(body));
    }

    [Theory]
    [InlineData("{{ content }}<p>{{ TRD104 }}</p>", "TRD104 needs an appointment")]
    [InlineData("{{ content }}<p>{{ link }}</p>", "link is each message's own link")]
    [InlineData("{{ content }}{{ TRD92 }}", "not in the layout that wraps every email")]
    public void MessageTokens_AreRefusedInTheLayout_SayingWhy(string body, string why)
    {
        var problem = Assert.Single(ValidateLayout(body));

        Assert.Equal(TemplateProblemKind.TokenNotAllowed, problem.Kind);
        Assert.Contains(why, problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("content")]
    [InlineData("message.reason")]
    public void LayoutTokens_AreRefusedInMessages(string token)
    {
        var problem = Assert.Single(ValidateEmailBody($"<p>{{{{ {token} }}}}</p>"));

        Assert.Equal(TemplateProblemKind.TokenNotAllowed, problem.Kind);
        Assert.Equal($"{token} belongs to the email layout, which wraps every email: it is only available there.", problem.Message);
    }

    [Fact]
    public void Raw_OnAnythingButTheMessage_IsRefusedInTheLayout()
    {
        var problem = Assert.Single(ValidateLayout("{{ content }}<p>{{ practice.name | raw }}</p>"));

        Assert.Equal((TemplateProblemKind.UnsafeHtml, 1, 36), (problem.Kind, problem.Line!.Value, problem.Column!.Value));
        Assert.StartsWith("'raw' prints a value as HTML, unencoded; only content (the message the layout wraps", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<style>td { color: red }</style>{{ content }}", "<style>")]
    [InlineData("{{ content }}<img src=\"x\" onerror=\"alert(1)\">", "onerror")]
    [InlineData("<div style=\"position:fixed;top:0\">{{ content }}</div>", "position")]
    [InlineData("{{ content }}<a href=\"{{ 'javascript:alert(1)' }}\">Unsubscribe</a>", "javascript:")]
    [InlineData("<table role=\"presentation\" class=\"x\"><tr><td>{{ content }}</td></tr></table>", "'class'")]
    public void TheLayout_GetsTheSanitisersChecks_AsWrittenAndAsRendered(string body, string what)
    {
        var problems = ValidateLayout(body);

        Assert.Contains(problems, problem => problem.Kind == TemplateProblemKind.UnsafeHtml && problem.Message.Contains(what, StringComparison.Ordinal));
    }

    [Fact]
    public void ThePickerOffersTheLayoutsTokens_WithTheContactDetails()
    {
        var names = TemplateTokens.AllowedIn(TemplatePurpose.EmailLayout).Select(token => token.Name).ToList();

        Assert.Contains("content", names);
        Assert.Contains("message.reason", names);
        Assert.Contains("practice.phone", names);
        Assert.Contains("practice.opening_hours", names);
        Assert.DoesNotContain("TRD104", names);
        Assert.DoesNotContain("link", names);
    }
}
