using PatientPortal.Core.Recalls;

namespace PatientPortal.Core.Imports;

internal sealed class RecallImport(IImportStore store, DateTimeOffset now) : IImportKind<RecallRow>
{
    public string Name => "recalls";

    public RecallRow Normalize(RecallRow row) =>
        row with { ExternalId = Text.Clean(row.ExternalId), ServiceExternalId = Text.Clean(row.ServiceExternalId) };

    public void Validate(RecallRow row, RowErrors errors)
    {
        errors.Text(ImportFields.ExternalId, row.ExternalId, ImportFields.ExternalIdLength);
        errors.Required(ImportFields.PatientId, row.PatientId);
        errors.Text(ImportFields.ServiceExternalId, row.ServiceExternalId, ImportFields.ExternalIdLength);
        errors.Required(ImportFields.DueDate, row.DueDate);
    }

    public async Task<IImportPlan<RecallRow>> PlanAsync(IReadOnlyList<RecallRow> rows, CancellationToken cancellationToken)
    {
        var existing = await store.FindRecallsAsync(rows.Select(row => row.ExternalId!).ToList(), cancellationToken);
        var services = await store.FindServicesAsync(rows.Select(row => row.ServiceExternalId!).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var patients = await store.ExistingPatientIdsAsync(rows.Select(row => row.PatientId!.Value).Distinct().ToList(), cancellationToken);
        return new Plan(
            store,
            existing.ToDictionary(recall => recall.ExternalId, StringComparer.Ordinal),
            services.ToDictionary(service => service.ExternalId!, service => service.Id, StringComparer.Ordinal),
            patients,
            now);
    }

    private sealed class Plan(IImportStore store, Dictionary<string, Recall> existing, Dictionary<string, Guid> services, IReadOnlySet<Guid> patients, DateTimeOffset now)
        : IImportPlan<RecallRow>
    {
        public void CheckReferences(RecallRow row, RowErrors errors)
        {
            if (!patients.Contains(row.PatientId!.Value))
            {
                errors.Add(ImportFields.PatientId, $"There is no patient with id {row.PatientId}.");
            }

            if (!services.ContainsKey(row.ServiceExternalId!))
            {
                errors.Add(ImportFields.ServiceExternalId, $"There is no service with external id '{row.ServiceExternalId}'. Import the services first.");
            }
        }

        public RowOutcome Apply(RecallRow row)
        {
            var serviceId = services[row.ServiceExternalId!];
            if (existing.TryGetValue(row.ExternalId!, out var recall))
            {
                return new(recall.Update(row.PatientId!.Value, serviceId, row.DueDate!.Value) ? RowChange.Updated : RowChange.Unchanged, recall.Id);
            }

            var created = Recall.Create(row.ExternalId!, row.PatientId!.Value, serviceId, row.DueDate!.Value, now);
            store.Add(created);
            return new(RowChange.Created, created.Id);
        }
    }
}
