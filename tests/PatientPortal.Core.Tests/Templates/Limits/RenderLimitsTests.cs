using PatientPortal.Core.Messaging;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Templates.Limits;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Templates.Limits;

/// <summary>Templates written to exhaust memory stop at a limit, having allocated little; ordinary ones render as before.</summary>
public sealed class RenderLimitsTests
{
    // Far below what the attacks took before the limits (0.8 GB for ten million values, 6 GB for a hundred million).
    private const long FewMegabytes = 8 * 1024 * 1024;

    private static readonly TemplateModel Model = new(new PatientData("Mrs", "Mary", "O'Higgins", false), new PracticeData("Riverside", "https://portal.example/"));

    public static TheoryData<string, Type> Attacks => new()
    {
        { "{% for i in (1..10000000) %}x{% endfor %}", typeof(LimitSite.Range) },
        { "{% for i in (1..100000000) %}x{% endfor %}", typeof(LimitSite.Range) },
        { "{% assign n = 100000000 %}{% for i in (1..n) %}x{% endfor %}", typeof(LimitSite.Range) },
        { "{{ (1..100000000) | join: ',' }}", typeof(LimitSite.Range) },
        { "{% assign s = \"x\" %}" + string.Concat(Enumerable.Repeat("{% assign s = s | append: s %}", 26)) + "{{ s | size }}", typeof(LimitSite.Filter) },
        { "{% assign s = \"x\" %}" + string.Concat(Enumerable.Repeat("{% assign s = s | prepend: s %}", 26)) + "{{ s | size }}", typeof(LimitSite.Filter) },
        { "{{ 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | replace: 'x', 'xxxxxxxxxx' | size }}", typeof(LimitSite.Filter) },
        { "{% assign s = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx' %}{% for i in (1..1000) %}{% for j in (1..90) %}{% assign s = s | append: 'xxxxxxxxxx' %}{% endfor %}{% endfor %}", typeof(LimitSite.Filter) },
        { "{% assign c = 'x' | split: '' %}{% for i in (1..20) %}{% assign c = c | concat: c %}{% endfor %}", typeof(LimitSite.Filter) },
        { "{{ 'now' | date: '%999999999d' }}", typeof(LimitSite.Filter) },
        { "{{ 1 | format_number: 'D999999999' }}", typeof(LimitSite.Filter) },
        { "{% capture c %}{% for i in (1..1000) %}{% for j in (1..90) %}{{ patient.family_name }}{{ patient.family_name }}{% endfor %}{% endfor %}{% endcapture %}{{ c }}", typeof(LimitSite.Capture) },
        { "{% capture c %}" + new string('x', 9_000) + "{% endcapture %}{% for i in (1..1000) %}{{ c }}{% endfor %}", typeof(LimitSite.Loops) },
        { "{% for i in (1..1000) %}{% for j in (1..1000) %}{% endfor %}{% endfor %}", typeof(LimitSite.Loops) },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public void AnAttack_StopsAtALimit_HavingAllocatedAFewMegabytesAtMost(string body, Type site)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var exception = Assert.Throws<TemplateLimitException>(() => TestPractice.Renderer.RenderSms(body, Model));

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.IsType(site, exception.Site);
        Assert.True(allocated < FewMegabytes, $"{allocated:N0} bytes allocated");
    }

    [Fact]
    public void ARangeFromAVariable_IsMeasuredBeforeItIsBuilt_AndNamedAsWritten()
    {
        var exception = Assert.Throws<TemplateLimitException>(() => TestPractice.Renderer.RenderSms("{% assign n = 10000000 %}{% for i in (1..n) %}x{% endfor %}", Model));

        Assert.Equal(new LimitSite.Range("1", "n"), exception.Site);
        Assert.Equal("The range (1..n) has 10,000,000 values; a message template may go through at most 1,000.", exception.Message);
    }

    [Fact]
    public void TheEmailHtml_IsCappedToo()
    {
        var body = "{% capture c %}" + new string('x', 9_000) + "{% endcapture %}{% for i in (1..1000) %}<p>{{ c }}</p>{% endfor %}";

        Assert.Throws<TemplateLimitException>(() => TestPractice.Renderer.RenderEmail("Hi", body, Model));
    }

    [Theory]
    [InlineData("{% for i in (1..5) %}{{ i }}{% endfor %}", "12345")]
    [InlineData("{% for i in (3..1) %}{{ i }}{% endfor %}none", "none")]
    [InlineData("{% assign n = 3 %}{% for i in (1..n) reversed %}{{ i }}{% endfor %}", "321")]
    [InlineData("{{ (1..1000) | size }}", "1000")]
    [InlineData("{% capture greeting %}Hi {{ patient.given_name | upcase }}{% endcapture %}{{ greeting | append: '!' }}", "Hi MARY!")]
    [InlineData("{{ patient.family_name | replace: \"'\", ' ' | split: ' ' | join: '-' }}", "O-Higgins")]
    [InlineData("{{ 7 | format_number: '000' }} {{ '2026-06-16' | date: '%d %B %Y' }}", "007 16 June 2026")]
    public void OrdinaryLiquid_RendersAsBefore(string body, string expected)
    {
        Assert.Equal(expected, TestPractice.Renderer.RenderSms(body, Model));
    }

    [Fact]
    public void TheShippedTemplates_StillRender()
    {
        var model = Model with
        {
            Appointment = new AppointmentData(TestPractice.Now.AddDays(7), "Video consultation", 85m, true, false),
            Service = new ServiceData("Hygiene"),
            Recall = new RecallData(TestPractice.Today),
            Link = "https://portal.example/i/t",
            LinkExpiresIn = "3 days",
            Trd104 = "https://portal.example/pay",
            Trd89 = "https://portal.example/book",
        };

        foreach (var template in TemplateDefaults.Templates(TestPractice.Now))
        {
            var text = template.Channel == MessageChannel.Email ? TestPractice.Renderer.RenderEmail(template, model).HtmlBody : TestPractice.Renderer.RenderSms(template, model);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{template.Purpose} {template.Channel}");
        }
    }
}
