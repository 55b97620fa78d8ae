using PatientPortal.Core.Appointments;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Members;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Core.Tests.Imports;

/// <summary>The records an import sees, in lists; what a run adds becomes visible only when the test "saves" it.</summary>
internal sealed class InMemoryImportStore : IImportStore
{
    public List<Service> Services { get; } = [];

    public List<MemberPortal> MemberPortals { get; } = [];

    public List<Member> Members { get; } = [];

    public List<Appointment> Appointments { get; } = [];

    public List<Recall> Recalls { get; } = [];

    public HashSet<Guid> Patients { get; } = [];

    public List<object> Added { get; } = [];

    public Task<IReadOnlyList<Service>> FindServicesAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Service>>(Services.Where(service => externalIds.Contains(service.ExternalId!)).ToList());

    public Task<IReadOnlyList<MemberPortal>> FindMemberPortalsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<MemberPortal>>(MemberPortals.Where(portal => externalIds.Contains(portal.ExternalId)).ToList());

    public Task<IReadOnlyList<Member>> FindMembersAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Member>>(Members.Where(member => externalIds.Contains(member.ExternalId)).ToList());

    public Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Appointment>>(Appointments.Where(appointment => externalIds.Contains(appointment.ExternalId!)).ToList());

    public Task<IReadOnlyList<Recall>> FindRecallsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Recall>>(Recalls.Where(recall => externalIds.Contains(recall.ExternalId)).ToList());

    public Task<IReadOnlySet<Guid>> ExistingPatientIdsAsync(IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<Guid>>(patientIds.Where(Patients.Contains).ToHashSet());

    public void Add(Service service) => Added.Add(service);

    public void Add(MemberPortal memberPortal) => Added.Add(memberPortal);

    public void Add(Member member) => Added.Add(member);

    public void Add(Appointment appointment) => Added.Add(appointment);

    public void Add(Recall recall) => Added.Add(recall);

    /// <summary>What was added becomes findable, as after a save.</summary>
    public void Save()
    {
        Services.AddRange(Added.OfType<Service>());
        MemberPortals.AddRange(Added.OfType<MemberPortal>());
        Members.AddRange(Added.OfType<Member>());
        Appointments.AddRange(Added.OfType<Appointment>());
        Recalls.AddRange(Added.OfType<Recall>());
        Added.Clear();
    }
}
