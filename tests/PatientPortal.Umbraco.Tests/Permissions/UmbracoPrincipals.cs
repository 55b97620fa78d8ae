using System.Security.Claims;
using Moq;
using Umbraco.Cms.Core;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Services;
using Umbraco.Extensions;

namespace PatientPortal.Umbraco.Tests.Permissions;

/// <summary>Backoffice principals built with Umbraco's own claim helpers, and the users a stand-in user service returns for them.</summary>
internal static class UmbracoPrincipals
{
    public static ClaimsPrincipal BackOffice(Guid key, int id = 7, string username = "anna", string realName = "Anna Writer")
    {
        var identity = new ClaimsIdentity(Constants.Security.BackOfficeAuthenticationType);
        identity.AddRequiredClaims(id.ToString(System.Globalization.CultureInfo.InvariantCulture), key, username, realName, [-1], [-1], "en-US", "stamp", [], []);
        return new ClaimsPrincipal(identity);
    }

    public static IUser User(Guid key, string[] sections, params string[][] groupPermissions)
    {
        var user = new Mock<IUser>();
        user.SetupGet(candidate => candidate.Key).Returns(key);
        user.SetupGet(candidate => candidate.AllowedSections).Returns(sections);
        user.SetupGet(candidate => candidate.Groups).Returns(groupPermissions.Select(Group).ToList());
        return user.Object;
    }

    public static IUserService Service(params IUser[] users)
    {
        var service = new Mock<IUserService>();
        foreach (var user in users)
        {
            service.Setup(candidate => candidate.GetAsync(user.Key)).ReturnsAsync(user);
        }

        return service.Object;
    }

    private static IReadOnlyUserGroup Group(string[] permissions)
    {
        var group = new Mock<IReadOnlyUserGroup>();
        group.SetupGet(candidate => candidate.Permissions).Returns(new HashSet<string>(permissions));
        return group.Object;
    }
}
