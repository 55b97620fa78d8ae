using PatientPortal.Core.Invitations;
using PatientPortal.Core.Security;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Invitations;

public sealed class InvitationTests
{
    private static readonly DateTimeOffset Now = TestPractice.Now;

    [Fact]
    public void Issue_StoresOnlyTheHashOfA256BitToken()
    {
        var (invitation, raw) = Issue();

        Assert.Equal(43, raw.Length);
        Assert.Equal(SecureToken.Hash(raw), invitation.TokenHash);
        Assert.DoesNotContain(raw, invitation.TokenHash, StringComparison.Ordinal);
        Assert.Equal(Now.AddHours(72), invitation.ExpiresAt);
    }

    [Fact]
    public void State_IsPendingUntilItExpires()
    {
        var (invitation, _) = Issue();

        Assert.Equal(InvitationState.Pending, invitation.State(Now.AddHours(71)));
        Assert.Equal(InvitationState.Expired, invitation.State(Now.AddHours(72)));
    }

    [Fact]
    public void State_Revoked_WinsOverExpiry()
    {
        var (invitation, _) = Issue();

        invitation.Revoke(Now.AddHours(1));

        Assert.Equal(InvitationState.Revoked, invitation.State(Now.AddHours(100)));
    }

    [Fact]
    public void TwoInvitations_NeverShareAToken()
    {
        Assert.NotEqual(Issue().RawToken, Issue().RawToken);
    }

    private static (Invitation Invitation, string RawToken) Issue() =>
        Invitation.Issue(Guid.NewGuid(), InvitationPurpose.PortalAccess, null, null, TimeSpan.FromHours(72), "admin", null, Now);
}
