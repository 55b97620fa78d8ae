namespace PatientPortal.Core.Templates;

/// <summary>How an SMS is carried: 7-bit GSM 03.38 when every character is in that alphabet, otherwise UCS-2.</summary>
public enum SmsEncoding
{
    Gsm7,
    Ucs2,
}
