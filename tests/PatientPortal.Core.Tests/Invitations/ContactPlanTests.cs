using PatientPortal.Core.Invitations;
using PatientPortal.Core.Messaging;
using PatientPortal.Core.Patients;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations;

public sealed class ContactPlanTests
{
    private static readonly MessageChannel[] Both = [MessageChannel.Email, MessageChannel.Sms];

    [Fact]
    public void APatientWithBothContactsAndConsent_IsReachedOnBoth()
    {
        var plan = ContactPlan.For(Patient(), Both);

        Assert.Null(plan.Skip);
        Assert.Equal(Both, plan.Channels);
    }

    [Fact]
    public void OnlyConfiguredChannelsAreUsed()
    {
        Assert.Equal([MessageChannel.Email], ContactPlan.For(Patient(), [MessageChannel.Email]).Channels);
    }

    [Fact]
    public void AFamilyMember_IsSkipped()
    {
        var member = PatientPortal.Core.Patients.Patient.Register(Details("mary@example.com", null), PatientBuilder.ChargebandId, TestPractice.Now, primaryAccountHolderId: Guid.NewGuid());

        Assert.Equal(InviteOutcome.SkippedFamilyMember, ContactPlan.For(member, Both).Skip);
    }

    [Fact]
    public void NoEmailOrMobile_IsSkippedForNoContactDetails()
    {
        Assert.Equal(InviteOutcome.SkippedNoContactDetails, ContactPlan.For(Patient(null, null), Both).Skip);
        Assert.Equal(InviteOutcome.SkippedNoContactDetails, ContactPlan.For(Patient("mary@example.com", null), [MessageChannel.Sms]).Skip);
    }

    [Fact]
    public void DetailsWithoutConsent_IsSkippedForNoConsent()
    {
        var patient = Patient();
        patient.SetConsent(email: false, sms: false);

        Assert.Equal(InviteOutcome.SkippedNoConsent, ContactPlan.For(patient, Both).Skip);
    }

    [Fact]
    public void ConsentForOneChannel_UsesOnlyThatOne()
    {
        var patient = Patient();
        patient.SetConsent(email: false, sms: true);

        Assert.Equal([MessageChannel.Sms], ContactPlan.For(patient, Both).Channels);
    }

    [Fact]
    public void AnOptedOutMobile_IsNotTexted_AndWithNoOtherChannelTheOutcomeIsOptedOut()
    {
        var patient = Patient(null, "+447400123456");
        patient.OptOutOfSms(TestPractice.Now);

        Assert.Equal(InviteOutcome.SkippedOptedOut, ContactPlan.For(patient, Both).Skip);

        var withEmail = Patient();
        withEmail.OptOutOfSms(TestPractice.Now);
        Assert.Equal([MessageChannel.Email], ContactPlan.For(withEmail, Both).Channels);
    }

    private static Patient Patient(string? email = "mary@example.com", string? mobile = "+447400123456") =>
        PatientPortal.Core.Patients.Patient.Register(Details(email, mobile), PatientBuilder.ChargebandId, TestPractice.Now);

    private static PatientDetails Details(string? email, string? mobile) => new(null, "Mary", "O'Higgins", new DateOnly(1980, 4, 12), email, mobile);
}
