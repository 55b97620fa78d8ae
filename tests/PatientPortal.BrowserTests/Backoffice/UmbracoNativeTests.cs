using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientPortal.IntegrationTests.Support;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The screens as a native part of the backoffice app: one Lit on the page (the backoffice's), confirmations in
/// Umbraco's modals and results in its notifications, and the labels, dates and numbers in the user's language.
/// </summary>
public sealed partial class UmbracoNativeTests(BackofficePortalFactory portal) : IClassFixture<BackofficePortalFactory>
{
    private const string Patients = $"{BackofficeBrowser.Section}/view/patients";
    private const string Dashboard = BackofficeBrowser.Section;

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

    [Fact]
    public async Task ResetPasswordAndRevoke_AskInUmbracosModal_NamingThePatient_AndUmbracosNotificationSaysWhatHappened()
    {
        var familyName = $"Modalfamily{Guid.NewGuid():N}"[..18];
        var email = Registration.UniqueEmail("modal");
        var patientId = await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Modal {Guid.NewGuid():N}"[..14]), email, familyName: familyName, password: "a long enough demo password for tests");
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal, $"{Patients}/{patientId}");
        await using var _ = page.ClosesAtTheEnd();
        var profile = page.Locator("pp-patient");
        var modal = page.Locator("umb-confirm-modal");

        await profile.GetByRole(AriaRole.Button, new() { Name = "Reset password" }).ClickAsync();
        await Assertions.Expect(modal).ToContainTextAsync($"Reset the password of Mary {familyName}?");
        await Assertions.Expect(modal).ToContainTextAsync(email);
        await Assertions.Expect(page.Locator("pp-confirm-dialog")).ToHaveCountAsync(0);
        await Axe.AssertNoViolationsWithinAsync(page, "the reset password question in Umbraco's modal", "pp-patient", "umb-confirm-modal");
        await page.ScreenshotAsync("backoffice-reset-confirm");
        await modal.GetByRole(AriaRole.Button, new() { Name = "Send the reset link" }).ClickAsync();
        await Assertions.Expect(page.Locator("umb-backoffice-notification-container")).ToContainTextAsync("Password reset link sent by email.");
        var invitations = profile.GetByRole(AriaRole.Table, new() { Name = "Invitations" });
        await Assertions.Expect(invitations.GetByRole(AriaRole.Cell, new() { Name = "Password reset", Exact = true })).ToBeVisibleAsync();

        // Cancelled, nothing happens; confirmed, the link is revoked.
        var revoke = invitations.GetByRole(AriaRole.Button, new() { NameRegex = new("^Revoke the invitation") });
        await revoke.ClickAsync();
        await Assertions.Expect(modal).ToContainTextAsync($"Mary {familyName}");
        await modal.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(modal).ToHaveCountAsync(0);
        await Assertions.Expect(revoke).ToBeVisibleAsync();
        await revoke.ClickAsync();
        await modal.GetByRole(AriaRole.Button, new() { Name = "Revoke the link" }).ClickAsync();
        await Assertions.Expect(invitations.GetByRole(AriaRole.Cell, new() { Name = "Revoked", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("umb-backoffice-notification-container")).ToContainTextAsync("no longer works");
    }

    [Fact]
    public async Task AUkUser_SeesTheDashboardsFromAndTo_AsDayMonthYear()
    {
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal, Dashboard);
        await using var _ = page.ClosesAtTheEnd();
        var dashboard = page.Locator("pp-dashboard");
        var to = dashboard.GetByLabel("To", new() { Exact = true });
        await Assertions.Expect(to).Not.ToHaveValueAsync("");

        // The browser's own language here is en-US; the user's (en-GB) decides.
        Assert.Matches(DayMonthYear(), await dashboard.GetByLabel("From", new() { Exact = true }).InputValueAsync());
        Assert.Matches(DayMonthYear(), await to.InputValueAsync());
        var end = DateOnly.ParseExact(await to.InputValueAsync(), "dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(dashboard.GetByRole(AriaRole.Status).Filter(new() { HasText = "created" })).ToContainTextAsync(end.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
    }

    [Fact]
    public async Task ASpanishUser_SeesTheScreensInSpanish()
    {
        var familyName = $"Spanishfamily{Guid.NewGuid():N}"[..20];
        var patientId = await portal.AddPatientAsync(await portal.CreateChargebandAsync($"Es {Guid.NewGuid():N}"[..12]), Registration.UniqueEmail("es"), familyName: familyName);
        var (context, signedIn) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await context.AddCookiesAsync([new Cookie { Name = BackofficeUsers.LanguageCookie, Value = "es-ES", Url = portal.BaseUrl.AbsoluteUri }]);
        await BackofficeBrowser.OpenAsync(signedIn, $"{Patients}/{patientId}");

        var profile = signedIn.Locator("pp-patient");
        await Assertions.Expect(profile.GetByRole(AriaRole.Heading, new() { Name = $"Mary {familyName}", Level = 2 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(profile.GetByRole(AriaRole.Button, new() { Name = "Invitar al portal del paciente" })).ToBeVisibleAsync();
        await Assertions.Expect(profile.GetByText("Fecha de nacimiento")).ToBeVisibleAsync();
        await Assertions.Expect(profile.GetByText("Aún no hay invitaciones.")).ToBeVisibleAsync();
        await Assertions.Expect(signedIn.GetByRole(AriaRole.Link, new() { Name = "Volver a pacientes" })).ToBeVisibleAsync();

        // The section's views are named from the same dictionaries (umbraco-package.json's "#ppSection_..." labels).
        await Assertions.Expect(signedIn.Locator("umb-section-main-views uui-tab", new() { HasText = "Plantillas de mensajes" })).ToBeVisibleAsync();

        await BackofficeBrowser.OpenAsync(signedIn, Dashboard);
        var dashboard = signedIn.Locator("pp-dashboard");
        await Assertions.Expect(dashboard.GetByText("Embudo de invitaciones")).ToBeVisibleAsync();
        await Assertions.Expect(dashboard.GetByLabel("Desde", new() { Exact = true })).ToHaveValueAsync(DayMonthYear());
        await Assertions.Expect(dashboard.GetByText("dd/mm/aaaa").First).ToBeVisibleAsync();
        await signedIn.ScreenshotAsync("backoffice-dashboard-es-ES");
    }

    [Fact]
    public async Task EveryLanguage_HasExactlyTheKeysOfEnGb_AsTheBackofficeLoadsThem()
    {
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal);
        await using var _ = page.ClosesAtTheEnd();
        var files = portal.StandIn.Files.PackageManifest()["extensions"]!.AsArray()
            .Where(extension => extension!["type"]!.GetValue<string>() == "localization")
            .Select(extension => extension!["js"]!.GetValue<string>())
            .Distinct()
            .ToList();
        Assert.Contains("/App_Plugins/PatientPortal/localization/en-GB.js", files);
        Assert.True(files.Count >= 2, "en-GB and at least one more language.");

        // Each key with the kind of its entry (a text, or a function for plurals and sentences with numbers).
        var keysByFile = new Dictionary<string, List<string>>();
        foreach (var file in files)
        {
            var keys = await page.EvaluateAsync<JsonElement>("""
                async (file) => Object.entries((await import(file)).default)
                  .flatMap(([section, entries]) => Object.entries(entries).map(([key, entry]) => `${section}_${key} (${typeof entry})`))
                """, file);
            keysByFile[file] = [.. keys.EnumerateArray().Select(key => key.GetString()!).Order(StringComparer.Ordinal)];
        }

        var english = keysByFile["/App_Plugins/PatientPortal/localization/en-GB.js"];
        Assert.NotEmpty(english);
        foreach (var (file, keys) in keysByFile)
        {
            Assert.True(english.SequenceEqual(keys), $"{file} differs from en-GB: missing {string.Join(", ", english.Except(keys))}; extra {string.Join(", ", keys.Except(english))}");
        }
    }

    [GeneratedRegex(@"^\d{2}/\d{2}/\d{4}$")]
    private static partial Regex DayMonthYear();
}
