using PatientPortal.Core.SignUp;

namespace PatientPortal.Core.Tests.Support;

/// <summary>The refused invite codes a use case counted, in order: the near-missed chargeband of each, or null.</summary>
internal sealed class CountedCodeFailures : IInviteCodeFailures
{
    public List<Guid?> NearMisses { get; } = [];

    public Task CountAsync(Guid? nearMissOf, CancellationToken cancellationToken)
    {
        NearMisses.Add(nearMissOf);
        return Task.CompletedTask;
    }
}
