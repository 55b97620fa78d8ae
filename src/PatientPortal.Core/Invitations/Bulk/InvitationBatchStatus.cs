namespace PatientPortal.Core.Invitations.Bulk;

public enum InvitationBatchStatus
{
    Queued,
    Running,
    Completed,
}
