using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using PatientPortal.Core.Messaging;

namespace PatientPortal.Infrastructure.Messaging;

/// <summary>
/// ASP.NET Core Data Protection keeps a link token encrypted while its message waits in the outbox. Every
/// server that sends messages must share the site's key ring (as it must for cookies anyway).
/// </summary>
internal sealed class DataProtectionLinkTokenProtector(IDataProtectionProvider provider) : ILinkTokenProtector
{
    private readonly IDataProtector _protector = provider.CreateProtector("PatientPortal.OutboxLinkToken.v1");

    public string Protect(string token) => _protector.Protect(token);

    public string? Unprotect(string protectedToken)
    {
        try
        {
            return _protector.Unprotect(protectedToken);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
