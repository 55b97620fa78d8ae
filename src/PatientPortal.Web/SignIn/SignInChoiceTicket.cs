using Microsoft.AspNetCore.DataProtection;
using PatientPortal.Core.Security;
using PatientPortal.Infrastructure.RateLimiting;

namespace PatientPortal.Web.SignIn;

/// <summary>
/// After the password matched several people sharing an email, the browser holds this sealed, short-lived
/// list of who passed, and the patient picks one. It cannot be forged or widened to other patients, and it
/// works once: a copy replayed after the choice (or a second choice) finds nothing.
/// </summary>
public sealed class SignInChoiceTicket(IDataProtectionProvider dataProtection, IRateLimitCounters spent, TimeProvider timeProvider)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly ITimeLimitedDataProtector _protector = dataProtection.CreateProtector("PatientPortal.SignIn.Choice").ToTimeLimitedDataProtector();

    public string Issue(IEnumerable<Guid> verifiedPatientIds) =>
        _protector.Protect($"{SecureToken.Generate()}|{string.Join(',', verifiedPatientIds)}", timeProvider.GetUtcNow() + Lifetime);

    /// <summary>The people the ticket names, spending it; nobody for a ticket that is forged, expired or used before.</summary>
    public async Task<IReadOnlyList<Guid>> RedeemAsync(string? ticket, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ticket))
        {
            return [];
        }

        string payload;
        DateTimeOffset expiration;
        try
        {
            payload = _protector.Unprotect(ticket, out expiration);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return [];
        }

        var now = timeProvider.GetUtcNow();
        var parts = payload.Split('|');
        if (expiration < now || parts.Length != 2
            || !await spent.TryOpenAsync($"sign-in-choice|{parts[0]}", now, expiration + TimeSpan.FromMinutes(1), cancellationToken))
        {
            return [];
        }

        return parts[1].Split(',').Select(Guid.Parse).ToList();
    }
}
