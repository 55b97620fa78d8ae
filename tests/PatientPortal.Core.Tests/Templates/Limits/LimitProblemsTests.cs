using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using static PatientPortal.Core.Tests.Support.TemplateHarness;

namespace PatientPortal.Core.Tests.Templates.Limits;

/// <summary>A save (or preview) of a template that goes over a render limit is refused where the author can find the cause.</summary>
public sealed class LimitProblemsTests
{
    private static readonly string Doubling = "{% assign s = \"x\" %}\n" + string.Concat(Enumerable.Repeat("{% assign s = s | append: s %}\n", 26)) + "{{ s | size }}";

    [Fact]
    public void AHugeRange_IsRefused_AtTheRange()
    {
        var problem = Assert.Single(ValidateSms("Hi\n{% for i in (1..10000000) %}x{% endfor %}"));

        Assert.Equal(TemplateProblemKind.RenderFailed, problem.Kind);
        Assert.Equal(("body", 2, 13), (problem.Field, problem.Line!.Value, problem.Column!.Value));
        Assert.Equal("The range (1..10000000) has 10,000,000 values; a message template may go through at most 1,000.", problem.Message);
    }

    [Fact]
    public void ARangeFromAVariable_IsRefused_AtTheRange()
    {
        var problem = Assert.Single(ValidateSms("{% assign n = 100000000 %}{% for i in (1..n) %}x{% endfor %}"));

        Assert.Equal((1, 39), (problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void DoublingATextWithAppend_IsRefused_WhereAppendIsApplied()
    {
        var problems = ValidateSms(Doubling);

        Assert.Equal(26, problems.Count);
        Assert.All(problems, problem => Assert.Equal(TemplateProblemKind.RenderFailed, problem.Kind));
        Assert.Equal((2, 19), (problems[0].Line!.Value, problems[0].Column!.Value));
        Assert.StartsWith("'append' would make a text of ", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverlongCapture_IsRefused_AtTheCapture()
    {
        var problem = Assert.Single(ValidateSms("x\n  {% capture c %}{% for i in (1..1000) %}{% for j in (1..90) %}{{ patient.family_name }}{% endfor %}{% endfor %}{% endcapture %}{{ c | size }}"));

        Assert.Equal((2, 6), (problem.Line!.Value, problem.Column!.Value));
        Assert.StartsWith("The capture 'c' would hold more than 200,000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnOverlongEmail_IsRefused_AtItsLoops()
    {
        var body = "{% capture c %}" + new string('x', 9_000) + "{% endcapture %}\n<p>{% for i in (1..1000) %}{{ c }}{% endfor %}</p>";

        var problem = Assert.Single(ValidateEmailBody(body));

        Assert.Equal((2, 7), (problem.Line!.Value, problem.Column!.Value));
        Assert.StartsWith("The message would be longer than 200,000 characters", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitInTheSubject_IsReportedOnTheSubject()
    {
        var problem = Assert.Single(Validate(TemplatePurpose.PortalInvitation, MessageChannel.Email, "Hi {% for i in (1..10000000) %}x{% endfor %}", "<p>{{ link }}</p>"));

        Assert.Equal(("subject", 1, 16), (problem.Field, problem.Line!.Value, problem.Column!.Value));
    }

    [Fact]
    public void TheAttacks_AreRefusedWithinAFewMegabytes()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        Assert.NotEmpty(ValidateSms("{% for i in (1..100000000) %}x{% endfor %}"));
        Assert.NotEmpty(ValidateSms(Doubling));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 16 * 1024 * 1024, $"{allocated:N0} bytes allocated");
    }
}
