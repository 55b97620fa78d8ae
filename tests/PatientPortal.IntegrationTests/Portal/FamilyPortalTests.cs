using System.Net;
using System.Text.RegularExpressions;
using PatientPortal.IntegrationTests.Portal.MyDetails;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.IntegrationTests.Portal;

/// <summary>
/// A primary account holder and the family members they manage: each portal page shows and opens the holder's own
/// items and the members', never another patient's; a member with an account of their own sees only their own.
/// It runs with a payment provider configured: the holder is offered to pay for a member online.
/// </summary>
public sealed class FamilyPortalTests(LightHashingOnlinePaymentsPortalFactory portal) : IClassFixture<LightHashingOnlinePaymentsPortalFactory>
{
    private static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/London")).DateTime);

    [Fact]
    public async Task Home_OfAHolder_ShowsTheFamilyMembersPaymentDue_AppointmentsAndRecalls_SayingWhoseTheyAre()
    {
        var family = await FamilyAsync();
        var service = await portal.ServiceAsync("Child video consultation");
        var appointment = await portal.AppointmentAsync(family.MemberId, service);
        await portal.RecallAsync(family.MemberId, await portal.ServiceAsync("Dental check-up"), Today.AddDays(10));

        var home = await PageAsync(await portal.SignedInAsync(family.HolderEmail), "/patient-portal");

        var card = Regex.Match(home, "<section class=\"notice\" aria-labelledby=\"payment-due\">(.*?)</section>", RegexOptions.Singleline).Value;
        Assert.Contains("to pay before Tom Okafor's Child video consultation", card, StringComparison.Ordinal);
        Assert.Contains($"href=\"/patient-portal/appointments/{appointment}/payment\">Pay £70.00 now</a>", card, StringComparison.Ordinal);
        Assert.Contains("You also manage the portal for Tom Okafor", home, StringComparison.Ordinal);
        Assert.Matches("<span class=\"for\">For Tom Okafor</span><br />\\s*<strong>Child video consultation</strong>", home);
        Assert.Matches("<span class=\"for\">For Tom Okafor</span><br />\\s*<strong>Dental check-up</strong><br />\\s*Tom Okafor is due on", home);
    }

