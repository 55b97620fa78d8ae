namespace PatientPortal.Core.Messaging;

public enum MessageChannel
{
    Email,
    Sms,
}
