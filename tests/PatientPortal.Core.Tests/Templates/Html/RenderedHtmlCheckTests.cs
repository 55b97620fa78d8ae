using PatientPortal.Core.Templates;
using static PatientPortal.Core.Tests.Support.TemplateHarness;

namespace PatientPortal.Core.Tests.Templates.Html;

/// <summary>Email HTML written through Liquid literals, variables and captures is checked as rendered, in every branch.</summary>
public sealed class RenderedHtmlCheckTests
{
    [Fact]
    public void AJavascriptAddress_PrintedByALiteral_IsRefused_AtItsElement()
    {
        var problem = Assert.Single(ValidateEmailBody("<p>Pay here:\n  <a href=\"{{ 'javascript:alert(1)' }}\">Pay</a></p>"));

        Assert.Equal(TemplateProblemKind.UnsafeHtml, problem.Kind);
        Assert.Equal(("body", 2, 3), (problem.Field, problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("The address 'javascript:alert(1)' in 'href' on <a> is not allowed (only http:, https:, mailto: and tel: links) and would be removed.", problem.Message);
    }

    [Theory]
    [InlineData("<a href=\"{{ 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' }}\">Open</a>", "'href' on <a>")]
    [InlineData("<img src=\"{{ 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=' }}\" alt=\"logo\">", "'src' on <img>")]
    [InlineData("<a href=\"{{ 'JavaScript' | append: ':alert(1)' }}\">Pay</a>", "'href' on <a>")]
    [InlineData("{% assign u = 'java' | append: 'script:alert(1)' %}<a href=\"{{ u }}\">Pay</a>", "'href' on <a>")]
    [InlineData("{% capture u %}javascript:alert(1){% endcapture %}<a href=\"{{ u }}\">Pay</a>", "'href' on <a>")]
    [InlineData("<p style=\"{{ 'position:fixed;top:0;left:0;width:100%;height:100%' }}\">Sign in again</p>", "'position' on <p>")]
    [InlineData("<p style=\"{{ 'background: url(javascript:alert(1))' }}\">x</p>", "<p>")]
    public void UnsafeHtmlMadeByLiquid_IsRefused(string body, string what)
    {
        var problems = ValidateEmailBody(body);

        Assert.NotEmpty(problems);
        Assert.All(problems, problem => Assert.Equal(TemplateProblemKind.UnsafeHtml, problem.Kind));
        Assert.Contains(problems, problem => problem.Message.Contains(what, StringComparison.Ordinal) && problem.Line is not null);
    }

    [Fact]
    public void ABranchSampleDataDoesNotTake_IsCheckedToo_WhereItIsWritten()
    {
        var body = "{% if patient.given_name == 'nobody' %}\n<p>Hello</p>\n{% elsif patient.has_account %}\n<p>Welcome back</p>\n{% else %}\n<p><a href=\"{{ 'javascript:steal()' }}\">Join</a></p>\n{% endif %}";

        var problem = Assert.Single(ValidateEmailBody(body));

        Assert.Equal((6, 4), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void EachBranchOfACase_IsChecked()
    {
        var problem = Assert.Single(ValidateEmailBody("{% case patient.title %}{% when 'Dr' %}<p>Doctor</p>{% when 'Sir' %}<a href=\"{{ 'data:,x' }}\">x</a>{% endcase %}"));

        Assert.Contains("'data:,x'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CssPositioning_IsRefused_EvenWrittenAsPlainMarkup()
    {
        var problem = Assert.Single(ValidateEmailBody("<div style=\"position: absolute; top: 0\">x</div>"));

        Assert.Equal("The style 'position' on <div> is not allowed in an email and would be removed.", problem.Message);
    }

    [Theory]
    [InlineData("<p>{{ patient.given_name | raw }}</p>", 1, 28)]
    [InlineData("<p>{{ appointment.service | upcase | raw }}</p>", 1, 38)]
    [InlineData("<p>\n{% assign n = patient.family_name | raw %}{{ n }}</p>", 2, 37)]
    [InlineData("<p>{{ '<b>Hi</b>' | raw }}</p>", 1, 21)]
    public void Raw_IsRefused_OnAnythingButTheAppendix_WhereItIsApplied(string body, int line, int column)
    {
        var problem = Assert.Single(ValidateEmailBody(body));

        Assert.Equal(TemplateProblemKind.UnsafeHtml, problem.Kind);
        Assert.Equal((line, column), (problem.Line!.Value, problem.Column!.Value));
        Assert.StartsWith("'raw' prints a value as HTML, unencoded; only TRD92", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<p>Pay now.</p>{{ TRD92 | raw }}")]
    [InlineData("<p>Pay now.</p>{{ TRD92 }}")]
    [InlineData("<p><a href=\"{{ TRD104 }}\">Pay</a> or <a href=\"{{ practice.website }}contact\">contact us</a></p>")]
    [InlineData("{% if patient.has_account %}<p><a href=\"{{ TRD104 }}\">Sign in and pay</a></p>{% else %}<p><a href=\"{{ TRD104 }}\">Set up and pay</a></p>{% endif %}")]
    [InlineData("<p style=\"color: {{ 'navy' }}; font-weight: bold\">{{ patient.given_name | upcase }}</p>")]
    [InlineData("<p><a href=\"{{ 'mailto:reception@example.org' }}\">Email us</a></p>")]
    [InlineData("{% for i in (1..3) %}<p><a href=\"{{ TRD104 }}\">Pay {{ i }}</a></p>{% endfor %}")]
    public void OrdinaryEmails_StillSave(string body)
    {
        Assert.Empty(ValidateEmailBody(body));
    }
}
