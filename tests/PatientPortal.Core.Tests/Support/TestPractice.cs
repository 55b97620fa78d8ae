using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PatientPortal.Core.Payments;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Tests.Support;

/// <summary>A practice in London, at 12:00 on 15 June 2026 (British Summer Time) unless the fake clock is moved.</summary>
internal static class TestPractice
{
    public const string PrivacyPolicyVersion = "2026-01";

    public static readonly DateTimeOffset Now = new(2026, 6, 15, 11, 0, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = new(2026, 6, 15);

    public static IOptions<PracticeOptions> Options { get; } = Microsoft.Extensions.Options.Options.Create(new PracticeOptions
    {
        Name = "Riverside Dental",
        TimeZone = "Europe/London",
        PhoneRegion = "GB",
        PrivacyPolicyVersion = PrivacyPolicyVersion,
        PublicBaseUrl = new Uri("https://portal.example/"),
    });

    public static PracticeClock Clock(FakeTimeProvider time) => new(time, Options);

    public static TemplateRenderer Renderer { get; } = new(Options, Clock(new FakeTimeProvider(Now)));

    /// <summary>A payment provider switched on, as a practice taking payments online has it.</summary>
    public static OnlinePayments OnlinePayments { get; } = new([Mock.Of<IPaymentProvider>(provider => provider.Enabled)]);

    public static MessageModels Models { get; } = new(Options, OnlinePayments);

    /// <summary>The shipped templates, as a fresh install's store answers.</summary>
    public static TemplateSet Templates { get; } = TemplateSet.Defaults(Now);

    public static IMessageTemplateStore TemplateStore { get; } = new FixedTemplates();

    private sealed class FixedTemplates : IMessageTemplateStore
    {
        public ValueTask<TemplateSet> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Templates);
    }
}
