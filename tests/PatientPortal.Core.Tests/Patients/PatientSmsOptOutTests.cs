using PatientPortal.Core.Patients;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Patients;

public sealed class PatientSmsOptOutTests
{
    private static readonly DateTimeOffset Now = TestPractice.Now;

    [Fact]
    public void AReplyOfStop_OptsOut_RecordingWhenAndTheWord()
    {
        var patient = new PatientBuilder().Build();

        Assert.True(patient.OptOutOfSmsByReply("STOP", Now));

        Assert.Equal(Now, patient.SmsOptedOutAt);
        Assert.Equal(SmsOptOutSource.Reply, patient.SmsOptOutSource);
        Assert.Equal("STOP", patient.SmsOptOutKeyword);
    }

    [Fact]
    public void Twilios21610_OptsOut_AsAProviderRefusal()
    {
        var patient = new PatientBuilder().Build();

        Assert.True(patient.OptOutOfSms(Now));

        Assert.Equal(SmsOptOutSource.ProviderRefusal, patient.SmsOptOutSource);
        Assert.Null(patient.SmsOptOutKeyword);
    }

    [Fact]
    public void ASecondOptOut_KeepsTheFirst()
    {
        var patient = new PatientBuilder().Build();
        patient.OptOutOfSms(Now);

        Assert.False(patient.OptOutOfSmsByReply("QUIT", Now.AddHours(1)));

        Assert.Equal(Now, patient.SmsOptedOutAt);
        Assert.Equal(SmsOptOutSource.ProviderRefusal, patient.SmsOptOutSource);
    }

    [Fact]
    public void OptingBackIn_ClearsTheOptOut_AndIsNothingForANumberThatNeverOptedOut()
    {
        var patient = new PatientBuilder().Build();
        Assert.False(patient.OptBackInToSms());
        patient.OptOutOfSmsByReply("STOP", Now);

        Assert.True(patient.OptBackInToSms());

        Assert.Null(patient.SmsOptedOutAt);
        Assert.Null(patient.SmsOptOutSource);
        Assert.Null(patient.SmsOptOutKeyword);
        Assert.True(patient.SmsConsent);
    }
}
