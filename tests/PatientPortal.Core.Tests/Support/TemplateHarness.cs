using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.SignUp;
using PatientPortal.Core.Templates;

namespace PatientPortal.Core.Tests.Support;

/// <summary>The template checks as the site wires them, on <see cref="TestPractice"/> with the shipped templates.</summary>
internal static class TemplateHarness
{
    public static TemplateSamples Samples { get; } = new(
        new TestPortalLinks(),
        TestPractice.Models,
        TestPractice.Renderer,
        TestPractice.Clock(new FakeTimeProvider(TestPractice.Now)),
        Options.Create(new InvitationOptions()),
        Options.Create(new SignUpOptions()));

    public static TemplateValidator Validator(int maxSmsSegments = 3) =>
        new(TestPractice.Renderer, Samples, Options.Create(new MessageTemplateOptions { MaxSmsSegments = maxSmsSegments }));

    public static IReadOnlyList<TemplateProblem> Validate(TemplatePurpose purpose, MessageChannel channel, string? subject, string body, int maxSmsSegments = 3) =>
        Validator(maxSmsSegments).Validate(purpose, channel, subject, body, TestPractice.Templates);

    public static IReadOnlyList<TemplateProblem> ValidateEmailBody(string body, TemplatePurpose purpose = TemplatePurpose.PaymentInAdvance) =>
        Validate(purpose, MessageChannel.Email, "Subject", body);

    public static IReadOnlyList<TemplateProblem> ValidateSms(string body, TemplatePurpose purpose = TemplatePurpose.PaymentInAdvance, int maxSmsSegments = 3) =>
        Validate(purpose, MessageChannel.Sms, null, body, maxSmsSegments);
}
