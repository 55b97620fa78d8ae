using PatientPortal.Core.Appointments;

namespace PatientPortal.Core.Imports;

internal sealed class ServiceImport(IImportStore store, DateTimeOffset now) : IImportKind<ServiceRow>
{
    /// <summary>A day; longer is a typing mistake, not a service.</summary>
    public const int MaximumDurationMinutes = 24 * 60;

    public string Name => "services";

    public ServiceRow Normalize(ServiceRow row) => row with { ExternalId = Text.Clean(row.ExternalId), Name = Text.Clean(row.Name) };

    public void Validate(ServiceRow row, RowErrors errors)
    {
        errors.Text(ImportFields.ExternalId, row.ExternalId, ImportFields.ExternalIdLength);
        errors.Text(ImportFields.Name, row.Name, ImportFields.NameLength);
        errors.Required(ImportFields.DurationMinutes, row.DurationMinutes);
        if (row.DurationMinutes is < 1 or > MaximumDurationMinutes)
        {
            errors.Add(ImportFields.DurationMinutes, $"{ImportFields.DurationMinutes} must be between 1 and {MaximumDurationMinutes}.");
        }

        errors.Amount(ImportFields.Price, row.Price);
    }

    public async Task<IImportPlan<ServiceRow>> PlanAsync(IReadOnlyList<ServiceRow> rows, CancellationToken cancellationToken)
    {
        var existing = await store.FindServicesAsync(rows.Select(row => row.ExternalId!).ToList(), cancellationToken);
        return new Plan(store, existing.ToDictionary(service => service.ExternalId!, StringComparer.Ordinal), now);
    }

    private sealed class Plan(IImportStore store, Dictionary<string, Service> existing, DateTimeOffset now) : IImportPlan<ServiceRow>
    {
        public void CheckReferences(ServiceRow row, RowErrors errors)
        {
        }

        public RowOutcome Apply(ServiceRow row)
        {
            var bookableOnline = row.BookableOnline ?? false;
            if (existing.TryGetValue(row.ExternalId!, out var service))
            {
                var changed = service.Update(row.Name!, row.DurationMinutes!.Value, row.Price!.Value, bookableOnline);
                return new(changed ? RowChange.Updated : RowChange.Unchanged, service.Id);
            }

            var created = Service.Create(row.Name!, row.DurationMinutes!.Value, row.Price!.Value, bookableOnline, now, row.ExternalId);
            store.Add(created);
            return new(RowChange.Created, created.Id);
        }
    }
}
