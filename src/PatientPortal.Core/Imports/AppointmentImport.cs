using PatientPortal.Core.Appointments;

namespace PatientPortal.Core.Imports;

internal sealed class AppointmentImport(IImportStore store, TimeZoneInfo practiceZone, DateTimeOffset now) : IImportKind<AppointmentRow>
{
    public string Name => "appointments";

    public AppointmentRow Normalize(AppointmentRow row) => row with
    {
        ExternalId = Text.Clean(row.ExternalId),
        ServiceExternalId = Text.Clean(row.ServiceExternalId),
        MemberExternalId = Text.Clean(row.MemberExternalId),
        Start = Text.Clean(row.Start),
    };

    public void Validate(AppointmentRow row, RowErrors errors)
    {
        errors.Text(ImportFields.ExternalId, row.ExternalId, ImportFields.ExternalIdLength);
        errors.Required(ImportFields.PatientId, row.PatientId);
        errors.Text(ImportFields.ServiceExternalId, row.ServiceExternalId, ImportFields.ExternalIdLength);
        errors.Text(ImportFields.MemberExternalId, row.MemberExternalId, ImportFields.ExternalIdLength, required: false);
        errors.Text(ImportFields.Start, row.Start, int.MaxValue);
        if (row.Start is { } start && !PracticeTime.TryParse(start, practiceZone, out _, out var error))
        {
            errors.Add(ImportFields.Start, $"{ImportFields.Start} '{start}' {error}");
        }

        errors.Amount(ImportFields.Amount, row.Amount);
    }

    public async Task<IImportPlan<AppointmentRow>> PlanAsync(IReadOnlyList<AppointmentRow> rows, CancellationToken cancellationToken)
    {
        var existing = await store.FindAppointmentsAsync(rows.Select(row => row.ExternalId!).ToList(), cancellationToken);
        var services = await store.FindServicesAsync(rows.Select(row => row.ServiceExternalId!).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var members = await store.FindMembersAsync(rows.Select(row => row.MemberExternalId).OfType<string>().Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var patients = await store.ExistingPatientIdsAsync(rows.Select(row => row.PatientId!.Value).Distinct().ToList(), cancellationToken);
        return new Plan(
            store,
            existing.ToDictionary(appointment => appointment.ExternalId!, StringComparer.Ordinal),
            services.ToDictionary(service => service.ExternalId!, service => service.Id, StringComparer.Ordinal),
            members.ToDictionary(member => member.ExternalId, member => member.Id, StringComparer.Ordinal),
            patients,
            practiceZone,
            now);
    }

    private sealed class Plan(
        IImportStore store,
        Dictionary<string, Appointment> existing,
        Dictionary<string, Guid> services,
        Dictionary<string, Guid> members,
        IReadOnlySet<Guid> patients,
        TimeZoneInfo practiceZone,
        DateTimeOffset now) : IImportPlan<AppointmentRow>
    {
        public void CheckReferences(AppointmentRow row, RowErrors errors)
        {
            if (!patients.Contains(row.PatientId!.Value))
            {
                errors.Add(ImportFields.PatientId, $"There is no patient with id {row.PatientId}.");
            }

            if (!services.ContainsKey(row.ServiceExternalId!))
            {
                errors.Add(ImportFields.ServiceExternalId, $"There is no service with external id '{row.ServiceExternalId}'. Import the services first.");
            }

            if (row.MemberExternalId is { } member && !members.ContainsKey(member))
            {
                errors.Add(ImportFields.MemberExternalId, $"There is no member with external id '{member}'. Import the members first.");
            }
        }

        public RowOutcome Apply(AppointmentRow row)
        {
            PracticeTime.TryParse(row.Start!, practiceZone, out var start, out _);
            var details = new AppointmentDetails(
                row.PatientId!.Value,
                services[row.ServiceExternalId!],
                row.MemberExternalId is { } member ? members[member] : null,
                start,
                row.VideoConsultation ?? false,
                row.BookedOffline ?? false,
                row.PaymentMandatory ?? false,
                row.Amount!.Value,
                row.Paid ?? false);
            if (existing.TryGetValue(row.ExternalId!, out var appointment))
            {
                return new(appointment.Update(details) ? RowChange.Updated : RowChange.Unchanged, appointment.Id);
            }

            var created = Appointment.Import(row.ExternalId!, details, now);
            store.Add(created);
            return new(RowChange.Created, created.Id);
        }
    }
}
