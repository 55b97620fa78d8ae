using PatientPortal.Core.Members;

namespace PatientPortal.Core.Imports;

internal sealed class MemberImport(IImportStore store, DateTimeOffset now) : IImportKind<MemberRow>
{
    public string Name => "members";

    public MemberRow Normalize(MemberRow row) =>
        row with { ExternalId = Text.Clean(row.ExternalId), Name = Text.Clean(row.Name), MemberPortalExternalId = Text.Clean(row.MemberPortalExternalId) };

    public void Validate(MemberRow row, RowErrors errors)
    {
        errors.Text(ImportFields.ExternalId, row.ExternalId, ImportFields.ExternalIdLength);
        errors.Text(ImportFields.Name, row.Name, ImportFields.NameLength);
        errors.Text(ImportFields.MemberPortalExternalId, row.MemberPortalExternalId, ImportFields.ExternalIdLength, required: false);
    }

    public async Task<IImportPlan<MemberRow>> PlanAsync(IReadOnlyList<MemberRow> rows, CancellationToken cancellationToken)
    {
        var existing = await store.FindMembersAsync(rows.Select(row => row.ExternalId!).ToList(), cancellationToken);
        var portalIds = rows.Select(row => row.MemberPortalExternalId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var portals = await store.FindMemberPortalsAsync(portalIds, cancellationToken);
        return new Plan(
            store,
            existing.ToDictionary(member => member.ExternalId, StringComparer.Ordinal),
            portals.ToDictionary(portal => portal.ExternalId, portal => portal.Id, StringComparer.Ordinal),
            now);
    }

    private sealed class Plan(IImportStore store, Dictionary<string, Member> existing, Dictionary<string, Guid> portals, DateTimeOffset now) : IImportPlan<MemberRow>
    {
        public void CheckReferences(MemberRow row, RowErrors errors)
        {
            if (row.MemberPortalExternalId is { } portal && !portals.ContainsKey(portal))
            {
                errors.Add(ImportFields.MemberPortalExternalId, $"There is no member portal with external id '{portal}'. Import the member portals first.");
            }
        }

        public RowOutcome Apply(MemberRow row)
        {
            Guid? portalId = row.MemberPortalExternalId is { } portal ? portals[portal] : null;
            if (existing.TryGetValue(row.ExternalId!, out var member))
            {
                return new(member.Update(row.Name!, portalId) ? RowChange.Updated : RowChange.Unchanged, member.Id);
            }

            var created = Member.Create(row.ExternalId!, row.Name!, portalId, now);
            store.Add(created);
            return new(RowChange.Created, created.Id);
        }
    }
}
