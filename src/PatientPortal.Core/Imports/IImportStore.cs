using PatientPortal.Core.Appointments;
using PatientPortal.Core.Members;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Core.Imports;

/// <summary>Finds imported records by their external ids (tracked, for a change) and adds new ones.</summary>
public interface IImportStore
{
    Task<IReadOnlyList<Service>> FindServicesAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<MemberPortal>> FindMemberPortalsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<Member>> FindMembersAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    Task<IReadOnlyList<Recall>> FindRecallsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken);

    /// <summary>Which of these patient ids exist.</summary>
    Task<IReadOnlySet<Guid>> ExistingPatientIdsAsync(IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken);

    void Add(Service service);

    void Add(MemberPortal memberPortal);

    void Add(Member member);

    void Add(Appointment appointment);

    void Add(Recall recall);
}
