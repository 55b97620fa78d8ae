namespace PatientPortal.Core.Invitations.Funnel;

public interface IInvitationFunnelSource
{
    /// <summary>One row per invitation the filter matches, with only the columns the funnel needs.</summary>
    Task<IReadOnlyList<FunnelInvitation>> ListAsync(FunnelFilter filter, CancellationToken cancellationToken);
}
