using System.Globalization;
using PatientPortal.Core.Invitations;

namespace PatientPortal.Infrastructure.RateLimiting;

/// <summary>One self-service message per patient per window, kept as a rate-limit window so every server shares it.</summary>
internal sealed class SelfServiceMessageGate(IRateLimitCounters counters, TimeProvider timeProvider) : ISelfServiceMessageGate
{
    public Task<bool> TryOpenAsync(Guid patientId, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        return counters.TryOpenAsync(string.Create(CultureInfo.InvariantCulture, $"self-service-message|{patientId:N}"), now, now + window, cancellationToken);
    }
}
