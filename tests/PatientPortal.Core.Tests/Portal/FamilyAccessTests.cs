using PatientPortal.Core.Portal;
using PatientPortal.Core.Tests.Support;

namespace PatientPortal.Core.Tests.Portal;

public sealed class FamilyAccessTests
{
    private readonly Core.Patients.Patient _holder = new PatientBuilder().WithGivenName("Ada").Build();

    [Fact]
    public void MayActFor_Themselves()
    {
        Assert.True(FamilyAccess.MayActFor(_holder, _holder));
    }

    [Fact]
    public void MayActFor_AFamilyMemberWhosePrimaryAccountHolderTheyAre()
    {
        var child = new PatientBuilder().FamilyMemberOf(_holder.Id).Build();

        Assert.True(FamilyAccess.MayActFor(_holder, child));
    }

    [Fact]
    public void MayNotActFor_AnotherPatient_EvenOneSharingTheirEmail()
    {
        var stranger = new PatientBuilder().WithEmail("mary@example.com").Build();

        Assert.False(FamilyAccess.MayActFor(_holder, stranger));
    }

    [Fact]
    public void AFamilyMember_MayNotActForTheirHolder_NorForTheHoldersOtherMembers()
    {
        var child = new PatientBuilder().FamilyMemberOf(_holder.Id).Build();
        var sibling = new PatientBuilder().FamilyMemberOf(_holder.Id).Build();

        Assert.False(FamilyAccess.MayActFor(child, _holder));
        Assert.False(FamilyAccess.MayActFor(child, sibling));
    }

    [Fact]
    public void MayNotActFor_TheFamilyMembersOfTheirOwnFamilyMember()
    {
        var child = new PatientBuilder().FamilyMemberOf(_holder.Id).Build();
        var grandchild = new PatientBuilder().FamilyMemberOf(child.Id).Build();

        Assert.False(FamilyAccess.MayActFor(_holder, grandchild));
    }

    [Fact]
    public void For_KeepsOnlyTheMembersTheRuleAllows_ByName_WithTheHolderFirstAmongTheIds()
    {
        var zoe = new PatientBuilder().WithGivenName("Zoe").FamilyMemberOf(_holder.Id).Build();
        var ben = new PatientBuilder().WithGivenName("Ben").FamilyMemberOf(_holder.Id).Build();
        var stranger = new PatientBuilder().FamilyMemberOf(Guid.NewGuid()).Build();

        var access = FamilyAccess.For(_holder, [zoe, stranger, ben, zoe, _holder]);

        Assert.Equal([ben.Id, zoe.Id], access.Members.Select(member => member.Id));
        Assert.Equal([_holder.Id, ben.Id, zoe.Id], access.PatientIds);
        Assert.True(access.MayActFor(zoe.Id));
        Assert.True(access.MayActFor(_holder.Id));
        Assert.False(access.MayActFor(stranger.Id));
        Assert.False(access.MayActFor(Guid.NewGuid()));
    }

    [Fact]
    public void Member_NamesAFamilyMember_ButNotTheSignedInPatientNorAStranger()
    {
        var ben = new PatientBuilder().WithGivenName("Ben").FamilyMemberOf(_holder.Id).Build();
        var access = FamilyAccess.For(_holder, [ben]);

        Assert.Same(ben, access.Member(ben.Id));
        Assert.Null(access.Member(_holder.Id));
        Assert.Null(access.Member(Guid.NewGuid()));
    }
}
