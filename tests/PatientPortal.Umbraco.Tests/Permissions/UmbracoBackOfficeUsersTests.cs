using System.Security.Claims;
using Moq;
using PatientPortal.Core.Audit;
using PatientPortal.Umbraco.Permissions;
using Umbraco.Cms.Core.Models.Membership;
using Umbraco.Cms.Core.Security;
using static PatientPortal.Umbraco.Tests.Permissions.UmbracoPrincipals;

namespace PatientPortal.Umbraco.Tests.Permissions;

public class UmbracoBackOfficeUsersTests
{
    [Fact]
    public void The_actor_is_the_current_backoffice_user_by_key_and_name()
    {
        var key = Guid.NewGuid();
        var current = new Mock<IUser>();
        current.SetupGet(user => user.Key).Returns(key);
        current.SetupGet(user => user.Name).Returns("Priya Practice-Manager");
        current.SetupGet(user => user.Username).Returns("priya");

        var actor = new UmbracoBackOfficeUsers(Accessor(current.Object)).Find(BackOffice(Guid.NewGuid()));

        Assert.Equal(new StaffMember(key, "Priya Practice-Manager"), actor);
    }

    [Fact]
    public void Without_a_current_user_the_backoffice_identity_gives_key_and_real_name()
    {
        var key = Guid.NewGuid();

        var actor = new UmbracoBackOfficeUsers(Accessor(null)).Find(BackOffice(key, realName: "Anna Writer"));

        Assert.Equal(new StaffMember(key, "Anna Writer"), actor);
    }

    [Fact]
    public void A_principal_that_is_no_backoffice_user_is_no_actor()
    {
        var actor = new UmbracoBackOfficeUsers(Accessor(null)).Find(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "someone")], "Cookies")));

        Assert.Null(actor);
    }

    private static IBackOfficeSecurityAccessor Accessor(IUser? current)
    {
        var security = new Mock<IBackOfficeSecurity>();
        security.SetupGet(candidate => candidate.CurrentUser).Returns(current);
        var accessor = new Mock<IBackOfficeSecurityAccessor>();
        accessor.SetupGet(candidate => candidate.BackOfficeSecurity).Returns(security.Object);
        return accessor.Object;
    }
}
