namespace PatientPortal.Core.Patients;

/// <summary>How a mobile number stopped our texts.</summary>
public enum SmsOptOutSource
{
    /// <summary>Twilio refused a text to it (error 21610): the number had opted out with Twilio.</summary>
    ProviderRefusal,

    /// <summary>It replied an opt-out keyword (STOP, UNSUBSCRIBE, …) to one of our texts.</summary>
    Reply,
}
