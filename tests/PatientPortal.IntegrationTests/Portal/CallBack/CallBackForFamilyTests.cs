using System.Net;
using PatientPortal.IntegrationTests.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal.CallBack;

/// <summary>A primary account holder asks for a call back to book for a family member they manage.</summary>
public sealed class CallBackForFamilyTests(CallBackPortalFactory portal) : IClassFixture<CallBackPortalFactory>
{
    [Fact]
    public async Task AHoldersRequestForAFamilyMember_TellsThePracticeWhoItIsFor_AndWhoAsked()
    {
        var chargeband = await portal.ChargebandAsync();
        var holderEmail = Registration.UniqueEmail("holder");
        var holder = await portal.AddPatientAsync(chargeband, holderEmail, familyName: "Okafor", password: MyDetailsScenario.Password, givenName: "Ada");
        var memberEmail = Registration.UniqueEmail("member");
        var member = await portal.AddPatientAsync(chargeband, memberEmail, familyName: "Okafor", primaryAccountHolderId: holder, givenName: "Tom");
        var browser = await portal.SignedInAsync(holderEmail);
        var before = (await portal.Mail.EmailsToAsync(portal.PracticeInbox)).Count;

        using var response = await CallBackScenario.PostAsync(browser, $"{CallBackScenario.BookingPage}?for={member}",
            [("for", member.ToString()), ("times", "Afternoon"), ("phone", "020 7946 0123")]);
        var page = await CallBackScenario.TextAsync(response);
        var mail = (await portal.Mail.WaitForEmailsAsync(portal.PracticeInbox, before + 1)).Single(received => received.Text?.Contains(memberEmail, StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Riverside Private Clinic has your request for Tom Okafor.", page, StringComparison.Ordinal);
        Assert.Contains("call you on <strong>020 7946 0123</strong> in the afternoon", page, StringComparison.Ordinal);
        Assert.Equal("Call back request: Tom Okafor, about booking an appointment (no service chosen) (asked by Ada Okafor)", mail.Subject);
        foreach (var expected in new[] { "Ada Okafor asked the Riverside Private Clinic patient portal for a call back about booking an appointment (no service chosen) for Tom Okafor, a family member they manage.", "Tom Okafor", memberEmail, $"Ada Okafor, who manages Tom Okafor's portal (primary account holder); email {holderEmail}", "020 7946 0123" })
        {
            Assert.Contains(expected, mail.Text, StringComparison.Ordinal);
        }

        Assert.Contains("portal.call-back-requested", await portal.AuditActionsAsync(member));
        Assert.DoesNotContain("portal.call-back-requested", await portal.AuditActionsAsync(holder));
    }

    [Fact]
    public async Task ARequestNamingAPatientOneDoesNotManage_IsAboutTheSignedInPatient_AndNamesNoOneElse()
    {
        var chargeband = await portal.ChargebandAsync();
        var (email, id) = await portal.PatientAsync();
        var strangerEmail = Registration.UniqueEmail("stranger");
        var stranger = await portal.AddPatientAsync(chargeband, strangerEmail, familyName: "Stranger", givenName: "Sam");
        var browser = await portal.SignedInAsync(email);
        var before = (await portal.Mail.EmailsToAsync(portal.PracticeInbox)).Count;

        using var response = await CallBackScenario.PostAsync(browser, CallBackScenario.BookingPage,
            [("for", stranger.ToString()), ("times", "Morning"), ("phone", "020 7946 0123")]);
        var mail = (await portal.Mail.WaitForEmailsAsync(portal.PracticeInbox, before + 1)).Single(received => received.Text?.Contains(email, StringComparison.Ordinal) == true);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Sam Stranger", await CallBackScenario.TextAsync(response), StringComparison.Ordinal);
        Assert.Equal("Call back request: Mary O'Higgins, about booking an appointment (no service chosen)", mail.Subject);
        Assert.DoesNotContain("Sam Stranger", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(strangerEmail, mail.Text, StringComparison.Ordinal);
        Assert.Contains("portal.call-back-requested", await portal.AuditActionsAsync(id));
        Assert.DoesNotContain("portal.call-back-requested", await portal.AuditActionsAsync(stranger));
    }
}
