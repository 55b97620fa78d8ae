using System.Text.Json.Nodes;
using PatientPortal.Web.Permissions;

namespace PatientPortal.Umbraco.Tests.Manifest;

/// <summary>
/// The user-group permissions the server checks are the ones the backoffice manifest offers to tick on a user
/// group, so an admin can grant each of them (Users → User groups → Permissions → Patient Portal).
/// </summary>
public sealed class PermissionVerbsTests
{
    [Fact]
    public void TheManifest_OffersEveryPermissionTheServerChecks_AsAnEntityUserPermissionVerb()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Repository.Path("umbraco-package.json")))!;

        var verbs = manifest["extensions"]!.AsArray()
            .Where(extension => (string?)extension!["type"] == "entityUserPermission")
            .SelectMany(extension => extension!["meta"]!["verbs"]!.AsArray().Select(verb => (string?)verb))
            .Order()
            .ToList();

        Assert.Equal(PatientPortalPermissions.All.Order(), verbs);
    }
}
