using PatientPortal.Core.Patients;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Patients;

/// <summary>The patient's own changes to their contact details: a pending email, a new or removed mobile.</summary>
public sealed class PatientContactDetailsTests
{
    [Fact]
    public void ANewMobile_StartsWithoutTheOldNumbersOptOut_AndKeepsTextConsent()
    {
        var patient = new PatientBuilder().WithMobile("+447911123456").WithConsent(email: true, sms: true).Build();
        patient.OptOutOfSms(TestPractice.Now);

        Assert.True(patient.ChangeMobile("+447911654321"));

        Assert.Null(patient.SmsOptedOutAt);
        Assert.True(patient.SmsConsent);
    }

    [Fact]
    public void NoMobile_TurnsTextsOff_AndTheSameNumberAgainChangesNothing()
    {
        var patient = new PatientBuilder().WithMobile("+447911123456").WithConsent(email: true, sms: true).Build();
        patient.OptOutOfSms(TestPractice.Now);

        Assert.False(patient.ChangeMobile("+447911123456"));
        Assert.NotNull(patient.SmsOptedOutAt);
        Assert.True(patient.ChangeMobile(null));
        Assert.False(patient.SmsConsent);
    }

    [Fact]
    public void AnEmailChange_IsUsedOnlyWhenTheAddressWaitingIsConfirmed()
    {
        var patient = new PatientBuilder().WithEmail("mary@example.org").Build();
        patient.RequestEmailChange("first@example.org");
        patient.RequestEmailChange("second@example.org");

        Assert.False(patient.ConfirmEmailChange("first@example.org"));
        Assert.Equal(("mary@example.org", "second@example.org"), (patient.Email, patient.PendingEmail));
        Assert.True(patient.ConfirmEmailChange("SECOND@example.org"));
        Assert.Equal(("second@example.org", "second@example.org", (string?)null), (patient.Email, patient.EmailKey, patient.PendingEmail));
        Assert.False(patient.ConfirmEmailChange("second@example.org"));
    }

    [Fact]
    public void CancellingAnEmailChange_SaysWhetherOneWasWaiting()
    {
        var patient = new PatientBuilder().WithEmail("mary@example.org").Build();

        Assert.False(patient.CancelEmailChange());
        patient.RequestEmailChange("new@example.org");
        Assert.True(patient.CancelEmailChange());
        Assert.False(patient.ConfirmEmailChange("new@example.org"));
        Assert.Equal("mary@example.org", patient.Email);
    }
}
