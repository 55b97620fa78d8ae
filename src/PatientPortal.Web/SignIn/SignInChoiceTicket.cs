using Microsoft.AspNetCore.DataProtection;

namespace PatientPortal.Web.SignIn;

/// <summary>
/// After the password matched several people sharing an email, the browser holds this sealed, short-lived
/// list of who passed, and the patient picks one. It cannot be forged or widened to other patients.
/// </summary>
public sealed class SignInChoiceTicket(IDataProtectionProvider dataProtection, TimeProvider timeProvider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector("PatientPortal.SignIn.Choice").ToTimeLimitedDataProtector();

    public string Issue(IEnumerable<Guid> verifiedPatientIds) =>
        _protector.Protect(string.Join(',', verifiedPatientIds), timeProvider.GetUtcNow() + Lifetime);

    public IReadOnlyList<Guid> Read(string? ticket)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return [];
        }

        try
        {
            var payload = _protector.Unprotect(ticket, out var expiration);
            if (expiration < timeProvider.GetUtcNow())
            {
                return [];
            }

            return payload.Split(',').Select(Guid.Parse).ToList();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }
    }
}
