using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PatientPortal.BrowserTests.Templates;

namespace PatientPortal.BrowserTests.Backoffice;

/// <summary>
/// The template editor inside the backoffice app: its CodeMirror editor works within Umbraco's shadow roots, its words
/// are the user's language, and a refused save's "Go to line" puts the cursor on the line.
/// </summary>
public sealed class TemplateEditorInBackofficeTests(BackofficePortalFactory portal) : IClassFixture<BackofficePortalFactory>
{
    [Fact]
    public async Task ASpanishUser_EditsATemplateInSpanish_ARefusedLineIsMarked_AndGoToLinePutsTheCursorOnIt()
    {
        var (context, page) = await AdminBrowser.SignInAsync(portal);
        await using var _ = context;
        await context.AddCookiesAsync([new Cookie { Name = BackofficeUsers.LanguageCookie, Value = "es-ES", Url = portal.BaseUrl.AbsoluteUri }]);
        await BackofficeBrowser.OpenAsync(page, $"{BackofficeBrowser.Section}/view/templates");
        var templates = page.Locator("pp-templates");
        await templates.GetByRole(AriaRole.Button, new() { Name = "Editar la plantilla Recordatorio de revisión (SMS)" }).ClickAsync(new() { Timeout = 30_000 });

        var body = templates.GetByLabel("Mensaje de texto", new() { Exact = true });
        await TemplateText.ExpectValueAsync(body, new Regex(@"\{\{ TRD89 \}\}"));
        await body.FillAsync("Hora de su revisión.\nSu cita es el {{ appointment.date }}.");
        await templates.GetByRole(AriaRole.Button, new() { Name = "Guardar", Exact = true }).ClickAsync();
        var problems = templates.Locator("#body-problems");
        await Assertions.Expect(problems).ToContainTextAsync(new Regex(@"Línea 2, columna \d+: "));
        await Assertions.Expect(TemplateText.EditorOf(body).Locator(".cm-gutter-lint .cm-lint-marker-error")).ToHaveCountAsync(1);
        await Axe.AssertNoViolationsWithinAsync(page, "a refused template save in the backoffice", "pp-templates");
        await page.ScreenshotAsync("backoffice-template-refused-es-ES");

        await body.PressAsync("Control+Home");
        Assert.Equal(1, await TemplateText.CursorLineAsync(body));
        await problems.GetByRole(AriaRole.Button, new() { Name = "Ir a la línea 2", Exact = true }).ClickAsync();
        Assert.Equal(2, await TemplateText.CursorLineAsync(body));
        await Assertions.Expect(templates.Locator("pp-template-editor #body")).ToBeFocusedAsync();
    }
}
