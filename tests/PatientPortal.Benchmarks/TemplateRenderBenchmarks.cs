using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Rendering one message from a stored template whose parse is cached (as every message of a bulk run or a
/// recall job does): the shipped payment-in-advance SMS and email, with the invitation appendix (TRD92) in the
/// email. The email includes deriving its text part from the HTML. Target: under 50 µs per render.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private readonly TemplateRenderer _renderer = new(Options.Create(new PracticeOptions { Name = "Riverside Private Clinic" }));
    private readonly TemplateSet _templates = TemplateSet.Defaults(DateTimeOffset.UtcNow);
    private readonly TemplateModel _model = new(
        new PatientData("Mrs", "Alexandra", "Fitzgerald-Brown", HasAccount: false),
        new PracticeData("Riverside Private Clinic", "https://www.example-clinic.org/"),
        new AppointmentData(new DateTimeOffset(2026, 6, 16, 14, 30, 0, TimeSpan.FromHours(1)), "Video consultation", 85m, VideoConsultation: true, Paid: false),
        Trd104: "https://www.example-clinic.org/patient-portal/invitation?token=__LINK_TOKEN__",
        Trd92: "<p>You can also book and manage your appointments online: <a href=\"https://www.example-clinic.org/patient-portal/invitation?token=__LINK_TOKEN__\">set up your account</a>. The link expires in 3 days.</p>");

    private MessageTemplate _sms = null!;
    private MessageTemplate _email = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sms = _templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Sms];
        _email = _templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Email];
        _email.Change(_email.Subject, _email.Body + "{{ TRD92 }}", "benchmark", DateTimeOffset.UtcNow);
        _renderer.RenderSms(_sms, _model); // parse once, as the first message of a run does
        _renderer.RenderEmail(_email, _model);
    }

    [Benchmark(Description = "render payment-in-advance SMS (cached parse)")]
    public string RenderSms() => _renderer.RenderSms(_sms, _model);

    [Benchmark(Description = "render payment-in-advance email + text part (cached parse)")]
    public RenderedEmail RenderEmail() => _renderer.RenderEmail(_email, _model);

    [Benchmark(Description = "SMS length (segments)")]
    public SmsLength MeasureSms() => SmsLength.Of("Riverside Private Clinic: please pay £85.00 for your video consultation on Tuesday 16 June 2026 before it starts: https://www.example-clinic.org/patient-portal/invitation?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
}
