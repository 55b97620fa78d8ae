using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The Patient Portal section inside the real Umbraco 17 backoffice app (the harness): the views with live data,
/// who sees the section, the patient profile's own address, and a bulk invitation from the Actions menu.
/// </summary>
public sealed class PatientPortalSectionTests(BackofficePortalFactory portal) : IClassFixture<BackofficePortalFactory>
{
    private const string Patients = $"{BackofficeBrowser.Section}/view/patients";

    [Fact]
    public async Task EachView_RendersInsideTheBackofficeApp_WithLiveData()
    {
        var chargebandName = $"Harness {Guid.NewGuid():N}"[..16];
        await portal.CreateChargebandAsync(chargebandName);
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal);
        await using var _ = page.ClosesAtTheEnd();

        await Assertions.Expect(page.SectionTab(BackofficeUsers.Section)).ToHaveAttributeAsync("label", "Patient Portal");
        await Assertions.Expect(page.Locator("pp-dashboard").GetByText("Invitation funnel")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pp-dashboard").GetByText(new System.Text.RegularExpressions.Regex(@"\d+ invitations? created"))).ToBeVisibleAsync();

        await page.Locator("umb-section-main-views uui-tab", new() { HasText = "Patients" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/view/patients$"));
        var total = await portal.PatientCountAsync();
        await Assertions.Expect(page.Locator("pp-patients").GetByRole(AriaRole.Status).Filter(new() { HasText = "patients" })).ToHaveTextAsync($"{total} patients");

        await page.Locator("umb-section-main-views uui-tab", new() { HasText = "Chargebands" }).ClickAsync();
        await Assertions.Expect(page.Locator("pp-chargebands").GetByText(chargebandName)).ToBeVisibleAsync();

        await page.Locator("umb-section-main-views uui-tab", new() { HasText = "Message templates" }).ClickAsync();
        await Assertions.Expect(page.Locator("pp-templates").GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit the Password reset ") }).First).ToBeVisibleAsync();

        await page.Locator("umb-section-main-views uui-tab", new() { HasText = "Failed deliveries" }).ClickAsync();
        await Assertions.Expect(page.Locator("pp-failed-messages")).ToBeVisibleAsync();
        await page.ScreenshotAsync("backoffice-failed-deliveries");
        Assert.DoesNotContain(portal.StandIn.Unanswered, call => call.Contains("patient-portal", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AUserWithoutTheSection_SeesNoTabAndNoData_AndTheApiRefusesThem()
    {
        var (context, page) = await BackofficeBrowser.OpenAsEditorAsync(portal, Patients);
        await using var _ = context;
        var answered = new List<int>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains(BackofficeStandIn.PackageApi, StringComparison.Ordinal))
            {
                answered.Add(response.Status);
            }
        };

        await Assertions.Expect(page.SectionTab("Umb.Section.Content")).ToBeVisibleAsync();
        await Assertions.Expect(page.SectionTab(BackofficeUsers.Section)).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("pp-patients")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByText("Olivia Demo")).ToHaveCountAsync(0);

        var status = await page.EvaluateAsync<int>($"async () => (await fetch('{BackofficeStandIn.PackageApi}/patients', {{ headers: {{ 'X-Requested-With': 'PatientPortal' }} }})).status");
        Assert.Equal(401, status);
        Assert.All(answered, code => Assert.Equal(401, code));
    }

    [Fact]
    public async Task AMarketingEditor_SeesOnlyTheTemplatesView_AndNoPatientData()
    {
        var (context, signedIn) = await AdminBrowser.SignInAsync(portal, PortalFactory.MarketingEditor, PortalFactory.OtherAdminPassword);
        await using var _ = context;
        await signedIn.CloseAsync();
        var page = await context.NewPageAsync();
        var patientCalls = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Url.Contains(BackofficeStandIn.PackageApi, StringComparison.Ordinal) && !request.Url.Contains("/templates", StringComparison.Ordinal))
            {
                patientCalls.Add(request.Url);
            }
        };

        await BackofficeBrowser.OpenAsync(page, $"{BackofficeBrowser.Section}/view/templates");
        await Assertions.Expect(page.SectionTab(BackofficeUsers.Section)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pp-templates").GetByRole(AriaRole.Button, new() { NameRegex = new("^Edit the Password reset ") }).First).ToBeVisibleAsync();

        // The views the templates permission does not cover are not offered (the fallback-permission condition): with
        // one view left the section shows no tabs at all (the admin's has five), and the patients view's own address
        // does not render it either. Nothing asked for patient data on the way.
        await Assertions.Expect(page.Locator("umb-section-main-views uui-tab", new() { HasText = "Patients" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("umb-section-main-views uui-tab", new() { HasText = "Failed deliveries" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("pp-dashboard")).ToHaveCountAsync(0);
        await BackofficeBrowser.OpenAsync(page, Patients);
        await Assertions.Expect(page.SectionTab(BackofficeUsers.Section)).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pp-templates")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pp-patients")).ToHaveCountAsync(0);
        Assert.Empty(patientCalls);
        await page.ScreenshotAsync("backoffice-marketing-editor");
    }

    [Fact]
    public async Task APatient_OpensAtItsOwnAddress_TheBackButtonReturnsToTheListAsItWas_AndTheAddressOpensItDirectly()
    {
        var familyName = $"Routefamily{Guid.NewGuid():N}"[..18];
        var patientId = await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Route {Guid.NewGuid():N}"[..14]), Registration.UniqueEmail("route"), familyName: familyName);
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal, Patients);
        await using var _ = page.ClosesAtTheEnd();
        var list = page.Locator("pp-patients");
        await list.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" }).FillAsync(familyName);
        await Assertions.Expect(list.GetByRole(AriaRole.Status).Filter(new() { HasText = "patient" })).ToHaveTextAsync("1 patient");

        await list.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{portal.BaseUrl.AbsoluteUri.TrimEnd('/')}{Patients}/{patientId}");
        var heading = page.Locator("pp-patient").GetByRole(AriaRole.Heading, new() { Name = $"Mary {familyName}", Level = 2 });
        await Assertions.Expect(heading).ToBeVisibleAsync();
        await Assertions.Expect(list).ToBeHiddenAsync();
        // The profile is where the list was, not below a list that stayed (the issue's ~1,800 px).
        Assert.True((await heading.BoundingBoxAsync())!.Y < 400, "The profile should open at the top of the view.");
        await page.ScreenshotAsync("backoffice-patient-profile");

        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/view/patients$"));
        await Assertions.Expect(list.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" })).ToHaveValueAsync(familyName);
        await Assertions.Expect(list.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("pp-patient")).ToHaveCountAsync(0);

        await page.GoForwardAsync();
        await Assertions.Expect(heading).ToBeVisibleAsync();

        var deepLink = await page.Context.NewPageAsync();
        await using var __ = deepLink.ClosesAtTheEnd();
        await BackofficeBrowser.OpenAsync(deepLink, $"{Patients}/{patientId}");
        await Assertions.Expect(deepLink.Locator("pp-patient").GetByRole(AriaRole.Heading, new() { Name = $"Mary {familyName}", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(deepLink.Locator("pp-patients")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task AFailedDelivery_NamesItsPatient_AndTheNameOpensTheProfileInTheSection()
    {
        var familyName = $"Failfamily{Guid.NewGuid():N}"[..17];
        var email = Registration.UniqueEmail("harness-failed");
        var patientId = await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Fail {Guid.NewGuid():N}"[..13]), email, familyName: familyName);
        var invitationId = await portal.InviteAsync(patientId);
        await Eventually.WaitAsync(
            () => portal.QueryAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.InvitationId == invitationId).Select(m => m.Status).SingleOrDefaultAsync()),
            status => status == Core.Messaging.MessageStatus.Sent,
            "the invitation to be sent");
        await portal.QueryAsync(async db =>
        {
            (await db.OutboxMessages.SingleAsync(m => m.InvitationId == invitationId)).Fail("Mailbox unavailable (test)", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal, $"{BackofficeBrowser.Section}/view/messages");
        await using var _ = page.ClosesAtTheEnd();

        var row = page.Locator("pp-failed-messages").GetByRole(AriaRole.Row).Filter(new() { HasText = email });
        await row.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{portal.BaseUrl.AbsoluteUri.TrimEnd('/')}{Patients}/{patientId}");
        await Assertions.Expect(page.Locator("pp-patient").GetByRole(AriaRole.Heading, new() { Name = $"Mary {familyName}", Level = 2 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ABulkInvitation_FromTheActionsMenu_RunsToOneHundredPercent()
    {
        const int count = 12;
        var chargebandName = $"Bulk {Guid.NewGuid():N}"[..13];
        var chargebandId = await portal.CreateChargebandAsync(chargebandName);
        for (var i = 0; i < count; i++)
        {
            await portal.AddPatientAsync(chargebandId, Registration.UniqueEmail("harness"), familyName: $"Harnessfamily{i:D2}");
        }

        var page = await BackofficeBrowser.OpenAsAdminAsync(portal, Patients);
        await using var _ = page.ClosesAtTheEnd();
        var list = page.Locator("pp-patients");
        await list.GetByRole(AriaRole.Combobox, new() { Name = "Chargeband" }).SelectOptionAsync(new SelectOptionValue { Label = chargebandName });
        await Assertions.Expect(list.GetByRole(AriaRole.Status).Filter(new() { HasText = "patients" })).ToHaveTextAsync($"{count} patients");

        await list.GetByRole(AriaRole.Button, new() { Name = "Actions" }).ClickAsync();
        await list.GetByRole(AriaRole.Menuitem, new() { Name = $"Invite to patient portal: all {count} in this list" }).ClickAsync();
        // The question is Umbraco's confirm modal inside the backoffice.
        var dialog = page.Locator("umb-confirm-modal").Filter(new() { HasText = "Invite to patient portal" });
        await Assertions.Expect(dialog.Locator("dd[data-outcome=Invited]")).ToHaveTextAsync($"{count}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Start inviting" }).ClickAsync();

        var progress = page.GetByRole(AriaRole.Progressbar, new() { Name = "Invitation run progress" });
        await Assertions.Expect(progress).ToHaveAttributeAsync("aria-valuenow", "100", new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByText($"Done: {count} of {count} patients (100%).")).ToBeVisibleAsync();
        await page.ScreenshotAsync("backoffice-bulk-invite-done");
        var invited = await portal.QueryAsync(db => db.Invitations.CountAsync(invitation => db.Patients.Any(p => p.Id == invitation.PatientId && p.ChargebandId == chargebandId)));
        Assert.Equal(count, invited);
    }
}
