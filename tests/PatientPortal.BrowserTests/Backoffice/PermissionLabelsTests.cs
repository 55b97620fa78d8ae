using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// Users → User groups → a group → Permissions, as Umbraco draws our part of it: its own elements for the box of an
/// entity type's permissions and for the toggles of one entity type, fed by our manifest's entityUserPermission
/// extensions and named from our dictionaries in the user's language. (The harness has no user-group API, so the
/// two elements are put on the app's page by themselves rather than reached through the Users section.)
/// </summary>
public sealed class PermissionLabelsTests(BackofficePortalFactory portal) : IClassFixture<BackofficePortalFactory>
{
    [Fact]
    public async Task AUserGroupsPermissions_NameOurBoxAndEachPermission_InEnglish()
    {
        var page = await BackofficeBrowser.OpenAsAdminAsync(portal);
        await using var _ = page.ClosesAtTheEnd();

        var permissions = await ShowPermissionsAsync(page);

        // Umbraco shows a term's key when no dictionary has it: these are the words, not the keys.
        await Assertions.Expect(Headline(permissions, "Patient Portal permissions")).ToHaveCountAsync(1);
        await Assertions.Expect(permissions.Locator("umb-property-layout[label='#actionCategories_patientPortal']").GetByText("Patient Portal", new() { Exact = true })).ToBeAttachedAsync();
        await Assertions.Expect(Toggle(permissions, "Patient data and invitations")).ToHaveAttributeAsync("description", "Patients, invitations, bulk runs, deliveries, payments, chargebands, the dashboard and the audit log");
        await Assertions.Expect(Toggle(permissions, "Message templates")).ToHaveAttributeAsync("description", "Read, edit, revert and preview the message templates with sample data");
        await Assertions.Expect(Toggle(permissions, "Imports")).ToHaveAttributeAsync("description", "Import members, appointments, recalls and services from the practice-management system");
        await Assertions.Expect(permissions.Locator("umb-input-user-permission-verb[label^='#'], umb-input-user-permission-verb[label^='ppPermissions']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AUserGroupsPermissions_NameOurBoxAndEachPermission_InSpanish_ForASpanishUser()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await context.AddCookiesAsync([new Cookie { Name = BackofficeUsers.LanguageCookie, Value = "es-ES", Url = portal.BaseUrl.AbsoluteUri }]);
        await BackofficeBrowser.OpenAsync(page, BackofficeBrowser.Section);

        var permissions = await ShowPermissionsAsync(page);

        await Assertions.Expect(Headline(permissions, "Permisos del portal del paciente")).ToHaveCountAsync(1);
        await Assertions.Expect(permissions.Locator("umb-property-layout[label='#actionCategories_patientPortal']").GetByText("Portal del paciente", new() { Exact = true })).ToBeAttachedAsync();
        await Assertions.Expect(Toggle(permissions, "Datos de pacientes e invitaciones")).ToHaveAttributeAsync("description", new Regex("^Pacientes, invitaciones"));
        await Assertions.Expect(Toggle(permissions, "Plantillas de mensajes")).ToHaveAttributeAsync("description", new Regex("^Leer, editar"));
        await Assertions.Expect(Toggle(permissions, "Importaciones")).ToHaveAttributeAsync("description", new Regex("^Importar socios"));
        // The section's tab in the header is named from the same dictionaries.
        await Assertions.Expect(page.SectionTab(BackofficeUsers.Section)).ToHaveAttributeAsync("label", "Portal del paciente");
    }

    private static ILocator Headline(ILocator permissions, string text) =>
        permissions.Locator("uui-box > [slot='headline']").Filter(new() { HasTextRegex = new($"^{Regex.Escape(text)}$") });

    /// <summary>One permission's toggle, by the label Umbraco gave it.</summary>
    private static ILocator Toggle(ILocator permissions, string label) => permissions.Locator($"umb-input-user-permission-verb[label='{label}']");

    /// <summary>Umbraco's permissions of a user group (a box per entity type, each with its toggles), on the app's page.</summary>
    private static async Task<ILocator> ShowPermissionsAsync(IPage page)
    {
        await page.EvaluateAsync("""
            async () => {
              await import('/umbraco/backoffice/packages/user/user-group/workspace/user-group/components/user-group-entity-type-permission-groups.element.js');
              await import('@umbraco-cms/backoffice/user-permission');
              const probe = document.createElement('div');
              probe.id = 'permissions-probe';
              probe.append(document.createElement('umb-user-group-entity-type-permission-groups'));
              document.body.append(probe);
            }
            """);
        return page.Locator("#permissions-probe");
    }
}
