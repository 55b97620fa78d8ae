namespace PatientPortal.Core.Messaging;

/// <summary>Encrypts a link token while its message waits in the outbox, so the database never holds it readable.</summary>
public interface ILinkTokenProtector
{
    string Protect(string token);

    /// <summary>Null when the value cannot be decrypted (keys rotated away, tampered row).</summary>
    string? Unprotect(string protectedToken);
}
