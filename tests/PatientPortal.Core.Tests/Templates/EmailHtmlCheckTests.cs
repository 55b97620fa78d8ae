using PatientPortal.Core.Templates;
using static PatientPortal.Core.Tests.Support.TemplateHarness;

namespace PatientPortal.Core.Tests.Templates;

public sealed class EmailHtmlCheckTests
{
    [Fact]
    public void Script_IsRefused_WhereItStarts()
    {
        var problem = Assert.Single(ValidateEmailBody("<p>Hello</p>\n  <script>alert(1)</script>"));

        Assert.Equal(TemplateProblemKind.UnsafeHtml, problem.Kind);
        Assert.Equal(("body", 2, 3), (problem.Field, problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("<script> is not allowed in an email and would be removed (emails cannot run scripts).", problem.Message);
    }

    [Fact]
    public void ScriptOnTheFirstLine_IsLocatedInTheTemplate_NotInTheSanitisersWrapper()
    {
        var problem = Assert.Single(ValidateEmailBody("<p>Hi</p><script>x</script>"));

        Assert.Equal((1, 10), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void EventHandler_IsRefused()
    {
        var problem = Assert.Single(ValidateEmailBody("<p>\n<a href=\"{{ TRD104 }}\" onclick=\"steal()\">Pay</a></p>"));

        Assert.Equal((2, 1), (problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("The event handler 'onclick' on <a> is not allowed (emails cannot run scripts) and would be removed.", problem.Message);
    }

    [Fact]
    public void JavascriptUrl_IsRefused()
    {
        var problem = Assert.Single(ValidateEmailBody("<a href=\"javascript:alert(1)\">Pay</a>"));

        Assert.Contains("'javascript:alert(1)' in 'href' on <a> is not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p><a href=\"{{ TRD104 }}\">Pay</a></p>")]
    [InlineData("<p><a href=\"{{ practice.website }}contact\" {% if patient.has_account %}title=\"Sign in\"{% endif %}>Contact</a></p>")]
    [InlineData("<p style=\"color: #333; font-family: Arial\">{{ patient.given_name }}</p>")]
    [InlineData("<p><a href=\"mailto:reception@example.org\">Email us</a> or <a href=\"tel:+441234567890\">call</a></p>")]
    [InlineData("<table><tr><td><img src=\"https://example.org/logo.png\" alt=\"{{ practice.name }}\"></td></tr></table>")]
    [InlineData("<p>Unclosed paragraph <b>bold")]
    public void SafeHtml_WithLiquidInAttributes_IsNotAChange(string body)
    {
        Assert.Empty(ValidateEmailBody(body));
    }

    [Fact]
    public void UnsafeMarkupInsideAConditionalSection_IsFound_WhicheverBranchSampleDataTakes()
    {
        var problem = Assert.Single(ValidateEmailBody("{% if patient.has_account %}\n<p>Welcome</p>\n{% else %}\n<iframe src=\"https://x.example\"></iframe>\n{% endif %}"));

        Assert.Equal((4, 1), (problem.Line!.Value, problem.Column!.Value));
        Assert.StartsWith("<iframe>", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StyleElementsAndDangerousCss_AreRefused()
    {
        var problems = ValidateEmailBody("<style>p { color: red }</style>\n<p style=\"behavior: url(x.htc)\">x</p>");

        Assert.True(problems.Count == 2, string.Join(" | ", problems));
        Assert.StartsWith("<style>", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("The style 'behavior' on <p> is not allowed in an email and would be removed.", problems[1].Message);
        Assert.Equal(2, problems[1].Line);
    }

    [Fact]
    public void HtmlComment_IsRefused_WhereItIs()
    {
        var problem = Assert.Single(ValidateEmailBody("<p>x</p>\n<!-- internal note -->"));

        Assert.Equal((2, 1), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void SmsText_IsNotCheckedAsHtml()
    {
        Assert.Empty(ValidateSms("Reply <STOP> to opt out. {{ TRD104 }}"));
    }
}
