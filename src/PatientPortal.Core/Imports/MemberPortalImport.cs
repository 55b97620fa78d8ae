using PatientPortal.Core.Members;

namespace PatientPortal.Core.Imports;

internal sealed class MemberPortalImport(IImportStore store, DateTimeOffset now) : IImportKind<MemberPortalRow>
{
    public string Name => "member-portals";

    public MemberPortalRow Normalize(MemberPortalRow row) =>
        row with { ExternalId = Text.Clean(row.ExternalId), Name = Text.Clean(row.Name), BaseUrl = Text.Clean(row.BaseUrl) };

    public void Validate(MemberPortalRow row, RowErrors errors)
    {
        errors.Text(ImportFields.ExternalId, row.ExternalId, ImportFields.ExternalIdLength);
        errors.Text(ImportFields.Name, row.Name, ImportFields.NameLength);
        errors.Text(ImportFields.BaseUrl, row.BaseUrl, ImportFields.BaseUrlLength);
        if (row.BaseUrl is { } baseUrl && !errors.Has(ImportFields.BaseUrl))
        {
            // Links are the base URL plus a portal path, so it must be a whole address a patient's browser can open.
            if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                errors.Add(ImportFields.BaseUrl, $"{ImportFields.BaseUrl} must be an absolute http or https address, such as https://portal.example.org/.");
            }
            else if (uri.Query.Length > 0 || uri.Fragment.Length > 0 || uri.UserInfo.Length > 0)
            {
                errors.Add(ImportFields.BaseUrl, $"{ImportFields.BaseUrl} cannot have a query (?), a fragment (#) or a user name.");
            }
        }
    }

    public async Task<IImportPlan<MemberPortalRow>> PlanAsync(IReadOnlyList<MemberPortalRow> rows, CancellationToken cancellationToken)
    {
        var existing = await store.FindMemberPortalsAsync(rows.Select(row => row.ExternalId!).ToList(), cancellationToken);
        return new Plan(store, existing.ToDictionary(portal => portal.ExternalId, StringComparer.Ordinal), now);
    }

    private sealed class Plan(IImportStore store, Dictionary<string, MemberPortal> existing, DateTimeOffset now) : IImportPlan<MemberPortalRow>
    {
        public void CheckReferences(MemberPortalRow row, RowErrors errors)
        {
        }

        public RowOutcome Apply(MemberPortalRow row)
        {
            if (existing.TryGetValue(row.ExternalId!, out var portal))
            {
                return new(portal.Update(row.Name!, row.BaseUrl!) ? RowChange.Updated : RowChange.Unchanged, portal.Id);
            }

            var created = MemberPortal.Create(row.ExternalId!, row.Name!, row.BaseUrl!, now);
            store.Add(created);
            return new(RowChange.Created, created.Id);
        }
    }
}
