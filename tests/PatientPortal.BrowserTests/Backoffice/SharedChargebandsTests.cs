using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// Issue 14 item 4: the chargebands are loaded once and shared by the screens that show them (the patients list's
/// filter and chargeband column, a profile's chargeband, the chargebands view), not once by each.
/// </summary>
public sealed class SharedChargebandsTests(BackofficePortalFactory portal) : IClassFixture<BackofficePortalFactory>
{
    private const string Patients = $"{BackofficeBrowser.Section}/view/patients";

    [Fact]
    public async Task ThePatientsList_AProfile_AndTheChargebandsView_ShareOneLoadOfTheChargebands()
    {
        var chargebandName = $"Shared {Guid.NewGuid():N}"[..15];
        var familyName = $"Sharedfamily{Guid.NewGuid():N}"[..19];
        await portal.AddPatientAsync(await portal.CreateChargebandAsync(chargebandName), Registration.UniqueEmail("shared"), familyName: familyName);
        var page = await (await portal.AdminContextAsync()).NewPageAsync();
        await using var _ = page.ClosesAtTheEnd();
        var loads = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "GET" && new Uri(request.Url).AbsolutePath == $"{BackofficeStandIn.PackageApi}/chargebands")
            {
                loads.Add(request.Url);
            }
        };

        await BackofficeBrowser.OpenAsync(page, Patients);
        var list = page.Locator("pp-patients");
        await list.GetByRole(AriaRole.Textbox, new() { Name = "Search patients by name, email or mobile" }).FillAsync(familyName);
        var row = list.GetByRole(AriaRole.Row).Filter(new() { HasText = familyName });
        await Assertions.Expect(row).ToContainTextAsync(chargebandName);
        await row.GetByRole(AriaRole.Link, new() { Name = $"Mary {familyName}" }).ClickAsync();
        await Assertions.Expect(page.Locator("pp-patient").Locator("dd").Filter(new() { HasText = chargebandName })).ToBeVisibleAsync();
        await page.Locator("umb-section-main-views uui-tab", new() { HasText = "Chargebands" }).ClickAsync();
        await Assertions.Expect(page.Locator("pp-chargebands").GetByText(chargebandName)).ToBeVisibleAsync();

        Assert.Single(loads);
    }
}
