namespace PatientPortal.Core.Imports.Csv;

/// <summary>
/// The columns of one kind of CSV import and how a line becomes a row. Column names are the JSON property names;
/// headers match them ignoring case, underscores, hyphens and spaces (<c>external_id</c> is <c>externalId</c>).
/// </summary>
public sealed class CsvLayout<TRow>(IReadOnlyList<string> requiredColumns, IReadOnlyList<string> optionalColumns, Func<CsvFields, TRow> read)
{
    public IReadOnlyList<string> RequiredColumns { get; } = requiredColumns;

    public IReadOnlyList<string> OptionalColumns { get; } = optionalColumns;

    public IEnumerable<string> Columns => RequiredColumns.Concat(OptionalColumns);

    internal TRow Read(CsvFields fields) => read(fields);
}

/// <summary>The layouts of the five imports (documented in the README).</summary>
public static class CsvLayouts
{
    public static CsvLayout<ServiceRow> Services { get; } = new(
        [ImportFields.ExternalId, ImportFields.Name, ImportFields.DurationMinutes, ImportFields.Price],
        [ImportFields.BookableOnline],
        fields => new ServiceRow(
            fields.Text(ImportFields.ExternalId),
            fields.Text(ImportFields.Name),
            fields.WholeNumber(ImportFields.DurationMinutes),
            fields.Amount(ImportFields.Price),
            fields.YesNo(ImportFields.BookableOnline)));

    public static CsvLayout<MemberPortalRow> MemberPortals { get; } = new(
        [ImportFields.ExternalId, ImportFields.Name, ImportFields.BaseUrl],
        [],
        fields => new MemberPortalRow(fields.Text(ImportFields.ExternalId), fields.Text(ImportFields.Name), fields.Text(ImportFields.BaseUrl)));

    public static CsvLayout<MemberRow> Members { get; } = new(
        [ImportFields.ExternalId, ImportFields.Name],
        [ImportFields.MemberPortalExternalId],
        fields => new MemberRow(fields.Text(ImportFields.ExternalId), fields.Text(ImportFields.Name), fields.Text(ImportFields.MemberPortalExternalId)));

    public static CsvLayout<AppointmentRow> Appointments { get; } = new(
        [ImportFields.ExternalId, ImportFields.PatientId, ImportFields.ServiceExternalId, ImportFields.Start, ImportFields.Amount],
        [ImportFields.VideoConsultation, ImportFields.BookedOffline, ImportFields.PaymentMandatory, ImportFields.Paid, ImportFields.MemberExternalId],
        fields => new AppointmentRow(
            fields.Text(ImportFields.ExternalId),
            fields.Id(ImportFields.PatientId),
            fields.Text(ImportFields.ServiceExternalId),
            fields.Text(ImportFields.Start),
            fields.Amount(ImportFields.Amount),
            fields.YesNo(ImportFields.VideoConsultation),
            fields.YesNo(ImportFields.BookedOffline),
            fields.YesNo(ImportFields.PaymentMandatory),
            fields.YesNo(ImportFields.Paid),
            fields.Text(ImportFields.MemberExternalId)));

    public static CsvLayout<RecallRow> Recalls { get; } = new(
        [ImportFields.ExternalId, ImportFields.PatientId, ImportFields.ServiceExternalId, ImportFields.DueDate],
        [],
        fields => new RecallRow(fields.Text(ImportFields.ExternalId), fields.Id(ImportFields.PatientId), fields.Text(ImportFields.ServiceExternalId), fields.Date(ImportFields.DueDate)));
}
