namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>"Allow and notify" as the chargeband rules see it: invite everyone on a chargeband without an account.</summary>
public interface IChargebandInvitationRuns
{
    Task<InvitationBatch> InviteChargebandAsync(Guid chargebandId, string chargebandName, string actor, CancellationToken cancellationToken);
}
