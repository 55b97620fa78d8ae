using Microsoft.Extensions.Options;
using Moq;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Audit;
using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Practice;
using PatientPortal.Core.Recalls;
using PatientPortal.Core.Templates;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Messaging;

/// <summary>The TRD token rules, decided when a message is written at send time.</summary>
public sealed class MessageComposerTests
{
    private const string MemberPortal = "https://acme.portal.example/";
    private static readonly Service VideoGp = Service.Create("Video GP consultation", 15, 70m, bookableOnline: true, TestPractice.Now);
    private readonly Mock<IPatientRepository> _patients = new();
    private readonly Mock<IMessageSubjects> _subjects = new();
    private readonly Mock<IInvitationRepository> _invitations = new();
    private readonly Mock<IAuditLog> _audit = new();
    private readonly List<Invitation> _issued = [];
    private TemplateSet _templates = TestPractice.Templates;

    public MessageComposerTests()
    {
        _invitations.Setup(repository => repository.Add(Capture.In(_issued)));
    }

    [Fact]
    public async Task Trd104_ForAPatientWithAnAccount_LinksStraightToThePaymentPage_AndMakesNoInvitation()
    {
        var patient = Known(new PatientBuilder().Build());
        var appointment = Appointment(patient);
        var message = Queued(MessageChannel.Email, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.Equal(MessageStatus.Pending, message.Status);
        Assert.Contains($"href=\"https://portal.example/patient-portal/appointments/{appointment.Id}/payment\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Sign in and pay", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("£70.00", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(_issued);
        Assert.Null(message.InvitationId);
        Assert.Null(message.ProtectedLinkToken);
        Assert.False(message.AwaitsComposing);
    }

    [Fact]
    public async Task Trd104_ForAPatientWithoutAnAccount_IsAnInvitationThatLandsOnThePaymentPage()
    {
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var appointment = Appointment(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        var invitation = Assert.Single(_issued);
        Assert.Equal(InvitationPurpose.PaymentInAdvance, invitation.Purpose);
        Assert.Equal($"/patient-portal/appointments/{appointment.Id}/payment", invitation.TargetPath);
        Assert.Null(invitation.PortalBaseUrl);
        Assert.Equal(invitation.Id, message.InvitationId);
        Assert.Equal("protected-token", message.ProtectedLinkToken);
        Assert.EndsWith($"https://portal.example/patient-portal/invitation?token={OutboxMessage.LinkTokenPlaceholder}", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(AccountStatus.Invited, patient.Account.Status);
        _audit.Verify(audit => audit.Record(MessageComposer.Actor, "invitation.sent", "patient", patient.Id, It.Is<string>(details => details.Contains("TRD104", StringComparison.Ordinal))), Times.Once);
    }

    [Fact]
    public async Task Trd104_ForAnAppointmentOnAMemberWithAPortal_InvitesToThatPortal()
    {
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var appointment = Appointment(patient, portalBaseUrl: MemberPortal);
        var message = Queued(MessageChannel.Sms, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.Equal(MemberPortal, Assert.Single(_issued).PortalBaseUrl);
        Assert.Contains($"{MemberPortal}patient-portal/invitation?token=", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trd104_ForAPatientWithAnAccount_OnAMemberWithAPortal_LinksToThatPortalsPaymentPage()
    {
        var patient = Known(new PatientBuilder().Build());
        var appointment = Appointment(patient, portalBaseUrl: MemberPortal);
        var message = Queued(MessageChannel.Sms, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.EndsWith($"{MemberPortal}patient-portal/appointments/{appointment.Id}/payment", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task Trd104_ForAFamilyMember_LinksToThePaymentPage_WithoutAnInvitation()
    {
        var patient = Known(new PatientBuilder().FamilyMemberOf(Guid.NewGuid()).Build());
        var appointment = Appointment(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.EndsWith($"/patient-portal/appointments/{appointment.Id}/payment", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task Trd104Email_ForAFamilyMemberWithoutAnAccount_SaysToSignInWithTheirHoldersAccount()
    {
        var holder = Known(new PatientBuilder().WithGivenName("Ada").WithFamilyName("Okafor").Build());
        var member = Known(new PatientBuilder().WithGivenName("Tom").WithFamilyName("Okafor").FamilyMemberOf(holder.Id).Build());
        var appointment = Appointment(member);
        var message = Queued(MessageChannel.Email, MessagePurpose.PaymentInAdvance, member, appointmentId: appointment.Id);

        await Compose(message);

        var html = System.Net.WebUtility.HtmlDecode(message.HtmlBody);
        Assert.Contains("Ada Okafor manages Tom's patient portal: sign in with Ada's account to pay for Tom Okafor.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://portal.example/patient-portal/appointments/{appointment.Id}/payment\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Set up my account", html, StringComparison.Ordinal);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task Trd89Sms_ForAFamilyMember_SaysWhoIsDue()
    {
        var holder = Known(new PatientBuilder().WithGivenName("Ada").Build());
        var member = Known(new PatientBuilder().WithGivenName("Tom").FamilyMemberOf(holder.Id).Build());
        var recall = Recall(member);
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, member, recallId: recall.Id);

        await Compose(message);

        Assert.StartsWith("Riverside", message.TextBody, StringComparison.Ordinal);
        Assert.Contains(": Tom is due for Video GP consultation. Book online: https://portal.example/patient-portal/book?service=", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentInAdvance_ForAnAppointmentNoLongerOnFile_IsSuppressedWithTheReason()
    {
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var message = Queued(MessageChannel.Email, MessagePurpose.PaymentInAdvance, patient, appointmentId: Guid.NewGuid());

        await Compose(message);

        Assert.Equal(MessageStatus.Suppressed, message.Status);
        Assert.Equal("The appointment is no longer on file.", message.SuppressionReason);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task PaymentInAdvance_ForAnAppointmentPaidSinceItWasQueued_IsSuppressed()
    {
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var appointment = Appointment(patient, paid: true);
        var message = Queued(MessageChannel.Email, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.Equal(MessageStatus.Suppressed, message.Status);
        Assert.Equal("The appointment has been paid.", message.SuppressionReason);
    }

    [Fact]
    public async Task Trd104_InATemplateThatDoesNotUseIt_MakesNoInvitation()
    {
        _templates = With(TemplatePurpose.PaymentInAdvance, MessageChannel.Sms, null, "Please call us to pay for your {{ appointment.service }}.");
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var appointment = Appointment(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.Equal("Please call us to pay for your Video GP consultation.", message.TextBody);
        Assert.Empty(_issued);
        Assert.Equal(AccountStatus.None, patient.Account.Status);
    }

    [Fact]
    public async Task Trd89_ForAPatientWithAnAccount_LinksToTheBookingSearchPreFilteredToTheService()
    {
        var patient = Known(new PatientBuilder().Build());
        var recall = Recall(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: recall.Id);

        await Compose(message);

        Assert.EndsWith($"https://portal.example/patient-portal/book?service={VideoGp.Id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Video GP consultation", message.TextBody, StringComparison.Ordinal);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task Trd89_ForAPatientWithoutAnAccount_IsAnInvitationThatLandsOnThePreFilteredSearch()
    {
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var recall = Recall(patient);
        var message = Queued(MessageChannel.Email, MessagePurpose.Recall, patient, recallId: recall.Id);

        await Compose(message);

        var invitation = Assert.Single(_issued);
        Assert.Equal(InvitationPurpose.Recall, invitation.Purpose);
        Assert.Equal($"/patient-portal/book?service={VideoGp.Id}", invitation.TargetPath);
        Assert.Contains("Set up my account and book", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"invitation?token={OutboxMessage.LinkTokenPlaceholder}", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recall_NoLongerOnFile_IsSuppressed()
    {
        var patient = Known(new PatientBuilder().Build());
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: Guid.NewGuid());

        await Compose(message);

        Assert.Equal(MessageStatus.Suppressed, message.Status);
        Assert.Equal("The recall is no longer on file.", message.SuppressionReason);
    }

    [Fact]
    public async Task Trd92_ForAPatientWithoutAnAccount_AppendsTheInvitation_SharingTheMessagesOneInvitation()
    {
        _templates = With(TemplatePurpose.Recall, MessageChannel.Sms, null, "Due for {{ service.name }}: {{ TRD89 }} {{ TRD92 }}");
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var recall = Recall(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: recall.Id);

        await Compose(message);

        Assert.Single(_issued);
        var link = $"https://portal.example/patient-portal/invitation?token={OutboxMessage.LinkTokenPlaceholder}";
        Assert.Equal($"Due for Video GP consultation: {link} Manage your appointments online: {link}", message.TextBody);
    }

    [Fact]
    public async Task Trd92_Alone_ForAPatientWithoutAnAccount_IsAPortalInvitationToPortalHome()
    {
        _templates = With(TemplatePurpose.Recall, MessageChannel.Email, "Your {{ service.name }}", "<p>Please ring us to book.</p>{{ TRD92 }}");
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var recall = Recall(patient);
        var message = Queued(MessageChannel.Email, MessagePurpose.Recall, patient, recallId: recall.Id);

        await Compose(message);

        var invitation = Assert.Single(_issued);
        Assert.Equal(InvitationPurpose.PortalAccess, invitation.Purpose);
        Assert.Null(invitation.TargetPath);
        Assert.Contains("<a href=\"https://portal.example/patient-portal/invitation?token=", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("set up your Riverside Dental patient portal account", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("The link expires in 3 days.", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trd92_OnlyNamedInAComment_MakesNoInvitation()
    {
        _templates = With(TemplatePurpose.Recall, MessageChannel.Sms, null, "Please ring us to book.{% comment %}TRD92 once marketing agree{% endcomment %}");
        var patient = Known(new PatientBuilder().WithoutAccount().Build());
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: Recall(patient).Id);

        await Compose(message);

        Assert.Equal("Please ring us to book.", message.TextBody);
        Assert.Empty(_issued);
        Assert.Null(message.InvitationId);
    }

    [Fact]
    public async Task Trd92_ForAPatientWithAnAccount_RendersNothing()
    {
        _templates = With(TemplatePurpose.Recall, MessageChannel.Sms, null, "Please ring us to book.{{ TRD92 }}");
        var patient = Known(new PatientBuilder().Build());
        var recall = Recall(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: recall.Id);

        await Compose(message);

        Assert.Equal("Please ring us to book.", message.TextBody);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task Trd92_ForAFamilyMember_RendersNothing()
    {
        _templates = With(TemplatePurpose.Recall, MessageChannel.Sms, null, "Please ring us to book.{{ TRD92 }}");
        var patient = Known(new PatientBuilder().FamilyMemberOf(Guid.NewGuid()).Build());
        var recall = Recall(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: recall.Id);

        await Compose(message);

        Assert.Equal("Please ring us to book.", message.TextBody);
        Assert.Empty(_issued);
    }

    [Theory]
    [InlineData(MessageChannel.Email, false, true, "The patient has not consented to email.")]
    [InlineData(MessageChannel.Sms, true, false, "The patient has not consented to text messages.")]
    public async Task AMessage_OnAChannelWithoutConsent_IsSuppressedWithTheReason_AndMakesNoInvitation(MessageChannel channel, bool email, bool sms, string reason)
    {
        var patient = Known(new PatientBuilder().WithoutAccount().WithConsent(email, sms).Build());
        var appointment = Appointment(patient);
        var message = Queued(channel, MessagePurpose.PaymentInAdvance, patient, appointmentId: appointment.Id);

        await Compose(message);

        Assert.Equal(MessageStatus.Suppressed, message.Status);
        Assert.Equal(reason, message.SuppressionReason);
        Assert.Empty(_issued);
    }

    [Fact]
    public async Task AMessage_ToAMobileThatOptedOut_IsSuppressed()
    {
        var patient = new PatientBuilder().WithoutAccount().Build();
        patient.OptOutOfSms(TestPractice.Now);
        Known(patient);
        var message = Queued(MessageChannel.Sms, MessagePurpose.Recall, patient, recallId: Recall(patient).Id);

        await Compose(message);

        Assert.Equal("The patient has opted out of text messages.", message.SuppressionReason);
    }

    [Fact]
    public void Plan_RecordsASuppressedRow_ForEachChannelThePatientCannotBeReachedOn()
    {
        var patient = new PatientBuilder().WithoutAccount().WithMobile(null).Build();
        var context = new MessageContext(MessagePurpose.Recall, patient.Id, RecallId: Guid.NewGuid());

        var planned = ChannelReach.Plan(patient, [MessageChannel.Email, MessageChannel.Sms], context, TestPractice.Now, TestPractice.Now.AddHours(1));

        var email = Assert.Single(planned, message => message.Channel == MessageChannel.Email);
        Assert.True(email.AwaitsComposing);
        Assert.Equal(MessageStatus.Pending, email.Status);
        var sms = Assert.Single(planned, message => message.Channel == MessageChannel.Sms);
        Assert.Equal(MessageStatus.Suppressed, sms.Status);
        Assert.Equal("The patient has no mobile number on file.", sms.SuppressionReason);
    }

    private Patient Known(Patient patient)
    {
        _patients.Setup(repository => repository.FindAsync(patient.Id, It.IsAny<CancellationToken>())).ReturnsAsync(patient);
        return patient;
    }

    private Appointment Appointment(Patient patient, string? portalBaseUrl = null, bool paid = false)
    {
        var appointment = Core.Appointments.Appointment.Import(
            "A-1",
            new AppointmentDetails(patient.Id, VideoGp.Id, null, TestPractice.Now.AddDays(3), VideoConsultation: true, BookedOffline: true, PaymentMandatory: true, 70m, paid),
            TestPractice.Now);
        _subjects.Setup(subjects => subjects.FindAppointmentAsync(appointment.Id, It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AppointmentSubject(appointment, VideoGp.Name, portalBaseUrl));
        return appointment;
    }

    private Recall Recall(Patient patient)
    {
        var recall = Core.Recalls.Recall.Create("R-1", patient.Id, VideoGp.Id, TestPractice.Today, TestPractice.Now);
        _subjects.Setup(subjects => subjects.FindRecallAsync(recall.Id, It.IsAny<CancellationToken>())).ReturnsAsync(new RecallSubject(recall, VideoGp.Name));
        return recall;
    }

    private static OutboxMessage Queued(MessageChannel channel, MessagePurpose purpose, Patient patient, Guid? appointmentId = null, Guid? recallId = null)
    {
        var context = new MessageContext(purpose, patient.Id, AppointmentId: appointmentId, RecallId: recallId);
        return Assert.Single(ChannelReach.Plan(
            new PatientBuilder().Build(), [channel], context, TestPractice.Now, TestPractice.Now));
    }

    private static TemplateSet With(TemplatePurpose purpose, MessageChannel channel, string? subject, string body) =>
        new(TemplateDefaults.All.Select(text => text.Purpose == purpose && text.Channel == channel
            ? MessageTemplate.Create(purpose, channel, subject, body, "marketing", TestPractice.Now).Template
            : MessageTemplate.Create(text.Purpose, text.Channel, text.Subject, text.Body, "PatientPortal", TestPractice.Now).Template));

    private Task Compose(OutboxMessage message)
    {
        var links = new Mock<IPortalLinks>();
        links.Setup(l => l.AppointmentPaymentPath(It.IsAny<Guid>())).Returns((Guid id) => $"/patient-portal/appointments/{id}/payment");
        links.Setup(l => l.BookingSearchPath(It.IsAny<Guid>())).Returns((Guid id) => $"/patient-portal/book?service={id}");
        links.Setup(l => l.Absolute(It.IsAny<string>(), It.IsAny<string?>()))
            .Returns((string path, string? portal) => new Uri(new Uri(portal ?? "https://portal.example/"), path.TrimStart('/')));
        links.Setup(l => l.Invitation(It.IsAny<string>(), It.IsAny<string?>()))
            .Returns((string token, string? portal) => new Uri(new Uri(portal ?? "https://portal.example/"), "patient-portal/invitation?token=" + token));
        var store = new Mock<IMessageTemplateStore>();
        store.Setup(s => s.CurrentAsync(It.IsAny<CancellationToken>())).Returns(() => ValueTask.FromResult(_templates));
        var composer = new MessageComposer(
            _patients.Object,
            _subjects.Object,
            _invitations.Object,
            store.Object,
            TestPractice.Renderer,
            TestPractice.Models,
            new InvitationMessages(links.Object, TestPractice.Renderer, TestPractice.Models),
            links.Object,
            Mock.Of<ILinkTokenProtector>(protector => protector.Protect(It.IsAny<string>()) == "protected-token"),
            _audit.Object,
            Options.Create(new InvitationOptions()));
        return composer.ComposeAsync(message, TestPractice.Now, CancellationToken.None);
    }
}
