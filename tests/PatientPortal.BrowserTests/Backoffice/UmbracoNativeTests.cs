using Microsoft.Playwright;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The screens as a native part of the backoffice app: one Lit on the page (the backoffice's), confirmations in
/// Umbraco's modals and results in its notifications, and the labels, dates and numbers in the user's language.
/// </summary>
public sealed class UmbracoNativeTests(BackofficePortalFactory portal) : IClassFixture<BackofficePortalFactory>
{
    private const string Patients = $"{BackofficeBrowser.Section}/view/patients";

    [Fact]
    public async Task TheBackofficePage_LoadsOneCopyOfLit_TheBackofficesOwn_WithOurScreens()
    {
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal, Patients);
        await using var _ = page.ClosesAtTheEnd();
        await Assertions.Expect(page.Locator("pp-patients").GetByRole(AriaRole.Status).Filter(new() { HasText = "patients" })).ToBeVisibleAsync();

        // Each copy of Lit adds its version here as it loads (lit-element's own bookkeeping).
        var versions = await page.EvaluateAsync<string[]>("() => globalThis.litElementVersions ?? []");
        Assert.Single(versions);
    }
}