    [Fact]
    public async Task AppointmentsAndPaymentsPages_OfAHolder_ListTheMembersItems_ByPerson()
    {
        var family = await FamilyAsync();
        var service = await portal.ServiceAsync();
        var own = await portal.AppointmentAsync(family.HolderId, service);
        var members = await portal.AppointmentAsync(family.MemberId, service);
        var browser = await portal.SignedInAsync(family.HolderEmail);

        var appointments = await PageAsync(browser, "/patient-portal/appointments");
        var payments = await PageAsync(browser, "/patient-portal/payments");

        var tomsGroup = appointments[appointments.IndexOf("<h2>Tom Okafor</h2>", StringComparison.Ordinal)..];
        var yourGroup = appointments[appointments.IndexOf("<h2>You</h2>", StringComparison.Ordinal)..appointments.IndexOf("<h2>Tom Okafor</h2>", StringComparison.Ordinal)];
        Assert.Contains($"/patient-portal/appointments/{own}/payment", yourGroup, StringComparison.Ordinal);
        Assert.Contains($"/patient-portal/appointments/{members}/payment", tomsGroup, StringComparison.Ordinal);
        Assert.DoesNotContain($"/patient-portal/appointments/{own}/payment", tomsGroup, StringComparison.Ordinal);
        Assert.Contains("£70.00 to pay before Tom Okafor's consultation.", payments, StringComparison.Ordinal);
        Assert.Contains("£70.00 to pay before your consultation.", payments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaymentPage_OfAFamilyMembersAppointment_OpensForTheHolder_AndSaysWhoseItIs()
    {
        var family = await FamilyAsync();
        var appointment = await portal.AppointmentAsync(family.MemberId, await portal.ServiceAsync());

        var page = await PageAsync(await portal.SignedInAsync(family.HolderEmail), $"/patient-portal/appointments/{appointment}/payment");

        Assert.Contains("<h1>Tom Okafor's appointment</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<dt>Patient</dt><dd>Tom Okafor</dd>", page, StringComparison.Ordinal);
        Assert.Contains("£70.00 to pay before Tom Okafor's consultation", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryPage_ForAnotherPatient_ShowsNothingOfTheFamily_AndTheMembersPaymentPageIsNotFound()
    {
        var family = await FamilyAsync();
        var appointment = await portal.AppointmentAsync(family.MemberId, await portal.ServiceAsync());
        await portal.RecallAsync(family.MemberId, await portal.ServiceAsync("Dental check-up"), Today.AddDays(10));
        var (otherEmail, _) = await portal.PatientAsync();
        var other = await portal.SignedInAsync(otherEmail);

        using var payment = await other.GetAsync(new Uri($"/patient-portal/appointments/{appointment}/payment", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, payment.StatusCode);
        Assert.DoesNotContain("Tom", await payment.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var path in new[] { "/patient-portal", "/patient-portal/appointments", "/patient-portal/payments" })
        {
            var page = await PageAsync(other, path);
            Assert.DoesNotContain(appointment.ToString(), page, StringComparison.Ordinal);
            Assert.DoesNotContain("Tom Okafor", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AFamilyMemberWithTheirOwnAccount_SeesTheirOwnItems_ButNotTheHolders()
    {
        var family = await FamilyAsync(memberPassword: MyDetailsScenario.Password);
        var service = await portal.ServiceAsync();
        var holders = await portal.AppointmentAsync(family.HolderId, service);
        var own = await portal.AppointmentAsync(family.MemberId, service);
        var member = await portal.SignedInAsync(family.MemberEmail);

        var ownPage = await PageAsync(member, $"/patient-portal/appointments/{own}/payment");
        using var holdersPage = await member.GetAsync(new Uri($"/patient-portal/appointments/{holders}/payment", UriKind.Relative));
        var home = await PageAsync(member, "/patient-portal");

        Assert.Contains("<h1>Your appointment</h1>", ownPage, StringComparison.Ordinal);
        Assert.DoesNotContain("<dt>Patient</dt>", ownPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, holdersPage.StatusCode);
        Assert.Contains($"/patient-portal/appointments/{own}/payment", home, StringComparison.Ordinal);
        Assert.DoesNotContain(holders.ToString(), home, StringComparison.Ordinal);
        Assert.DoesNotContain("You also manage", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyDetails_OfAFamilyMember_NamesWhoManagesThem_AndTheHoldersPageNamesNobody()
    {
        var family = await FamilyAsync(memberPassword: MyDetailsScenario.Password);

        var members = await PageAsync(await portal.SignedInAsync(family.MemberEmail), "/patient-portal/my-details");
        var holders = await PageAsync(await portal.SignedInAsync(family.HolderEmail), "/patient-portal/my-details");

        Assert.Contains("<h2 id=\"managed-by\">Who manages your portal</h2>", members, StringComparison.Ordinal);
        Assert.Contains("<strong>Ada Okafor</strong> is your primary account holder", members, StringComparison.Ordinal);
        Assert.DoesNotContain(family.HolderEmail, members, StringComparison.Ordinal);
        Assert.DoesNotContain("managed-by", holders, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BookingPage_OfAHolder_BooksForAFamilyMember_FromTheirRecall_AndForNobodyElse()
    {
        var family = await FamilyAsync();
        var service = await portal.ServiceAsync("Dental check-up");
        await portal.RecallAsync(family.MemberId, service, Today.AddDays(10));
        var holder = await portal.SignedInAsync(family.HolderEmail);
        var (otherEmail, _) = await portal.PatientAsync();

        var home = await PageAsync(holder, "/patient-portal");
        var booking = await PageAsync(holder, $"/patient-portal/book?service={service}&for={family.MemberId}");
        var own = await PageAsync(holder, $"/patient-portal/book?service={service}");
        var others = await PageAsync(await portal.SignedInAsync(otherEmail), $"/patient-portal/book?service={service}&for={family.MemberId}");

        Assert.Contains($"href=\"/patient-portal/book?service={service}&for={family.MemberId}\">Book", home, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{family.MemberId}\" selected=\"selected\">Tom Okafor</option>", booking, StringComparison.Ordinal);
        Assert.Contains("<p id=\"booking-for\">For Tom Okafor</p>", booking, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{family.MemberId}\">Tom Okafor</option>", own, StringComparison.Ordinal);
        Assert.DoesNotContain("booking-for", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Tom Okafor", others, StringComparison.Ordinal);
        Assert.DoesNotContain("Who is it for?", others, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningInAsTheHolder_FromAFamilyMembersPaymentLink_ReturnsToThatPage()
    {
        var family = await FamilyAsync();
        var appointment = await portal.AppointmentAsync(family.MemberId, await portal.ServiceAsync());
        var path = $"/patient-portal/appointments/{appointment}/payment";
        var browser = portal.Browser();

        using var signedOut = await browser.GetAsync(new Uri(path, UriKind.Relative));
        var signInPage = new Uri(browser.BaseAddress!, signedOut.Headers.Location!);
        var returnUrl = Uri.UnescapeDataString(Regex.Match(signInPage.Query, "[?&]returnUrl=([^&]+)", RegexOptions.IgnoreCase).Groups[1].Value);
        using var signedIn = await PortalScenario.SignInAsync(browser, family.HolderEmail, MyDetailsScenario.Password, returnUrl);
        var landed = await PageAsync(browser, signedIn.Headers.Location!.OriginalString);

        Assert.Equal(path, returnUrl);
        Assert.Equal(path, signedIn.Headers.Location?.OriginalString);
        Assert.Contains("<h1>Tom Okafor's appointment</h1>", landed, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://attacker.example/patient-portal")]
    [InlineData("//attacker.example/patient-portal")]
    [InlineData("/\\attacker.example/patient-portal")]
    public async Task SigningIn_WithAReturnUrlOffTheSite_LandsOnTheHomePage(string returnUrl)
    {
        var (email, _) = await portal.PatientAsync();

        using var signedIn = await PortalScenario.SignInAsync(portal.Browser(), email, MyDetailsScenario.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/patient-portal", signedIn.Headers.Location?.OriginalString);
    }

    private async Task<Family> FamilyAsync(string? memberPassword = null)
    {
        var chargeband = await portal.ChargebandAsync();
        var holderEmail = Registration.UniqueEmail("holder");
        var holderId = await portal.AddPatientAsync(chargeband, holderEmail, familyName: "Okafor", password: MyDetailsScenario.Password, givenName: "Ada");
        var memberEmail = Registration.UniqueEmail("member");
        var memberId = await portal.AddPatientAsync(chargeband, memberEmail, familyName: "Okafor", primaryAccountHolderId: holderId, password: memberPassword, givenName: "Tom");
        return new Family(holderId, holderEmail, memberId, memberEmail);
    }

    private static async Task<string> PageAsync(HttpClient browser, string url)
    {
        using var response = await browser.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private sealed record Family(Guid HolderId, string HolderEmail, Guid MemberId, string MemberEmail);
}
