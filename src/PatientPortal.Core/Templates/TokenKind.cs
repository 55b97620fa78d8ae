namespace PatientPortal.Core.Templates;

public enum TokenKind
{
    /// <summary>A value from the patient, the practice, the appointment, the service or the recall.</summary>
    Data,

    /// <summary>A TRD token: a link (or the invitation appendix) worked out when the message is sent.</summary>
    Trd,
}
