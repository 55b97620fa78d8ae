namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>What a bulk run would do, counted without sending anything.</summary>
/// <param name="SharedContacts">Email addresses and mobile numbers that several patients of the run share (families), each counted once.</param>
public sealed record DryRunResult(int Total, IReadOnlyDictionary<InviteOutcome, int> Outcomes, int SharedContacts);
