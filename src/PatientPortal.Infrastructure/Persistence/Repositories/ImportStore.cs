using Microsoft.EntityFrameworkCore;
using PatientPortal.Core.Appointments;
using PatientPortal.Core.Imports;
using PatientPortal.Core.Members;
using PatientPortal.Core.Recalls;

namespace PatientPortal.Infrastructure.Persistence.Repositories;

internal sealed class ImportStore(PatientPortalDbContext db) : IImportStore
{
    // Keeps each IN list well under SQL Server's 2,100 parameters, whatever EF makes of the collection.
    private const int Chunk = 1_000;

    public Task<IReadOnlyList<Service>> FindServicesAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        InChunksAsync(externalIds, chunk => db.Services.Where(service => service.ExternalId != null && chunk.Contains(service.ExternalId)), cancellationToken);

    public Task<IReadOnlyList<MemberPortal>> FindMemberPortalsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        InChunksAsync(externalIds, chunk => db.MemberPortals.Where(portal => chunk.Contains(portal.ExternalId)), cancellationToken);

    public Task<IReadOnlyList<Member>> FindMembersAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        InChunksAsync(externalIds, chunk => db.Members.Where(member => chunk.Contains(member.ExternalId)), cancellationToken);

    public Task<IReadOnlyList<Appointment>> FindAppointmentsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        InChunksAsync(externalIds, chunk => db.Appointments.Where(appointment => appointment.ExternalId != null && chunk.Contains(appointment.ExternalId)), cancellationToken);

    public Task<IReadOnlyList<Recall>> FindRecallsAsync(IReadOnlyCollection<string> externalIds, CancellationToken cancellationToken) =>
        InChunksAsync(externalIds, chunk => db.Recalls.Where(recall => chunk.Contains(recall.ExternalId)), cancellationToken);

    public async Task<IReadOnlySet<Guid>> ExistingPatientIdsAsync(IReadOnlyCollection<Guid> patientIds, CancellationToken cancellationToken) =>
        (await InChunksAsync(patientIds, chunk => db.Patients.Where(patient => chunk.Contains(patient.Id)).Select(patient => patient.Id), cancellationToken)).ToHashSet();

    public void Add(Service service) => db.Services.Add(service);

    public void Add(MemberPortal memberPortal) => db.MemberPortals.Add(memberPortal);

    public void Add(Member member) => db.Members.Add(member);

    public void Add(Appointment appointment) => db.Appointments.Add(appointment);

    public void Add(Recall recall) => db.Recalls.Add(recall);

    private static async Task<IReadOnlyList<TResult>> InChunksAsync<TKey, TResult>(IReadOnlyCollection<TKey> keys, Func<TKey[], IQueryable<TResult>> query, CancellationToken cancellationToken)
    {
        var results = new List<TResult>();
        foreach (var chunk in keys.Distinct().Chunk(Chunk))
        {
            results.AddRange(await query(chunk).ToListAsync(cancellationToken));
        }

        return results;
    }
}
