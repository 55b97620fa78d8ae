using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Templates.Layout;

namespace PatientPortal.Benchmarks;

/// <summary>
/// Rendering one message from a stored template whose parse is cached (as every message of a bulk run or a
/// recall job does): the shipped payment-in-advance SMS and email, with the invitation appendix (TRD92) in the
/// email. The email includes deriving its text part from the HTML. Target: under 50 µs per render. Then what
/// every email costs at send time: the email layout around the body, sanitised, with its text part.
/// </summary>
[MemoryDiagnoser]
public class TemplateRenderBenchmarks
{
    private static readonly IOptions<PracticeOptions> Practice = Options.Create(new PracticeOptions
    {
        Name = "Riverside Private Clinic",
        Contact = new PracticeContact { Phone = "020 7946 0000", Email = "reception@example-clinic.org", Address = ["12 Riverside Walk", "London", "SE1 9XX"], OpeningHours = ["Monday to Friday, 8:00 to 18:30"] },
    });

    private readonly TemplateRenderer _renderer = new(Practice, new PracticeClock(TimeProvider.System, Practice));
    private readonly TemplateSet _templates = TemplateSet.Defaults(DateTimeOffset.UtcNow);
    private readonly TemplateModel _model = new(
        new PatientData("Mrs", "Alexandra", "Fitzgerald-Brown", HasAccount: false),
        new PracticeData("Riverside Private Clinic", "https://www.example-clinic.org/"),
        new AppointmentData(new DateTimeOffset(2026, 6, 16, 14, 30, 0, TimeSpan.FromHours(1)), "Video consultation", 85m, VideoConsultation: true, Paid: false),
        Trd104: "https://www.example-clinic.org/patient-portal/invitation?token=__LINK_TOKEN__",
        Trd92: "<p>You can also book and manage your appointments online: <a href=\"https://www.example-clinic.org/patient-portal/invitation?token=__LINK_TOKEN__\">set up your account</a>. The link expires in 3 days.</p>");

    private MessageTemplate _sms = null!;
    private MessageTemplate _email = null!;
    private EmailLayout _layout = null!;
    private string _body = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sms = _templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Sms];
        _email = _templates[TemplatePurpose.PaymentInAdvance, MessageChannel.Email];
        _email.Change(_email.Subject, _email.Body + "{{ TRD92 }}", "benchmark", DateTimeOffset.UtcNow);
        _renderer.RenderSms(_sms, _model); // parse once, as the first message of a run does
        _body = _renderer.RenderEmail(_email, _model).HtmlBody;
        _layout = new EmailLayout(_renderer, new MessageModels(Practice, new OnlinePayments([])), Practice);
        _layout.Apply(_templates, TemplatePurpose.PaymentInAdvance, _model.Patient, "Please pay", _body);
    }

    [Benchmark(Description = "render payment-in-advance SMS (cached parse)")]
    public string RenderSms() => _renderer.RenderSms(_sms, _model);

    [Benchmark(Description = "render payment-in-advance email + text part (cached parse)")]
    public RenderedEmail RenderEmail() => _renderer.RenderEmail(_email, _model);

    [Benchmark(Description = "payment-in-advance email in the layout, sanitised, + text part (at send)")]
    public LaidOutEmail LayOut() => _layout.Apply(_templates, TemplatePurpose.PaymentInAdvance, _model.Patient, "Please pay", _body);

    [Benchmark(Description = "SMS length (segments)")]
    public SmsLength MeasureSms() => SmsLength.Of("Riverside Private Clinic: please pay £85.00 for your video consultation on Tuesday 16 June 2026 before it starts: https://www.example-clinic.org/patient-portal/invitation?token=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
}
