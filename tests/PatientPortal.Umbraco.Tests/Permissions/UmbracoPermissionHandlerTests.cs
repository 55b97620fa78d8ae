using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using PatientPortal.Umbraco.Permissions;
using PatientPortal.Web.Permissions;
using Umbraco.Cms.Core.Services;
using static PatientPortal.Umbraco.Tests.Permissions.UmbracoPrincipals;

namespace PatientPortal.Umbraco.Tests.Permissions;

/// <summary>The package's policies evaluated by ASP.NET Core's authorization service with the Umbraco handler.</summary>
public class UmbracoPermissionHandlerTests
{
    private static readonly Guid Key = Guid.NewGuid();

    [Fact]
    public async Task A_user_without_the_patient_portal_section_is_refused_every_policy()
    {
        var users = Service(User(Key, ["content"], [.. PatientPortalPermissions.All]));

        foreach (var policy in AllPolicies)
        {
            Assert.False(await AuthorizeAsync(users, BackOffice(Key), policy), policy);
        }
    }

    [Fact]
    public async Task The_section_alone_grants_section_access_and_no_permission()
    {
        var users = Service(User(Key, ["content", PatientPortalPermissions.SectionAlias]));

        Assert.True(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.SectionAccess));
        Assert.False(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.PatientData));
        Assert.False(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.Templates));
        Assert.False(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.Imports));
    }

    [Fact]
    public async Task A_template_editor_group_grants_templates_and_not_patient_data_or_imports()
    {
        var users = Service(User(Key, [PatientPortalPermissions.SectionAlias], ["Umb.Document.Read"], [PatientPortalPermissions.Templates]));

        Assert.True(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.Templates));
        Assert.False(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.PatientData));
        Assert.False(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.Imports));
    }

    [Fact]
    public async Task Permissions_from_several_groups_add_up()
    {
        var users = Service(User(Key, [PatientPortalPermissions.SectionAlias], [PatientPortalPermissions.PatientData], [PatientPortalPermissions.Imports]));

        Assert.True(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.PatientData));
        Assert.True(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.Imports));
        Assert.False(await AuthorizeAsync(users, BackOffice(Key), PatientPortalPolicies.Templates));
    }

    [Fact]
    public async Task A_principal_that_is_no_backoffice_identity_is_refused_even_with_matching_claims()
    {
        var users = Service(User(Key, [PatientPortalPermissions.SectionAlias], [.. PatientPortalPermissions.All]));
        var member = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", Key.ToString())], "UmbracoMembers"));

        Assert.False(await AuthorizeAsync(users, member, PatientPortalPolicies.SectionAccess));
    }

    [Fact]
    public async Task A_backoffice_identity_of_a_user_that_no_longer_exists_is_refused()
    {
        var users = Service(User(Key, [PatientPortalPermissions.SectionAlias], [.. PatientPortalPermissions.All]));

        Assert.False(await AuthorizeAsync(users, BackOffice(Guid.NewGuid()), PatientPortalPolicies.SectionAccess));
    }

    private static IEnumerable<string> AllPolicies => [PatientPortalPolicies.SectionAccess, .. PatientPortalPolicies.PermissionOf.Keys];

    private static async Task<bool> AuthorizeAsync(IUserService userService, ClaimsPrincipal principal, string policy)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddAuthorization(PatientPortalPolicies.AddTo);
        services.AddSingleton(new UmbracoUsers(userService));
        services.AddSingleton<IAuthorizationHandler, UmbracoPermissionHandler>();
        await using var provider = services.BuildServiceProvider();
        return (await provider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, policy)).Succeeded;
    }
}
