using PatientPortal.Core.Patients;

namespace PatientPortal.Core.Invitations.Bulk;

/// <summary>Who a bulk run is for: the selected rows, or every patient matching the list's filter.</summary>
public sealed record PatientSelection(IReadOnlyList<Guid>? PatientIds, PatientFilter? Filter);
