namespace PatientPortal.Core.SignIn.Sessions;

/// <summary>
/// The server's record of one signed-in browser. The cookie carries only <see cref="Key"/>: when the record is
/// gone (sign-out, sign-out everywhere, a password change, expiry) a copied cookie no longer works.
/// </summary>
public sealed class SignInSession
{
    public const int MaximumKeyLength = 64;
    public const int MaximumSchemeLength = 100;
    public const int MaximumSubjectLength = 256;

    private SignInSession()
    {
        Key = string.Empty;
        Scheme = string.Empty;
        Subject = string.Empty;
        Ticket = [];
    }

    public string Key { get; private set; }

    /// <summary>The authentication scheme that signed the browser in (patient or staff).</summary>
    public string Scheme { get; private set; }

    /// <summary>Who is signed in, as the scheme names them.</summary>
    public string Subject { get; private set; }

    /// <summary>Set for a patient's session, so every session of that patient can be ended at once.</summary>
    public Guid? PatientId { get; private set; }

    /// <summary>The serialized authentication ticket (claims and properties); it holds no secret.</summary>
    public byte[] Ticket { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ExpiresAt { get; private set; }

    public static SignInSession Start(string key, string scheme, string subject, Guid? patientId, byte[] ticket, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(scheme);
        ArgumentNullException.ThrowIfNull(ticket);
        return new SignInSession
        {
            Key = key,
            Scheme = scheme,
            Subject = subject.Length > MaximumSubjectLength ? subject[..MaximumSubjectLength] : subject,
            PatientId = patientId,
            Ticket = ticket,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
    }

    public bool IsLive(DateTimeOffset now) => now < ExpiresAt;
}
